// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs;

/// <summary>
/// Decodes any SmartCityNodes uplink on the host: readings on FPorts 1 and 2 by node type, the status message on
/// FPort 10 and the configuration acknowledgement on FPort 20. Same results as the JavaScript decodeUplink; bad
/// input gives errors, never an exception.
/// </summary>
public static class UplinkDecoder
{
    /// <summary>Decodes one uplink.</summary>
    /// <param name="nodeType">Node that sent it.</param>
    /// <param name="fPort">FPort it arrived on.</param>
    /// <param name="bytes">Decrypted FRMPayload.</param>
    /// <returns>Fields or errors.</returns>
    public static CodecResult Decode(NodeType nodeType, int fPort, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        switch (fPort)
        {
            case WireFormat.PeriodicPort:
            case WireFormat.EventPort:
                return nodeType switch
                {
                    NodeType.BinNode => BinNodeDecoder.Decode(fPort, bytes),
                    NodeType.AirNode => AirNodeDecoder.Decode(fPort, bytes),
                    NodeType.ParkingNode => ParkingNodeDecoder.Decode(fPort, bytes),
                    _ => throw new ArgumentOutOfRangeException(nameof(nodeType)),
                };
            case WireFormat.StatusPort:
                return DecodeStatus(bytes);
            case WireFormat.ConfigurationPort:
                return DecodeAcknowledgement(bytes);
            default:
                return CodecResult.Failure($"unknown FPort {fPort}");
        }
    }

    /// <summary>Decodes the status message, 11 bytes (docs/payloads/status.md).</summary>
    /// <param name="bytes">FRMPayload.</param>
    /// <returns>Fields or errors.</returns>
    public static CodecResult DecodeStatus(byte[] bytes)
    {
        string? problem = MessageCheck.Problem(bytes, WireFormat.StatusPort, 11, WireFormat.StartupType, WireFormat.StatusReplyType);
        if (problem != null)
        {
            return CodecResult.Failure(problem);
        }

        if (bytes[1] < 1 || bytes[1] >= WireFormat.DeviceKinds.Length)
        {
            return CodecResult.Failure($"unknown device kind {bytes[1]}");
        }

        return CodecResult.Success(new JsonObject
        {
            ["messageType"] = (bytes[0] & 0x0F) == WireFormat.StartupType ? "startup" : "status",
            ["formatVersion"] = bytes[0] >> 4,
            ["device"] = WireFormat.DeviceKinds[bytes[1]],
            ["firmwareVersion"] = $"{bytes[2]}.{bytes[3]}.{bytes[4]}",
            ["resetCause"] = bytes[5] < WireFormat.ResetCauses.Length ? WireFormat.ResetCauses[bytes[5]] : "unknown",
            ["configurationCrc"] = MessageCheck.Crc(bytes, 6),
            ["batteryV"] = WireFormat.BatteryVolts(bytes[10]),
        });
    }

    /// <summary>Decodes the configuration acknowledgement, 8 bytes (docs/payloads/remote-config.md).</summary>
    /// <param name="bytes">FRMPayload.</param>
    /// <returns>Fields or errors.</returns>
    public static CodecResult DecodeAcknowledgement(byte[] bytes)
    {
        string? problem = MessageCheck.Problem(bytes, WireFormat.ConfigurationPort, 8, WireFormat.AcknowledgementType);
        if (problem != null)
        {
            return CodecResult.Failure(problem);
        }

        if (bytes[2] >= WireFormat.Results.Length)
        {
            return CodecResult.Failure($"unknown result code {bytes[2]}");
        }

        return CodecResult.Success(new JsonObject
        {
            ["messageType"] = "configAck",
            ["formatVersion"] = bytes[0] >> 4,
            ["transactionId"] = (int)bytes[1],
            ["result"] = WireFormat.Results[bytes[2]],
            ["failedCommandIndex"] = bytes[3] == 0xFF ? null : (int)bytes[3],
            ["configurationCrc"] = MessageCheck.Crc(bytes, 4),
        });
    }
}
