// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// The harness shared by the three images: every wake builds a new virtual clock, new drivers on the chip
    /// models, new application logic restored from the "app" record and — when it transmits — a new MacState and
    /// MacEngine restored from the "mac" record (OTAA join or ABP on the first boot), then books the wake's energy.
    /// Nothing but <see cref="NodeFlash"/> carries device state from one wake to the next; the simulator's own
    /// bookkeeping (statistics, energy, the time of the last save that the RTC would know) lives outside it.
    /// </summary>
    internal abstract class FirmwareNode : ISimulatedNode
    {
        /// <summary>Retry a failed join after at least this long (the MAC's back-off may ask for more).</summary>
        public const long JoinRetryMilliseconds = 10 * Units.MillisecondsPerMinute;

        protected const string AppRecord = "app";
        private const string PendingRecord = "pending-uplink";
        private readonly NodeIdentity _identity;
        private readonly bool _otaa;
        private readonly MacTransactionResult _result = new MacTransactionResult();
        private readonly ulong _seed;
        private long _lastSleepStart;
        private long _macSavedAt = -1;
        private long _retryAt = long.MaxValue;

        protected FirmwareNode(string name, string type, NodeIdentity identity, bool otaa, BoardEnergyProfile board, AirLink link, ulong seed)
        {
            Name = name;
            Type = type;
            _identity = identity;
            _otaa = otaa;
            Board = board;
            Link = link;
            _seed = seed;
            Statistics = link.Statistics;
        }

        public string Name { get; }
        public string Type { get; }
        public long NextWakeMilliseconds { get; protected set; }
        public EnergyLedger Energy { get; } = new EnergyLedger();
        public NodeStatistics Statistics { get; }
        public NodeFlash Flash { get; } = new NodeFlash();
        protected BoardEnergyProfile Board { get; }
        protected AirLink Link { get; }

        /// <summary>Per-image series for the charts: (hours, value) of the measured quantity at each report.</summary>
        public List<(double Hours, double Value)> Series { get; } = new();

        /// <summary>Battery charge left (mAh) at each report, for the battery chart.</summary>
        public List<(double Hours, double MilliampereHours)> Battery { get; } = new();

        /// <summary>Keep chart series (off for very long runs: thinned by the caller).</summary>
        public int SeriesEvery { get; set; } = 1;

        /// <summary>Sensor and radio idle current during deep sleep, µA (besides the board's).</summary>
        protected abstract double SleepExtraMicroamperes { get; }

        public void Wake(long now)
        {
            Statistics.Wakes++;
            Energy.Add(EnergyPhase.Sleep, Board.SleepMicroamperes + Board.RadioSleepMicroamperes + SleepExtraMicroamperes, now - _lastSleepStart);
            var clock = new VirtualClock(0);
            long flashBefore = Flash.Writes;
            long appNext = RunApplication(now, clock, out bool send, out int fPort, out byte[] payload, out string kind);
            long sensorMilliseconds = clock.UptimeMilliseconds;
            long next = appNext;
            byte[]? pending = Flash.Read(PendingRecord);
            bool retryDue = pending != null && pending.Length > 0 && now >= _retryAt;
            if (send || retryDue)
            {
                if (send)
                {
                    Statistics.Reports++;
                    Statistics.Count(kind);
                }
                else
                {
                    fPort = pending![0];
                    payload = pending.AsSpan(1).ToArray();
                    kind = "Retry";
                }

                long macNext = Transmit(now, clock, fPort, payload, kind);
                next = Math.Min(next, macNext);
            }

            long radioMilliseconds = clock.UptimeMilliseconds - sensorMilliseconds;
            Energy.Add(EnergyPhase.Wake, Board.AwakeMicroamperes, Board.WakeMilliseconds);
            Energy.Add(EnergyPhase.FlashWrite, Board.AwakeMicroamperes, (Flash.Writes - flashBefore) * Board.FlashWriteMilliseconds);
            if (radioMilliseconds > 0)
            {
                BookRadio(radioMilliseconds);
            }

            long awake = clock.UptimeMilliseconds + (long)Board.WakeMilliseconds;
            _lastSleepStart = now + awake;
            NextWakeMilliseconds = Math.Max(next, _lastSleepStart);
            if (send && Statistics.Reports % SeriesEvery == 0)
            {
                Battery.Add((now / (double)Units.MillisecondsPerHour, Board.BatteryCapacityMilliampereHours - Energy.TotalMilliampereHours));
            }
        }

        public void Finish(long end)
        {
            if (end > _lastSleepStart)
            {
                Energy.Add(EnergyPhase.Sleep, Board.SleepMicroamperes + Board.RadioSleepMicroamperes + SleepExtraMicroamperes, end - _lastSleepStart);
                _lastSleepStart = end;
            }
        }

        /// <summary>The image's wake: restore, measure (drivers on the models, on <paramref name="clock"/>), decide, persist. Returns the next wake time.</summary>
        protected abstract long RunApplication(long now, VirtualClock clock, out bool send, out int fPort, out byte[] payload, out string kind);

        private SimulatedRadio? _radio;

        private long Transmit(long now, VirtualClock clock, int fPort, byte[] payload, string kind)
        {
            Link.WakeStartMilliseconds = now;
            Link.CurrentKind = kind;
            _radio = new SimulatedRadio(clock, Link, (uint)DeterministicRandom.Hash(_seed, DeterministicRandom.StreamOf(Name), (ulong)now), 20) { Profile = Board };
            var state = new MacState(RegionParameters.Get(RegionId.Eu868));
            var store = new FlashMacStore(Flash);
            var engine = new MacEngine(state, _radio, clock, store);
            byte[]? record = Flash.Read(FlashMacStore.RecordName);
            if (record != null)
            {
                if (engine.RestoreState(record, 0, record.Length, _macSavedAt < 0 ? 0 : now - _macSavedAt) != LoRaWanStatus.Ok)
                {
                    Statistics.MacStateRestoreFailures++;
                }
            }
            else if (!_otaa)
            {
                engine.ActivateByPersonalization(_identity.DevAddr, _identity.NwkSKey, _identity.AppSKey, 0, 0);
            }

            long result = long.MaxValue;
            if (!state.Joined)
            {
                Statistics.JoinAttempts++;
                engine.Join(_identity.JoinEui, _identity.DevEui, _identity.AppKey, _result);
                if (!_result.Joined)
                {
                    SavePending(fPort, payload);
                    _retryAt = now + clock.UptimeMilliseconds + Math.Max(JoinRetryMilliseconds, _result.WaitMilliseconds);
                    _macSavedAt = now + clock.UptimeMilliseconds;
                    return _retryAt;
                }

                Statistics.Joins++;
            }

            engine.Send(fPort, payload, 0, payload.Length, false, _result);
            _macSavedAt = now + clock.UptimeMilliseconds;
            if (_result.Status == LoRaWanStatus.TransmitDeferred)
            {
                Statistics.TransmitDeferred++;
                SavePending(fPort, payload);
                _retryAt = now + clock.UptimeMilliseconds + Math.Max(1000, _result.WaitMilliseconds);
                return _retryAt;
            }

            if (_result.DownlinkReceived && _result.DownlinkPort > 0)
            {
                Statistics.ApplicationDownlinks++; // remote configuration: opaque until its format lands (then ApplyParameters)
            }

            byte[]? stale = Flash.Read(PendingRecord);
            if (stale != null && stale.Length > 0)
            {
                Flash.Write(PendingRecord, Array.Empty<byte>(), 0, 0);
            }

            _retryAt = long.MaxValue;
            return result;
        }

        private void SavePending(int fPort, byte[] payload)
        {
            var record = new byte[payload.Length + 1];
            record[0] = (byte)fPort;
            payload.CopyTo(record, 1);
            Flash.Write(PendingRecord, record, 0, record.Length);
        }

        private void BookRadio(long radioMilliseconds)
        {
            if (_radio == null)
            {
                return;
            }

            double txMs = _radio.TransmitTimeMicroseconds / 1000.0;
            double rxMs = _radio.ReceiveTimeMicroseconds / 1000.0;
            Energy.Add(EnergyPhase.RadioTransmit, _radio.TransmitChargeMicroampereMilliseconds / Math.Max(txMs, 1e-9), txMs);
            Energy.Add(EnergyPhase.RadioReceive, Board.RadioReceiveMicroamperes, rxMs);
            Energy.Add(EnergyPhase.ReceiveWait, Board.ReceiveWaitMicroamperes, radioMilliseconds - txMs - rxMs);
            _radio = null;
        }
    }
}
