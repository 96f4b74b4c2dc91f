// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Cli.Fleet;

namespace SmartCityNodes.Cli.Export;

/// <summary>
/// The text of a LoRa Alliance TR005 "LoRaWAN Device Identification QR Code" (final version, schema D0):
/// <c>LW:D0:&lt;JoinEUI&gt;:&lt;DevEUI&gt;:&lt;ProfileID&gt;[:O&lt;OwnerToken&gt;][:S&lt;SerNum&gt;]</c>.
/// JoinEUI and DevEUI are 16 upper-case hex digits, ProfileID is 8 hex digits (VendorID 4 + VendorProfileID 4,
/// both from the LoRa Alliance), fields are separated by ':' and every optional field starts with its letter
/// (O owner token, S serial number, P proprietary, C checksum) and may not contain ':'. Layout as The Things
/// Stack reads and writes it (TheThingsNetwork/lorawan-stack pkg/qrcode/enddevices LoRaAllianceTR005 and the
/// Console's readDeviceQr, example <c>LW:D0:1122334455667788:AABBCCDDEEFF0011:AABB1122:OAABBCCDDEEFF:SYYWWNNNNNN:PFOOBAR:CAF2C</c>).
/// The code never carries the AppKey. The optional checksum field is not written: its algorithm could not be
/// checked against the TR005 text here, and readers treat it as optional.
/// </summary>
public static class Tr005Payload
{
    /// <summary>Characters allowed in an optional field: the QR alphanumeric set without ':', '%' and space, so the code stays in the compact alphanumeric mode.</summary>
    public const string ExtensionCharacters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./";

    /// <summary>Builds the payload; <paramref name="serialNumber"/> and <paramref name="ownerToken"/> may be null.</summary>
    public static string Build(string joinEui, string devEui, string profileId, string? ownerToken, string? serialNumber)
    {
        var text = $"LW:D0:{joinEui}:{devEui}:{profileId}";
        if (!string.IsNullOrEmpty(ownerToken))
        {
            text += ":O" + ownerToken;
        }

        if (!string.IsNullOrEmpty(serialNumber))
        {
            text += ":S" + serialNumber;
        }

        return text;
    }

    /// <summary>The ProfileID option as 8 upper-case hex digits, or a <see cref="UsageException"/>.</summary>
    public static string ParseProfileId(string option, string text)
    {
        var bytes = HexInput.Bytes(option, text, 4);
        return Convert.ToHexString(bytes);
    }

    /// <summary>An optional field value (owner token, serial) in upper case, or a <see cref="UsageException"/> when it has a character outside <see cref="ExtensionCharacters"/>.</summary>
    public static string ParseExtension(string option, string text)
    {
        var upper = text.ToUpperInvariant();
        foreach (var c in upper)
        {
            if (!ExtensionCharacters.Contains(c))
            {
                throw new UsageException($"{option}: '{c}' cannot appear in a TR005 field; use A-Z, 0-9 and $*+-./");
            }
        }

        return upper;
    }

    /// <summary>The payload of one fleet device.</summary>
    public static string For(FleetDevice device, string profileId, string? ownerToken, bool withSerial)
        => Build(device.JoinEui, device.DevEui, profileId, ownerToken, withSerial ? device.Name.ToUpperInvariant() : null);
}
