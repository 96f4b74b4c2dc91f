// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Security.Cryptography;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.LoRaWan.Tests.Frames;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>A store that keeps every record and notes how many frames had been transmitted when it was written.</summary>
    public sealed class RecordingStore : IMacStateStore
    {
        private readonly ScriptedRadio _radio;

        public RecordingStore(ScriptedRadio radio) => _radio = radio;

        public List<(byte[] Record, int TransmissionsBefore)> Saves { get; } = new();

        public bool Fail { get; set; }

        /// <summary>Saves that succeed before every later one fails (−1: no limit); for a save failing mid-transaction.</summary>
        public int FailAfterSaves { get; set; } = -1;

        /// <summary>Keep copies of the records (allocates; off for allocation tests).</summary>
        public bool Keep { get; set; } = true;

        public bool Save(byte[] record, int offset, int count)
        {
            if (Fail || FailAfterSaves == 0) { return false; }
            if (FailAfterSaves > 0) { FailAfterSaves--; }
            if (!Keep) { return true; }
            Saves.Add((record.AsSpan(offset, count).ToArray(), _radio.Transmissions.Count));
            return true;
        }

        public int Load(byte[] buffer, int offset, int capacity)
        {
            if (Saves.Count == 0) { return 0; }
            var last = Saves[^1].Record;
            if (last.Length > capacity) { return -1; }
            last.CopyTo(buffer, offset);
            return last.Length;
        }
    }

    /// <summary>A decoded uplink as the network server would see it (MIC checked, FRMPayload decrypted).</summary>
    public sealed class SeenUplink
    {
        public bool Confirmed;
        public uint DevAddr;
        public byte FCtrl;
        public int FCnt;
        public string FOpts = "";
        public int FPort = -1;
        public string Payload = "";
        public bool Adr => (FCtrl & 0x80) != 0;
        public bool AdrAckReq => (FCtrl & 0x40) != 0;
        public bool Ack => (FCtrl & 0x20) != 0;
    }

    /// <summary>Engine + scripted radio + virtual clock + recording store, with an ABP session, and a tiny network server side.</summary>
    public sealed class MacHarness
    {
        public const uint DevAddr = 0x26011BDA;
        public static readonly byte[] NwkSKey = Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C");
        public static readonly byte[] AppSKey = Convert.FromHexString("000102030405060708090A0B0C0D0E0F");
        public static readonly byte[] AppKey = Convert.FromHexString("98929B92C49EDBA9676D646D3B612456");

        public VirtualClock Clock { get; }
        public ScriptedRadio Radio { get; }
        public RecordingStore Store { get; }
        public MacState State { get; private set; }
        public MacEngine Engine { get; private set; }
        public MacTransactionResult Result { get; } = new MacTransactionResult();
        public Session Network { get; } = new Session();
        public uint DownlinkCounter { get; set; }

        public MacHarness(RegionId region = RegionId.Eu868, bool abp = true, long startMilliseconds = 1_000_000)
        {
            Clock = new VirtualClock(startMilliseconds);
            Radio = new ScriptedRadio(Clock);
            Store = new RecordingStore(Radio);
            State = new MacState(RegionParameters.Get(region));
            Engine = new MacEngine(State, Radio, Clock, Store) { RxWindowErrorMilliseconds = 10 };
            if (abp)
            {
                Engine.ActivateByPersonalization(DevAddr, NwkSKey, AppSKey, 0, 0);
                Network.ActivateByPersonalization(DevAddr, NwkSKey, AppSKey, 0, 0, false);
            }
        }

        /// <summary>Replaces engine and state by fresh objects restored from the last saved record (a reboot after deep sleep).</summary>
        public void Reboot(long sleptMilliseconds)
        {
            var record = Store.Saves[^1].Record;
            var fresh = new MacState(State.Region);
            var engine = new MacEngine(fresh, Radio, Clock, Store) { RxWindowErrorMilliseconds = Engine.RxWindowErrorMilliseconds };
            Assert.AreEqual(LoRaWanStatus.Ok, engine.RestoreState(record, 0, record.Length, sleptMilliseconds));
            State = fresh;
            Engine = engine;
        }

        public LoRaWanStatus Send(string payloadHex = "01", int fPort = 1, bool confirmed = false)
        {
            var payload = Convert.FromHexString(payloadHex);
            return Engine.Send(fPort, payload, 0, payload.Length, confirmed, Result);
        }

        /// <summary>A downlink from the network with the next downlink counter.</summary>
        public byte[] Downlink(string fOptsHex = "", int fPort = -1, string payloadHex = "", bool confirmed = false, bool ack = false, bool fPending = false)
        {
            byte fCtrl = (byte)((ack ? 0x20 : 0) | (fPending ? 0x10 : 0));
            var frame = TestDownlinks.Build(Network, confirmed, fCtrl, DownlinkCounter, Convert.FromHexString(fOptsHex), fPort, Convert.FromHexString(payloadHex));
            DownlinkCounter++;
            return frame;
        }

        public SeenUplink Uplink(int index = -1)
        {
            var tx = Radio.Transmissions[index < 0 ? Radio.Transmissions.Count + index : index];
            return Decode(tx.Frame);
        }

        public static SeenUplink Decode(byte[] frame)
        {
            var crypto = new FrameCrypto();
            var seen = new SeenUplink
            {
                Confirmed = frame[0] == 0x80,
                DevAddr = BitConverter.ToUInt32(frame, 1),
                FCtrl = frame[5],
                FCnt = frame[6] | (frame[7] << 8),
            };
            Assert.IsTrue(frame[0] == 0x40 || frame[0] == 0x80, "data uplink MHDR");
            int fOptsLength = frame[5] & 0x0F;
            seen.FOpts = Convert.ToHexString(frame, 8, fOptsLength);
            int macEnd = frame.Length - 4;
            uint mic = crypto.ComputeDataMic(NwkSKey, Direction.Uplink, seen.DevAddr, (uint)seen.FCnt, frame, 0, macEnd);
            Assert.AreEqual(mic, BitConverter.ToUInt32(frame, macEnd), "uplink MIC");
            int portAt = 8 + fOptsLength;
            if (portAt < macEnd)
            {
                seen.FPort = frame[portAt];
                var payload = frame.AsSpan(portAt + 1, macEnd - portAt - 1).ToArray();
                crypto.CryptPayload(seen.FPort == 0 ? NwkSKey : AppSKey, Direction.Uplink, seen.DevAddr, (uint)seen.FCnt, payload, 0, payload.Length);
                seen.Payload = Convert.ToHexString(payload);
            }

            return seen;
        }

        /// <summary>
        /// A Join-Accept as a join server builds it (L2 1.0.4 §6.2.3): MIC = CMAC(AppKey, MHDR | JoinNonce | NetID |
        /// DevAddr | DLSettings | RxDelay | CFList), then everything after MHDR is AES-decrypted with AppKey.
        /// </summary>
        public static byte[] JoinAccept(uint joinNonce, uint netId, uint devAddr, int rx1DrOffset, int rx2DataRate, int rxDelay, byte[]? cfList = null)
        {
            var plain = new List<byte> { 0x20 };
            plain.AddRange(new[] { (byte)joinNonce, (byte)(joinNonce >> 8), (byte)(joinNonce >> 16) });
            plain.AddRange(new[] { (byte)netId, (byte)(netId >> 8), (byte)(netId >> 16) });
            plain.AddRange(BitConverter.GetBytes(devAddr));
            plain.Add((byte)((rx1DrOffset << 4) | rx2DataRate));
            plain.Add((byte)rxDelay);
            if (cfList != null) { plain.AddRange(cfList); }
            var bytes = plain.ToArray();
            uint mic = new FrameCrypto().ComputeJoinMic(AppKey, bytes, 0, bytes.Length);
            bytes = bytes.Concat(BitConverter.GetBytes(mic)).ToArray();
            using var aes = Aes.Create();
            aes.Key = AppKey;
            var encrypted = aes.DecryptEcb(bytes.AsSpan(1).ToArray(), PaddingMode.None);
            return new[] { bytes[0] }.Concat(encrypted).ToArray();
        }

        /// <summary>NwkSKey/AppSKey a 1.0 join derives: AES(AppKey, 01|02 | JoinNonce | NetID | DevNonce | pad) (§6.2.5).</summary>
        public static byte[] DeriveKey(byte prefix, uint joinNonce, uint netId, ushort devNonce)
        {
            var block = new byte[16];
            block[0] = prefix;
            block[1] = (byte)joinNonce; block[2] = (byte)(joinNonce >> 8); block[3] = (byte)(joinNonce >> 16);
            block[4] = (byte)netId; block[5] = (byte)(netId >> 8); block[6] = (byte)(netId >> 16);
            block[7] = (byte)devNonce; block[8] = (byte)(devNonce >> 8);
            using var aes = Aes.Create();
            aes.Key = AppKey;
            return aes.EncryptEcb(block, PaddingMode.None);
        }

        /// <summary>
        /// Checks that a window hears every downlink whose preamble starts within <paramref name="nominalMilliseconds"/> ±
        /// <paramref name="errorMilliseconds"/> of the true TxEnd-based time, the reported TxEnd being up to 1 ms early
        /// (whole-ms truncation): a receiver listening from L for W symbols locks on a preamble once it hears 6 of its 8
        /// symbols (LoRaMac-node DEFAULT_MIN_RX_SYMBOLS; RP002-1.0.4 8-symbol downlink preamble), so it hears preamble
        /// starts in [L − 2·Ts, L + (W − 6)·Ts]. Also checks the window is no longer than needed by a whole symbol.
        /// </summary>
        public static void AssertWindowCovers(ScriptedRadio.RxRecord window, long nominalMilliseconds, int errorMilliseconds = 10)
        {
            long symbolMicroseconds = (1L << window.Settings.SpreadingFactor) * 1000000L / window.Settings.BandwidthHz;
            long listen = window.ListenMicroseconds;
            long earliestHeard = listen - (2 * symbolMicroseconds);
            long latestHeard = listen + ((window.Settings.SymbolTimeout - 6) * symbolMicroseconds);
            long wantEarliest = (nominalMilliseconds * 1000) - (errorMilliseconds * 1000L);
            long wantLatest = (nominalMilliseconds * 1000) + (errorMilliseconds * 1000L) + 1000;
            Assert.IsTrue(earliestHeard <= wantEarliest, $"hears from {earliestHeard - (nominalMilliseconds * 1000)} µs, needs {-errorMilliseconds * 1000}");
            Assert.IsTrue(latestHeard >= wantLatest, $"hears until {latestHeard - (nominalMilliseconds * 1000)} µs, needs {(errorMilliseconds * 1000) + 1000}");
            if (window.Settings.SymbolTimeout > 6)
            {
                Assert.IsTrue(latestHeard - earliestHeard - symbolMicroseconds < wantLatest - wantEarliest, "one symbol shorter would still cover the band");
            }
        }
    }
}
