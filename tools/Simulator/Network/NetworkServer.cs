// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Buffers.Binary;
using System.Security.Cryptography;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>
    /// An in-process LoRaWAN 1.0.4 network server for EU868 class-A devices: join server (Join-Request MIC, DevNonce
    /// replay check, Join-Accept with an incrementing JoinNonce and CFList, session keys), uplink MIC and frame
    /// counter checks, FRMPayload decryption, ADR (<see cref="AdrEngine"/>), downlinks in RX1 with MAC commands
    /// (LinkADRReq, DevStatusReq) and queued application downlinks. Crypto primitives (AES, CMAC, keystream, key
    /// derivation) come from lorawan/Frames; the server's decisions are its own code.
    /// </summary>
    internal sealed class NetworkServer
    {
        /// <summary>Largest frame-counter jump accepted (MAX_FCNT_GAP 16384 of LoRaWAN 1.0.2–1.0.3; 1.0.4 dropped it, servers keep a limit).</summary>
        public const uint MaxFCntGap = 16384;

        private const byte CidLinkAdr = 0x03;
        private const byte CidDevStatus = 0x06;

        /// <summary>Uplink MAC command lengths after the CID (L2 1.0.4 table 4, device → network direction).</summary>
        private static readonly int[] UplinkCommandLength = { -1, -1, 0, 1, 0, 1, 2, 1, 0, 0, 1, -1, -1, 0 };

        private readonly FrameCrypto _crypto = new FrameCrypto();
        private readonly Dictionary<ulong, NetworkDevice> _byDevEui = new();
        private readonly Dictionary<uint, NetworkDevice> _byDevAddr = new();
        private readonly Dictionary<string, NetworkDevice> _byName = new();
        private readonly IUplinkDecoder _decoder;
        private uint _nextDevAddr = 1;

        public NetworkServer(NetworkServerOptions options, IUplinkDecoder decoder)
        {
            Options = options;
            _decoder = decoder;
        }

        public NetworkServerOptions Options { get; }

        public IEnumerable<NetworkDevice> Devices => _byName.Values;

        public NetworkDevice? Find(string name) => _byName.TryGetValue(name, out var device) ? device : null;

        /// <summary>Registers an OTAA device (DevEUI, JoinEUI as printed, AppKey).</summary>
        public NetworkDevice RegisterOtaa(string name, string deviceType, ulong devEui, ulong joinEui, byte[] appKey)
        {
            var device = new NetworkDevice(name, deviceType) { DevEui = devEui, JoinEui = joinEui, AppKey = (byte[])appKey.Clone() };
            _byDevEui.Add(devEui, device);
            _byName.Add(name, device);
            return device;
        }

        /// <summary>Registers an ABP device with its session.</summary>
        public NetworkDevice RegisterAbp(string name, string deviceType, uint devAddr, byte[] nwkSKey, byte[] appSKey)
        {
            var device = new NetworkDevice(name, deviceType) { DevAddr = devAddr, HasSession = true };
            nwkSKey.CopyTo(device.NwkSKey, 0);
            appSKey.CopyTo(device.AppSKey, 0);
            _byDevAddr.Add(devAddr, device);
            _byName.Add(name, device);
            return device;
        }

        /// <summary>Queues an application downlink (remote configuration bytes, opaque here) for the device's next uplink.</summary>
        public void QueueApplicationDownlink(string name, int fPort, byte[] payload)
        {
            if (fPort < 1 || fPort > FrameLayout.FPortMaxApplication)
            {
                throw new ArgumentOutOfRangeException(nameof(fPort), fPort, "application FPort must be 1..223");
            }

            var device = Find(name) ?? throw new ArgumentException($"no device named '{name}'", nameof(name));
            device.ApplicationQueue.Enqueue((fPort, (byte[])payload.Clone()));
        }

        /// <summary>Handles one received frame; <paramref name="result"/> says what it was and carries the downlink.</summary>
        public void HandleUplink(byte[] frame, int length, UplinkMetadata metadata, ServerResult result)
        {
            result.Reset();
            if (length < 1 || Mhdr.MajorOf(frame[0]) != Mhdr.MajorLoRaWanR1)
            {
                return;
            }

            switch (Mhdr.TypeOf(frame[0]))
            {
                case MType.JoinRequest:
                    HandleJoinRequest(frame, length, metadata, result);
                    break;
                case MType.UnconfirmedDataUp:
                case MType.ConfirmedDataUp:
                    HandleDataUplink(frame, length, metadata, result);
                    break;
                default:
                    result.Verdict = UplinkVerdict.Malformed;
                    break;
            }
        }

        private void HandleJoinRequest(byte[] frame, int length, UplinkMetadata metadata, ServerResult result)
        {
            if (length != FrameLayout.JoinRequestLength)
            {
                return;
            }

            ulong joinEui = BinaryPrimitives.ReadUInt64LittleEndian(frame.AsSpan(JoinRequest.JoinEuiOffset));
            ulong devEui = BinaryPrimitives.ReadUInt64LittleEndian(frame.AsSpan(JoinRequest.DevEuiOffset));
            ushort devNonce = BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(JoinRequest.DevNonceOffset));
            if (!_byDevEui.TryGetValue(devEui, out var device) || device.JoinEui != joinEui)
            {
                result.Verdict = UplinkVerdict.UnknownDevice;
                return;
            }

            result.Device = device;
            uint mic = _crypto.ComputeJoinMic(device.AppKey, frame, 0, JoinRequest.MicOffset);
            if (mic != BinaryPrimitives.ReadUInt32LittleEndian(frame.AsSpan(JoinRequest.MicOffset)))
            {
                device.Rejected++;
                result.Verdict = UplinkVerdict.BadMic;
                return;
            }

            // L2 1.0.4 §6.2.4: DevNonce is a counter; the join server rejects a value not greater than the last accepted.
            if (devNonce <= device.LastDevNonce)
            {
                device.Rejected++;
                result.Verdict = UplinkVerdict.ReplayedDevNonce;
                return;
            }

            device.LastDevNonce = devNonce;
            device.JoinNonce = (device.JoinNonce + 1) & 0xFFFFFF;
            if (device.HasSession)
            {
                _byDevAddr.Remove(device.DevAddr);
            }

            device.DevAddr = (Options.NetId & 0x7F) << 25 | _nextDevAddr++;
            _crypto.DeriveSessionKey(device.AppKey, FrameCrypto.NwkSKeyPrefix, device.JoinNonce, Options.NetId, devNonce, device.NwkSKey, 0);
            _crypto.DeriveSessionKey(device.AppKey, FrameCrypto.AppSKeyPrefix, device.JoinNonce, Options.NetId, devNonce, device.AppSKey, 0);
            device.HasSession = true;
            device.HasUplink = false;
            device.LastFCntUp = 0;
            device.NFCntDown = 0;
            device.Rx1DrOffset = Options.Rx1DrOffset;
            device.ChannelCount = Options.SendCfList ? 8 : 3;
            device.SnrHistory.Clear();
            device.PendingAdr = null;
            device.DataRate = metadata.DataRate;
            device.TxPowerIndex = 0;
            device.Joins++;
            _byDevAddr[device.DevAddr] = device;

            result.Verdict = UplinkVerdict.JoinAccepted;
            result.Downlink = BuildJoinAccept(device);
            result.DownlinkDelayMilliseconds = Options.JoinAcceptDelay1Milliseconds;
            result.DownlinkFrequencyHz = metadata.FrequencyHz;
            result.DownlinkDataRate = Math.Max(0, metadata.DataRate - 0); // RX1 of a join uses offset 0 (RP002-1.0.4 §2.4)
            result.MacCommands = "JoinAccept";
            device.Downlinks++;
        }

        private byte[] BuildJoinAccept(NetworkDevice device)
        {
            // L2 1.0.4 §6.2.3: MHDR | JoinNonce(3) | NetID(3) | DevAddr(4) | DLSettings | RxDelay | [CFList(16)] | MIC.
            int bodyLength = 1 + 3 + 3 + 4 + 1 + 1 + (Options.SendCfList ? FrameLayout.CFListLength : 0);
            var frame = new byte[bodyLength + FrameLayout.MicLength];
            frame[0] = Mhdr.Encode(MType.JoinAccept);
            WriteUInt24(frame, 1, device.JoinNonce);
            WriteUInt24(frame, 4, Options.NetId);
            BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(7), device.DevAddr);
            frame[11] = (byte)((Options.Rx1DrOffset & 0x7) << 4 | 0); // RX2 DR0, the EU868 default
            frame[12] = (byte)(Options.ReceiveDelay1Milliseconds / 1000);
            if (Options.SendCfList)
            {
                // RP002-1.0.4 §2.4.4: five frequencies (×100 Hz, 24-bit little-endian), then CFListType 0.
                uint[] extraHz = { 867100000, 867300000, 867500000, 867700000, 867900000 };
                for (int i = 0; i < extraHz.Length; i++)
                {
                    WriteUInt24(frame, 13 + (3 * i), extraHz[i] / 100);
                }

                frame[13 + 15] = 0;
            }

            uint mic = _crypto.ComputeJoinMic(device.AppKey, frame, 0, bodyLength);
            BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(bodyLength), mic);

            // The network "encrypts" with aes128_decrypt so the device needs only the forward cipher (§6.2.6).
            using var aes = Aes.Create();
            aes.Key = device.AppKey;
            byte[] encrypted = aes.DecryptEcb(frame.AsSpan(1), PaddingMode.None);
            encrypted.CopyTo(frame, 1);
            return frame;
        }

        private void HandleDataUplink(byte[] frame, int length, UplinkMetadata metadata, ServerResult result)
        {
            if (length < FrameLayout.DataFrameMinLength)
            {
                return;
            }

            uint devAddr = BinaryPrimitives.ReadUInt32LittleEndian(frame.AsSpan(FrameLayout.DevAddrOffset));
            if (!_byDevAddr.TryGetValue(devAddr, out var device))
            {
                result.Verdict = UplinkVerdict.UnknownDevice;
                return;
            }

            result.Device = device;
            byte fCtrl = frame[FrameLayout.FCtrlOffset];
            int fOptsLength = fCtrl & FCtrl.FOptsLengthMask;
            int macEnd = length - FrameLayout.MicLength;
            if (FrameLayout.FOptsOffset + fOptsLength > macEnd)
            {
                result.Verdict = UplinkVerdict.Malformed;
                return;
            }

            uint fCnt16 = BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(FrameLayout.FCntOffset));
            uint fCnt = ReconstructCounter(device, fCnt16);
            uint mic = _crypto.ComputeDataMic(device.NwkSKey, Direction.Uplink, devAddr, fCnt, frame, 0, macEnd);
            if (mic != BinaryPrimitives.ReadUInt32LittleEndian(frame.AsSpan(macEnd)))
            {
                device.Rejected++;
                result.Verdict = UplinkVerdict.BadMic;
                return;
            }

            bool confirmed = Mhdr.TypeOf(frame[0]) == MType.ConfirmedDataUp;
            result.FCnt = fCnt;
            result.Confirmed = confirmed;
            if (device.HasUplink && fCnt == device.LastFCntUp)
            {
                device.Duplicates++;
                result.Verdict = UplinkVerdict.Duplicate;
                if (confirmed)
                {
                    BuildDownlink(device, metadata, ack: true, adrAckReq: false, result); // the retry needs its ACK again
                }

                return;
            }

            if (device.HasUplink && (fCnt < device.LastFCntUp || fCnt - device.LastFCntUp > MaxFCntGap))
            {
                device.Rejected++;
                result.Verdict = UplinkVerdict.ReplayedCounter;
                return;
            }

            device.HasUplink = true;
            device.LastFCntUp = fCnt;
            device.UplinksAccepted++;
            device.UplinksSinceDevStatus++;
            device.DataRate = metadata.DataRate;
            result.Verdict = UplinkVerdict.Accepted;

            ReadMacAnswers(device, frame, FrameLayout.FOptsOffset, fOptsLength);
            int portAt = FrameLayout.FOptsOffset + fOptsLength;
            if (portAt < macEnd)
            {
                result.FPort = frame[portAt];
                var payload = frame.AsSpan(portAt + 1, macEnd - portAt - 1).ToArray();
                _crypto.CryptPayload(result.FPort == 0 ? device.NwkSKey : device.AppSKey, Direction.Uplink, devAddr, fCnt, payload, 0, payload.Length);
                if (result.FPort == 0)
                {
                    ReadMacAnswers(device, payload, 0, payload.Length);
                }
                else
                {
                    result.Payload = payload;
                    result.Decoded = _decoder.Decode(device.DeviceType, result.FPort, payload, payload.Length);
                }
            }

            bool adr = (fCtrl & FCtrl.AdrMask) != 0;
            if (adr)
            {
                device.SnrHistory.Enqueue(metadata.SnrDb);
                while (device.SnrHistory.Count > AdrEngine.HistoryLength)
                {
                    device.SnrHistory.Dequeue();
                }
            }

            BuildDownlink(device, metadata, confirmed, (fCtrl & FCtrl.AdrAckReqMask) != 0, result, adr);
        }

        private static uint ReconstructCounter(NetworkDevice device, uint fCnt16)
        {
            if (!device.HasUplink)
            {
                return fCnt16;
            }

            uint candidate = (device.LastFCntUp & 0xFFFF0000u) | fCnt16;
            if (candidate < device.LastFCntUp && device.LastFCntUp - candidate > 0x8000)
            {
                candidate += 0x10000; // the 16 bits wrapped (L2 1.0.4 §4.3.1.5)
            }

            return candidate;
        }

        private static void ReadMacAnswers(NetworkDevice device, byte[] buffer, int offset, int length)
        {
            int i = offset;
            int end = offset + length;
            while (i < end)
            {
                byte cid = buffer[i++];
                int size = cid < UplinkCommandLength.Length ? UplinkCommandLength[cid] : -1;
                if (size < 0 || i + size > end)
                {
                    return; // unknown or truncated: stop, as the spec says
                }

                if (cid == CidLinkAdr && device.PendingAdr is { } requested)
                {
                    // LinkADRAns status: bit 2 power ACK, bit 1 DR ACK, bit 0 channel mask ACK (L2 1.0.4 §5.3).
                    if ((buffer[i] & 0x07) == 0x07)
                    {
                        device.DataRate = requested.DataRate;
                        device.TxPowerIndex = requested.TxPowerIndex;
                        device.LinkAdrAccepted++;
                    }

                    device.PendingAdr = null;
                }
                else if (cid == CidDevStatus)
                {
                    device.LastBattery = buffer[i];
                    int margin = buffer[i + 1] & 0x3F;
                    device.LastMarginDb = margin >= 32 ? margin - 64 : margin; // 6-bit signed (§5.5)
                    device.DevStatusAnswers++;
                }

                i += size;
            }
        }

        private void BuildDownlink(NetworkDevice device, UplinkMetadata metadata, bool ack, bool adrAckReq, ServerResult result, bool adr = false)
        {
            var fOpts = new List<byte>(15);
            var commands = new List<string>();
            if (adr && Options.Adr && device.PendingAdr == null && device.SnrHistory.Count >= AdrEngine.HistoryLength)
            {
                double maxSnr = device.SnrHistory.Max();
                var decision = Options.AdrFixedDataRate >= 0 ? (DataRate: Options.AdrFixedDataRate, TxPowerIndex: 0) : AdrEngine.Decide(device.DataRate, device.TxPowerIndex, maxSnr);
                if (decision.DataRate != device.DataRate || decision.TxPowerIndex != device.TxPowerIndex)
                {
                    // LinkADRReq: DataRate_TXPower, ChMask (LE), Redundancy = ChMaskCntl 0 | NbTrans 1 (§5.3).
                    int mask = (1 << device.ChannelCount) - 1;
                    fOpts.AddRange(new[] { CidLinkAdr, (byte)((decision.DataRate << 4) | decision.TxPowerIndex), (byte)mask, (byte)(mask >> 8), (byte)0x01 });
                    device.PendingAdr = decision;
                    device.LinkAdrRequests++;
                    device.SnrHistory.Clear(); // judge the new setting on its own uplinks
                    commands.Add($"LinkADRReq(DR{decision.DataRate},P{decision.TxPowerIndex})");
                }
            }

            if (Options.DevStatusEveryUplinks > 0 && device.UplinksSinceDevStatus >= Options.DevStatusEveryUplinks)
            {
                fOpts.Add(CidDevStatus);
                device.UplinksSinceDevStatus = 0;
                commands.Add("DevStatusReq");
            }

            (int FPort, byte[] Payload)? application = device.ApplicationQueue.Count > 0 ? device.ApplicationQueue.Dequeue() : null;
            if (!ack && !adrAckReq && fOpts.Count == 0 && application == null)
            {
                return;
            }

            int payloadLength = application?.Payload.Length ?? 0;
            var frame = new byte[FrameLayout.FOptsOffset + fOpts.Count + (application != null ? 1 + payloadLength : 0) + FrameLayout.MicLength];
            frame[0] = Mhdr.Encode(MType.UnconfirmedDataDown);
            BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(FrameLayout.DevAddrOffset), device.DevAddr);
            frame[FrameLayout.FCtrlOffset] = (byte)((Options.Adr ? FCtrl.AdrMask : 0) | (ack ? FCtrl.AckMask : 0) | fOpts.Count);
            BinaryPrimitives.WriteUInt16LittleEndian(frame.AsSpan(FrameLayout.FCntOffset), (ushort)device.NFCntDown);
            fOpts.CopyTo(frame, FrameLayout.FOptsOffset);
            int at = FrameLayout.FOptsOffset + fOpts.Count;
            if (application is { } app)
            {
                frame[at++] = (byte)app.FPort;
                app.Payload.CopyTo(frame, at);
                _crypto.CryptPayload(device.AppSKey, Direction.Downlink, device.DevAddr, device.NFCntDown, frame, at, payloadLength);
                at += payloadLength;
                device.ApplicationDownlinks++;
                commands.Add($"App(FPort {app.FPort}, {payloadLength} B)");
            }

            uint mic = _crypto.ComputeDataMic(device.NwkSKey, Direction.Downlink, device.DevAddr, device.NFCntDown, frame, 0, at);
            BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(at), mic);
            device.NFCntDown++;
            device.Downlinks++;
            if (ack)
            {
                commands.Add("ACK");
            }

            result.Downlink = frame;
            result.DownlinkDelayMilliseconds = Options.ReceiveDelay1Milliseconds;
            result.DownlinkFrequencyHz = metadata.FrequencyHz;
            result.DownlinkDataRate = Math.Max(0, metadata.DataRate - device.Rx1DrOffset);
            result.MacCommands = string.Join(' ', commands);
        }

        private static void WriteUInt24(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
        }
    }
}
