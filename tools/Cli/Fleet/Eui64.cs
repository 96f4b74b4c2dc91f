// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Fleet;

/// <summary>
/// EUI-64 values as LoRaWAN uses them for DevEUI and JoinEUI (LoRaWAN L2 1.0.4 §6.1.1.1 and §6.1.1.2: "a global
/// end-device ID in the IEEE EUI64 address space"), held as a number whose most significant byte is the first
/// octet printed on labels and consoles.
/// </summary>
/// <remarks>
/// The two low bits of the first octet carry meaning (IEEE 802-2014 §8.2 and the IEEE RA "Guidelines for Use of
/// Extended Unique Identifier (EUI), Organizationally Unique Identifier (OUI), and Company ID (CID)"):
/// bit 0 (I/G) set marks a group address, which never names one device; bit 1 (U/L) set marks a locally
/// administered value that no registry guarantees to be unique, clear marks one assigned from an OUI/MA-L,
/// MA-M or MA-S block bought from the IEEE.
/// </remarks>
public static class Eui64
{
    /// <summary>Bit 0 of the first octet: 1 = group (multicast) address.</summary>
    public const ulong IndividualGroupBit = 0x01UL << 56;

    /// <summary>Bit 1 of the first octet: 1 = locally administered, 0 = universally administered.</summary>
    public const ulong UniversalLocalBit = 0x02UL << 56;

    /// <summary>Sixteen upper-case hex digits, first octet first.</summary>
    public static string Format(ulong eui) => eui.ToString("X16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses an EUI typed as 16 hex digits (spaces, colons, dashes allowed); <see cref="UsageException"/> otherwise.</summary>
    public static ulong Parse(string option, string? text) => HexInput.Number(option, text, 8);

    /// <summary>True when the U/L bit says the value is locally administered.</summary>
    public static bool IsLocallyAdministered(ulong eui) => (eui & UniversalLocalBit) != 0;

    /// <summary>True when the I/G bit marks a group address.</summary>
    public static bool IsGroup(ulong eui) => (eui & IndividualGroupBit) != 0;
}
