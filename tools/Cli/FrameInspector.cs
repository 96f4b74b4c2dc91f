// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Cli;

/// <summary>
/// Decodes any LoRaWAN 1.0.x PHYPayload, uplink or downlink, into readable fields for a network engineer:
/// header fields, MIC verdict (with the keys given) and decrypted payload. It uses the stack's own
/// cryptographic primitives, but none of the device's acceptance rules (counters, DevAddr), because the
/// point is to look at any frame.
/// </summary>
public static class FrameInspector
{
    /// <summary>Keys and context the user may supply; any may be null.</summary>
    public sealed record Keys(byte[]? NwkSKey, byte[]? AppSKey, byte[]? AppKey, uint FCntHigh, ushort? DevNonce);

    /// <summary>Decodes <paramref name="frame"/>.</summary>
    public static FrameReport Inspect(byte[] frame, Keys keys)
    {
        if (frame.Length < FrameLayout.MhdrLength + FrameLayout.MicLength)
        {
            throw new UsageException($"--hex: {frame.Length} bytes is too short for any LoRaWAN frame (MHDR + MIC = 5 bytes at least)");
        }

        if (frame.Length > FrameLayout.PhyPayloadMaxLength)
        {
            throw new UsageException($"--hex: {frame.Length} bytes is longer than the largest LoRaWAN PHYPayload (255 bytes)");
        }

        var report = new FrameReport();
        var mhdr = frame[0];
        var type = Mhdr.TypeOf(mhdr);
        report.Add("MHDR", $"0x{mhdr:X2}  MType={Name(type)} Major={Mhdr.MajorOf(mhdr)}");
        if (Mhdr.MajorOf(mhdr) != Mhdr.MajorLoRaWanR1)
        {
            report.Add("Note", "Major is not LoRaWAN R1; fields below may be meaningless");
        }

        switch (type)
        {
            case MType.JoinRequest:
                InspectJoinRequest(frame, keys, report);
                break;
            case MType.JoinAccept:
                InspectJoinAccept(frame, keys, report);
                break;
            case MType.UnconfirmedDataUp:
            case MType.ConfirmedDataUp:
            case MType.UnconfirmedDataDown:
            case MType.ConfirmedDataDown:
                InspectData(frame, type, keys, report);
                break;
            default:
                report.Add("Payload", Convert.ToHexString(frame, 1, frame.Length - 1) + " (not decoded: " + Name(type) + ")");
                break;
        }

        return report;
    }

    private static void InspectData(byte[] frame, MType type, Keys keys, FrameReport report)
    {
        if (frame.Length < FrameLayout.DataFrameMinLength)
        {
            throw new UsageException($"--hex: a data frame needs at least {FrameLayout.DataFrameMinLength} bytes (MHDR, FHDR, MIC); got {frame.Length}");
        }

        var uplink = type is MType.UnconfirmedDataUp or MType.ConfirmedDataUp;
        var direction = uplink ? Direction.Uplink : Direction.Downlink;
        var devAddr = LittleEndian.ReadUInt32(frame, FrameLayout.DevAddrOffset);
        var fCtrl = frame[FrameLayout.FCtrlOffset];
        var fOptsLength = fCtrl & FCtrl.FOptsLengthMask;
        var wireCounter = LittleEndian.ReadUInt16(frame, FrameLayout.FCntOffset);
        var counter = (keys.FCntHigh << 16) | wireCounter;
        var micOffset = frame.Length - FrameLayout.MicLength;
        var fOptsEnd = FrameLayout.FOptsOffset + fOptsLength;

        report.Add("Direction", uplink ? "uplink" : "downlink");
        report.Add("DevAddr", devAddr.ToString("X8"));
        report.Add("FCtrl", $"0x{fCtrl:X2}  ADR={Bit(fCtrl, FCtrl.AdrMask)} " + (uplink ? $"ADRACKReq={Bit(fCtrl, FCtrl.AdrAckReqMask)} " : string.Empty)
            + $"ACK={Bit(fCtrl, FCtrl.AckMask)} " + (uplink ? "ClassB" : "FPending") + $"={Bit(fCtrl, FCtrl.ClassBOrFPendingMask)} FOptsLen={fOptsLength}");
        report.Add("FCnt", keys.FCntHigh == 0 ? $"{counter} (wire 0x{wireCounter:X4})" : $"{counter} (wire 0x{wireCounter:X4}, upper 16 bits {keys.FCntHigh} from --fcnt-high)");
        if (fOptsEnd > micOffset)
        {
            report.Add("FOpts", $"FOptsLen {fOptsLength} runs past the MIC: malformed frame");
            AddMic(report, frame, micOffset, keys.NwkSKey, () => new FrameCrypto().ComputeDataMic(keys.NwkSKey!, direction, devAddr, counter, frame, 0, micOffset));
            return;
        }

        report.Add("FOpts", fOptsLength == 0 ? "(none)" : Convert.ToHexString(frame, FrameLayout.FOptsOffset, fOptsLength) + " (MAC commands, clear text in 1.0.x)");
        if (fOptsEnd == micOffset)
        {
            report.Add("FPort", "(none)");
        }
        else
        {
            var fPort = frame[fOptsEnd];
            var payloadLength = micOffset - fOptsEnd - 1;
            report.Add("FPort", fPort == 0 ? "0 (MAC commands in FRMPayload)" : fPort.ToString());
            report.FPort = fPort;
            report.Uplink = uplink;
            report.Add("FRMPayload", payloadLength == 0 ? "(empty)" : Convert.ToHexString(frame, fOptsEnd + 1, payloadLength) + " (encrypted)");
            var key = fPort == 0 ? keys.NwkSKey : keys.AppSKey;
            if (payloadLength > 0)
            {
                if (key is null)
                {
                    report.Add("Payload", $"not decrypted: give --{(fPort == 0 ? "nwkskey" : "appskey")}");
                }
                else
                {
                    var plain = frame[(fOptsEnd + 1)..micOffset];
                    new FrameCrypto().CryptPayload(key, direction, devAddr, counter, plain, 0, plain.Length);
                    report.Plaintext = plain;
                    report.Add("Payload", Convert.ToHexString(plain) + Printable(plain) + (fPort == 0 ? " (decrypted with NwkSKey)" : " (decrypted with AppSKey)"));
                }
            }
        }

        AddMic(report, frame, micOffset, keys.NwkSKey, () => new FrameCrypto().ComputeDataMic(keys.NwkSKey!, direction, devAddr, counter, frame, 0, micOffset));
    }

    private static void InspectJoinRequest(byte[] frame, Keys keys, FrameReport report)
    {
        if (frame.Length != FrameLayout.JoinRequestLength)
        {
            throw new UsageException($"--hex: a Join-Request is {FrameLayout.JoinRequestLength} bytes; got {frame.Length}");
        }

        report.Add("JoinEUI", LittleEndian.ReadUInt64(frame, 1).ToString("X16"));
        report.Add("DevEUI", LittleEndian.ReadUInt64(frame, 9).ToString("X16"));
        var devNonce = LittleEndian.ReadUInt16(frame, 17);
        report.Add("DevNonce", $"{devNonce} (0x{devNonce:X4})");
        AddMic(report, frame, 19, keys.AppKey, () => new FrameCrypto().ComputeJoinMic(keys.AppKey!, frame, 0, 19), "--appkey");
    }

    private static void InspectJoinAccept(byte[] frame, Keys keys, FrameReport report)
    {
        if (frame.Length != FrameLayout.JoinAcceptLength && frame.Length != FrameLayout.JoinAcceptWithCFListLength)
        {
            throw new UsageException($"--hex: a Join-Accept is 17 or 33 bytes; got {frame.Length}");
        }

        if (keys.AppKey is null)
        {
            report.Add("Encrypted", Convert.ToHexString(frame, 1, frame.Length - 1));
            report.Add("MIC", "not checked: give --appkey to decrypt the Join-Accept");
            return;
        }

        var result = new JoinAcceptResult();
        var status = new JoinAccept(new FrameCrypto()).Decode(keys.AppKey, frame, 0, frame.Length, keys.DevNonce ?? 0, false, 0, JoinNoncePolicy.MustIncrease, result);
        if (status == LoRaWanStatus.MicMismatch)
        {
            report.MicValid = false;
            report.Add("MIC", "INVALID (wrong --appkey, or the frame is corrupted)");
            return;
        }

        if (status != LoRaWanStatus.Ok)
        {
            throw new UsageException($"--hex: not a Join-Accept this device accepts ({status})");
        }

        report.Add("JoinNonce", $"{result.JoinNonce} (0x{result.JoinNonce:X6})");
        report.Add("NetID", result.NetId.ToString("X6"));
        report.Add("DevAddr", result.DevAddr.ToString("X8"));
        report.Add("DLSettings", $"OptNeg={(result.OptNeg ? 1 : 0)} RX1DRoffset={result.Rx1DrOffset} RX2DataRate={result.Rx2DataRate}");
        report.Add("RxDelay", $"{result.RxDelaySeconds} s");
        if (result.HasCFList)
        {
            report.Add("CFList", Convert.ToHexString(result.CFList) + " " + DescribeCFList(result.CFList));
        }
        else
        {
            report.Add("CFList", "(none)");
        }

        report.MicValid = true;
        report.Add("MIC", "valid");
        if (keys.DevNonce is { } devNonce)
        {
            report.Add("NwkSKey", Convert.ToHexString(result.NwkSKey) + $" (derived with DevNonce {devNonce})");
            report.Add("AppSKey", Convert.ToHexString(result.AppSKey));
        }
        else
        {
            report.Add("Session keys", "not derived: give --devnonce (the Join-Request's)");
        }
    }

    private static string DescribeCFList(byte[] cfList)
    {
        if (cfList[15] == 0)
        {
            var frequencies = Enumerable.Range(0, 5)
                .Select(i => LittleEndian.ReadUInt24(cfList, 3 * i) * 100)
                .Select(hz => hz == 0 ? "-" : (hz / 1e6).ToString("0.0#####", System.Globalization.CultureInfo.InvariantCulture));
            return "(type 0, frequencies MHz: " + string.Join(", ", frequencies) + ")";
        }

        if (cfList[15] == 1)
        {
            return "(type 1, channel masks)";
        }

        return $"(unknown CFListType {cfList[15]})";
    }

    private static void AddMic(FrameReport report, byte[] frame, int micOffset, byte[]? key, Func<uint> compute, string keyOption = "--nwkskey")
    {
        var wire = LittleEndian.ReadUInt32(frame, micOffset);
        var wireHex = Convert.ToHexString(frame, micOffset, FrameLayout.MicLength);
        if (key is null)
        {
            report.Add("MIC", $"{wireHex} (not checked: give {keyOption})");
            return;
        }

        var computed = compute();
        report.MicValid = computed == wire;
        var computedBytes = BitConverter.GetBytes(computed);
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(computedBytes);
        }

        report.Add("MIC", report.MicValid == true ? $"{wireHex} valid" : $"{wireHex} INVALID (computed {Convert.ToHexString(computedBytes)})");
    }

    private static int Bit(byte value, byte mask) => (value & mask) != 0 ? 1 : 0;

    private static string Printable(byte[] bytes)
        => bytes.All(b => b is >= 0x20 and < 0x7F) ? $" \"{System.Text.Encoding.ASCII.GetString(bytes)}\"" : string.Empty;

    private static string Name(MType type) => type switch
    {
        MType.JoinRequest => "JoinRequest",
        MType.JoinAccept => "JoinAccept",
        MType.UnconfirmedDataUp => "UnconfirmedDataUp",
        MType.UnconfirmedDataDown => "UnconfirmedDataDown",
        MType.ConfirmedDataUp => "ConfirmedDataUp",
        MType.ConfirmedDataDown => "ConfirmedDataDown",
        MType.RejoinRequest => "RejoinRequest",
        _ => "Proprietary",
    };
}
