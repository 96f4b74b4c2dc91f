// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Codecs;

/// <summary>
/// Constants and names of the SmartCityNodes wire format as docs/payloads documents them, kept here apart from the
/// firmware encoders so that the host decoders check the documents, not the encoders' own constants.
/// </summary>
public static class WireFormat
{
    /// <summary>Format version in bits 7..4 of the header byte.</summary>
    public const int Version = 1;

    /// <summary>FPort of periodic readings.</summary>
    public const int PeriodicPort = 1;

    /// <summary>FPort of event readings.</summary>
    public const int EventPort = 2;

    /// <summary>FPort of startup and status messages.</summary>
    public const int StatusPort = 10;

    /// <summary>FPort of configuration commands (down) and acknowledgements (up).</summary>
    public const int ConfigurationPort = 20;

    /// <summary>Header type of periodic readings.</summary>
    public const int PeriodicType = 0x0;

    /// <summary>Header type of event readings.</summary>
    public const int EventType = 0x1;

    /// <summary>Header type of the startup message.</summary>
    public const int StartupType = 0x8;

    /// <summary>Header type of the status reply.</summary>
    public const int StatusReplyType = 0x9;

    /// <summary>Header type of the configuration acknowledgement.</summary>
    public const int AcknowledgementType = 0xA;

    /// <summary>Header type of the configuration command downlink.</summary>
    public const int CommandType = 0xC;

    /// <summary>Most commands in one configuration downlink.</summary>
    public const int MaximumCommands = 8;

    /// <summary>Device kinds of the status message, by code (0 is not used).</summary>
    public static readonly string[] DeviceKinds = { "unknown", "binnode", "airnode", "parkingnode" };

    /// <summary>Reset causes of the status message, by code.</summary>
    public static readonly string[] ResetCauses = { "unknown", "power-on", "external-pin", "software", "panic", "watchdog", "brownout", "remote-reboot", "firmware-update" };

    /// <summary>Result codes of the configuration acknowledgement, by code.</summary>
    public static readonly string[] Results = { "ok", "unsupported-version", "malformed", "unknown-command", "unknown-parameter", "value-out-of-range", "not-supported-on-device", "too-many-commands", "storage-failed" };

    /// <summary>The lower-case device name the codecs use ("binnode", ...).</summary>
    /// <param name="nodeType">Node type.</param>
    /// <returns>The name.</returns>
    public static string NameOf(NodeType nodeType) => nodeType switch
    {
        NodeType.BinNode => "binnode",
        NodeType.AirNode => "airnode",
        NodeType.ParkingNode => "parkingnode",
        _ => throw new ArgumentOutOfRangeException(nameof(nodeType)),
    };

    /// <summary>Battery byte to volts: (2000 + 10·raw) mV; 0xFF is the fault value.</summary>
    /// <param name="raw">Battery byte.</param>
    /// <returns>Volts, or null.</returns>
    public static double? BatteryVolts(byte raw) => raw == 0xFF ? null : (2000 + (raw * 10)) / 1000.0;
}
