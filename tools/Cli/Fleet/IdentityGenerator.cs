// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Security.Cryptography;

namespace SmartCityNodes.Cli.Fleet;

/// <summary>
/// Makes new device identities: AppKeys from the operating system's cryptographic random generator
/// (<see cref="RandomNumberGenerator"/>), DevEUIs either as the next free value of the user's EUI block or as
/// random locally administered EUI-64s.
/// </summary>
public static class IdentityGenerator
{
    /// <summary>A fresh 128-bit AppKey as 32 upper-case hex digits, different from every key in <paramref name="document"/>.</summary>
    public static string NewAppKey(FleetDocument document)
    {
        while (true)
        {
            var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            if (!document.Devices.Any(d => d.AppKey == key))
            {
                return key;
            }
        }
    }

    /// <summary>
    /// A random DevEUI with the U/L bit set and the I/G bit clear: locally administered, unicast. It is not
    /// registered anywhere, so it is unique only as far as 62 random bits make a clash improbable; fine for a
    /// private network, while a public network or roaming wants EUIs from an IEEE block (<see cref="NextInBlock"/>).
    /// </summary>
    public static ulong NewLocalDevEui(FleetDocument document)
    {
        while (true)
        {
            var bytes = RandomNumberGenerator.GetBytes(8);
            bytes[0] = (byte)((bytes[0] & 0xFC) | 0x02);
            var eui = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes);
            var text = Eui64.Format(eui);
            if (!document.Devices.Any(d => d.DevEui == text))
            {
                return eui;
            }
        }
    }

    /// <summary>The lowest EUI of <paramref name="block"/> at or above <paramref name="start"/> that no device in <paramref name="document"/> uses.</summary>
    public static ulong NextInBlock(FleetDocument document, EuiPrefix block, ulong start)
    {
        var used = new HashSet<string>(document.Devices.Select(d => d.DevEui));
        for (var eui = start; block.Contains(eui); eui++)
        {
            if (!used.Contains(Eui64.Format(eui)))
            {
                return eui;
            }

            if (eui == ulong.MaxValue)
            {
                break;
            }
        }

        throw new UsageException($"--eui-prefix: the block {Eui64.Format(block.First)}..{Eui64.Format(block.Last)} has no free EUI at or above {Eui64.Format(start)}");
    }
}
