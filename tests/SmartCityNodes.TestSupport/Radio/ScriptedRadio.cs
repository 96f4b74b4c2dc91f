// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.TestSupport.Radio
{
    /// <summary>
    /// A radio that plays a script: every Receive takes the next scripted reply (a frame, or a timeout) and records
    /// when and how the window was opened; every Transmit records the frame and spends a fixed air time on the
    /// virtual clock. Steady-state use (Recording = false, replies preloaded) allocates nothing.
    /// </summary>
    public sealed class ScriptedRadio : IRadio
    {
        public sealed class TxRecord
        {
            public RadioTxSettings Settings = new RadioTxSettings();
            public byte[] Frame = Array.Empty<byte>();
            public long StartMilliseconds;
            public long EndMilliseconds;
        }

        public sealed class RxRecord
        {
            public RadioRxSettings Settings = new RadioRxSettings();
            public long OpenMilliseconds;

            /// <summary>Clock time, in µs, at which the radio listened: the call plus <see cref="ReceiveStartupMicroseconds"/>.</summary>
            public long ListenMicroseconds;
            public bool Delivered;
        }

        private sealed class Reply
        {
            public byte[]? Frame;
            public int Length;
            public int SnrDb;
            public int RssiDbm;
        }

        private readonly Reply[] _replies = new Reply[256];
        private int _replyHead;
        private int _replyCount;
        private uint _random;

        public ScriptedRadio(VirtualClock clock, uint seed = 12345)
        {
            Clock = clock;
            _random = seed;
            for (int i = 0; i < _replies.Length; i++) { _replies[i] = new Reply(); }
        }

        /// <summary>The clock this radio spends time on (replaced when a test simulates a reboot).</summary>
        public VirtualClock Clock { get; set; }

        /// <summary>Air time each transmission takes on the virtual clock.</summary>
        public int AirtimeMilliseconds { get; set; } = 50;

        /// <summary>When set, each transmission takes its LoRa time on air (rounded up to ms) instead of <see cref="AirtimeMilliseconds"/>.</summary>
        public bool RealAirtime { get; set; }

        /// <summary>How long an empty receive window stays open before RxTimeout.</summary>
        public int RxTimeoutMilliseconds { get; set; } = 20;

        /// <summary>Keep copies of frames and window parameters (allocates; off for allocation tests).</summary>
        public bool Recording { get; set; } = true;

        public List<TxRecord> Transmissions { get; } = new();

        public List<RxRecord> Windows { get; } = new();

        public RadioStatus NextTransmitStatus { get; set; } = RadioStatus.Ok;

        /// <summary>Tuning range; defaults to the SX1262's 150–960 MHz (DS_SX1261-2 V2.1 §3.1).</summary>
        public uint MinFrequencyHz { get; set; } = 150000000;

        public uint MaxFrequencyHz { get; set; } = 960000000;

        /// <summary>Power range; defaults to the SX1262's -9..22 dBm (DS_SX1261-2 V2.1 §13.4.4 SetTxParams).</summary>
        public int MinPowerDbm { get; set; } = -9;

        public int MaxPowerDbm { get; set; } = 22;

        /// <summary>Start-up the radio reports and takes before it listens (0: an ideal radio).</summary>
        public int ReceiveStartupMicroseconds { get; set; }

        /// <summary>Transmit calls refused because the frequency or power was outside the reported ranges.</summary>
        public int RefusedTransmissions { get; private set; }

        /// <summary>Calls to <see cref="Random"/> (on an SX1276 each keeps the receiver on for about 32 ms).</summary>
        public int RandomCalls { get; private set; }

        public long TransmitTimeMicroseconds { get; private set; }

        public long ReceiveTimeMicroseconds { get; private set; }

        /// <summary>Queues a timeout for the next window.</summary>
        public void ReplyNothing() => Enqueue(null, 0, 0);

        /// <summary>Queues a frame for the next window (it is delivered whatever the window's settings; tests check those).</summary>
        public void ReplyWith(byte[] frame, int snrDb = 5) => Enqueue(frame, frame.Length, snrDb);

        /// <summary>Queues the first <paramref name="length"/> bytes of <paramref name="frame"/> (read when the window opens).</summary>
        public void ReplyWith(byte[] frame, int length, int snrDb = 5) => Enqueue(frame, length, snrDb);

        /// <summary>Replies not yet consumed.</summary>
        public int PendingReplies => _replyCount;

        public void ClearReplies()
        {
            _replyHead = 0;
            _replyCount = 0;
        }

        private void Enqueue(byte[]? frame, int length, int snrDb)
        {
            Reply reply = _replies[(_replyHead + _replyCount) % _replies.Length];
            reply.Frame = frame;
            reply.Length = length;
            reply.SnrDb = snrDb;
            reply.RssiDbm = -80;
            _replyCount++;
        }

        /// <summary>What <see cref="Initialize"/> returns (a missing or wrong chip for tests of start-up failures).</summary>
        public RadioStatus InitializeStatus { get; set; } = RadioStatus.Ok;

        public RadioStatus Initialize() => InitializeStatus;

        public RadioStatus Sleep() => RadioStatus.Ok;

        public RadioStatus Transmit(RadioTxSettings settings, byte[] buffer, int offset, int count, out long txEndMilliseconds)
        {
            long start = Clock.UptimeMilliseconds;
            // Refuse what the reported ranges exclude, as the SX1276/SX1262 drivers do: nothing goes on air.
            if (settings.FrequencyHz < MinFrequencyHz || settings.FrequencyHz > MaxFrequencyHz)
            {
                txEndMilliseconds = start;
                RefusedTransmissions++;
                return RadioStatus.InvalidFrequency;
            }

            if (settings.PowerDbm < MinPowerDbm || settings.PowerDbm > MaxPowerDbm)
            {
                txEndMilliseconds = start;
                RefusedTransmissions++;
                return RadioStatus.InvalidPower;
            }

            if (NextTransmitStatus != RadioStatus.Ok)
            {
                txEndMilliseconds = start;
                RadioStatus status = NextTransmitStatus;
                NextTransmitStatus = RadioStatus.Ok;
                return status;
            }

            long airtimeMilliseconds = RealAirtime
                ? (SmartCityNodes.Hal.Radio.LoRaAirtime.UplinkTimeOnAirMicroseconds(settings.SpreadingFactor, settings.BandwidthHz, count) + 999) / 1000
                : AirtimeMilliseconds;
            Clock.Advance(airtimeMilliseconds);
            txEndMilliseconds = Clock.UptimeMilliseconds;
            TransmitTimeMicroseconds += airtimeMilliseconds * 1000L;
            if (Recording)
            {
                Transmissions.Add(new TxRecord
                {
                    Settings = Snapshot(settings),
                    Frame = buffer.AsSpan(offset, count).ToArray(),
                    StartMilliseconds = start,
                    EndMilliseconds = txEndMilliseconds,
                });
            }

            return RadioStatus.Ok;
        }

        public RadioStatus Receive(RadioRxSettings settings, byte[] buffer, int offset, RadioPacket packet)
        {
            ArgumentNullException.ThrowIfNull(settings);
            ArgumentNullException.ThrowIfNull(packet);
            long open = Clock.UptimeMilliseconds;
            Clock.AdvanceMicroseconds(ReceiveStartupMicroseconds);
            long listen = Clock.UptimeMicroseconds;
            packet.Clear();
            Reply? reply = null;
            if (_replyCount > 0)
            {
                reply = _replies[_replyHead];
                _replyHead = (_replyHead + 1) % _replies.Length;
                _replyCount--;
            }

            bool delivered = reply?.Frame != null;
            if (Recording)
            {
                Windows.Add(new RxRecord { Settings = Snapshot(settings), OpenMilliseconds = open, ListenMicroseconds = listen, Delivered = delivered });
            }

            if (!delivered)
            {
                Clock.Advance(RxTimeoutMilliseconds);
                ReceiveTimeMicroseconds += RxTimeoutMilliseconds * 1000L;
                packet.EndMilliseconds = Clock.UptimeMilliseconds;
                return RadioStatus.RxTimeout;
            }

            byte[] frame = reply!.Frame!;
            Array.Copy(frame, 0, buffer, offset, reply.Length);
            Clock.Advance(AirtimeMilliseconds);
            ReceiveTimeMicroseconds += AirtimeMilliseconds * 1000L;
            packet.Length = reply.Length;
            packet.SnrDb = reply.SnrDb;
            packet.RssiDbm = reply.RssiDbm;
            packet.EndMilliseconds = Clock.UptimeMilliseconds;
            return RadioStatus.Ok;
        }

        // The MAC refills one settings instance per uplink and per window; a record keeps what was used at that moment.
        private static RadioTxSettings Snapshot(RadioTxSettings settings) => new RadioTxSettings
        {
            FrequencyHz = settings.FrequencyHz,
            SpreadingFactor = settings.SpreadingFactor,
            BandwidthHz = settings.BandwidthHz,
            CodingRateDenominator = settings.CodingRateDenominator,
            PowerDbm = settings.PowerDbm,
            PreambleSymbols = settings.PreambleSymbols,
            InvertIq = settings.InvertIq,
        };

        private static RadioRxSettings Snapshot(RadioRxSettings settings) => new RadioRxSettings
        {
            FrequencyHz = settings.FrequencyHz,
            SpreadingFactor = settings.SpreadingFactor,
            BandwidthHz = settings.BandwidthHz,
            CodingRateDenominator = settings.CodingRateDenominator,
            PreambleSymbols = settings.PreambleSymbols,
            SymbolTimeout = settings.SymbolTimeout,
            InvertIq = settings.InvertIq,
            MaxLength = settings.MaxLength,
        };

        public uint Random()
        {
            // xorshift32: deterministic jitter for tests
            RandomCalls++;
            _random ^= _random << 13;
            _random ^= _random >> 17;
            _random ^= _random << 5;
            return _random;
        }
    }
}
