// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Node;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// The harness shared by the three images: every wake builds a new virtual clock, new drivers on the chip
    /// models, new application logic restored from the "app" record and — when it transmits — a new LoRaWanNode
    /// (lorawan/Node, the stack's facade) that cold-starts on the first boot and resumes from the "mac" record after,
    /// joins over the air when it has no session, sends; then the wake's energy is booked.
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
        private readonly ulong _seed;
        private long _lastSleepStart;
        private long _macSavedAt = -1;
        private long _retryAt = long.MaxValue;

        protected FirmwareNode(string name, string type, NodeIdentity identity, bool otaa, SimulatedBoard board, AirLink link, ulong seed)
        {
            Name = name;
            Type = type;
            _identity = identity;
            _otaa = otaa;
            Board = board;
            Energy = new NodeEnergy(board.CreateProfile(), board.CreateBattery());
            Link = link;
            _seed = seed;
            Statistics = link.Statistics;
        }

        public string Name { get; }
        public string Type { get; }
        public long NextWakeMilliseconds { get; protected set; }
        public NodeEnergy Energy { get; }
        public NodeStatistics Statistics { get; }
        public NodeFlash Flash { get; } = new NodeFlash();
        protected SimulatedBoard Board { get; }
        protected AirLink Link { get; }

        /// <summary>Per-image series for the charts: (hours, value) of the measured quantity at each report.</summary>
        public List<(double Hours, double Value)> Series { get; } = new();

        /// <summary>Battery charge left (mAh) at each report, for the battery chart.</summary>
        public List<(double Hours, double MilliampereHours)> Battery { get; } = new();

        /// <summary>Keep chart series (off for very long runs: thinned by the caller).</summary>
        public int SeriesEvery { get; set; } = 1;

        /// <summary>Sensor idle current during deep sleep, µA (the board's floor, radio sleep included, is the profile's).</summary>
        protected abstract double SleepExtraMicroamperes { get; }

        /// <summary>Books a sensor's running time on the Measurement phase: sensor current plus the CPU awake, idle in the driver's bounded waits.</summary>
        protected void BookSensor(double sensorMicroamperes, long durationMilliseconds)
        {
            Energy.Ledger.Book(EnergyPhase.Measurement, Energy.Profile.AwakeIdleNanoamps + (long)(sensorMicroamperes * 1000), durationMilliseconds * 1000);
        }

        public void Wake(long now)
        {
            Statistics.Wakes++;
            BookSleep(now);
            Energy.Ledger.BeginWake(0, 0);
            Energy.Ledger.BookBoot();
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
            Energy.Ledger.BookAwake(EnergyPhase.Compute, Board.ComputeMillisecondsPerWake * 1000L);
            Energy.Ledger.BookFlashWrites((int)(Flash.Writes - flashBefore));
            if (radioMilliseconds > 0)
            {
                BookRadio(radioMilliseconds);
            }

            long awake = clock.UptimeMilliseconds + (Energy.Profile.BootMicroseconds / 1000) + Board.ComputeMillisecondsPerWake;
            _lastSleepStart = now + awake;
            NextWakeMilliseconds = Math.Max(next, _lastSleepStart);
            if (send && Statistics.Reports % SeriesEvery == 0)
            {
                Battery.Add((now / (double)Units.MillisecondsPerHour, (Energy.Battery.CapacityMicroampHours / 1000.0) - Energy.TotalMilliampereHours));
            }
        }

        public void Finish(long end)
        {
            if (end > _lastSleepStart)
            {
                BookSleep(end);
            }
        }

        private void BookSleep(long until)
        {
            long microseconds = (until - _lastSleepStart) * 1000;
            Energy.Ledger.BookSleep(true, microseconds);
            Energy.Ledger.Book(EnergyPhase.DeepSleep, (long)(SleepExtraMicroamperes * 1000), microseconds);
            _lastSleepStart = until;
        }

        /// <summary>
        /// The end every image's wake shares: persist the application's state record, and for a report name its kind
        /// (Startup, Periodic, Event:…) and add the charted value.
        /// </summary>
        protected string CompleteWake(byte[] stateRecord, bool send, long now, ReportReason reason, string events, double chartedValue)
        {
            Flash.Write(AppRecord, stateRecord, 0, stateRecord.Length);
            if (!send)
            {
                return "";
            }

            Series.Add((now / (double)Units.MillisecondsPerHour, chartedValue));
            return (reason & ReportReason.Event) != 0 ? "Event:" + events.Replace(", ", "+") : reason.ToString().Replace(", ", "+");
        }

        /// <summary>The image's wake: restore, measure (drivers on the models, on <paramref name="clock"/>), decide, persist. Returns the next wake time.</summary>
        protected abstract long RunApplication(long now, VirtualClock clock, out bool send, out int fPort, out byte[] payload, out string kind);

        private SimulatedRadio? _radio;

        private long Transmit(long now, VirtualClock clock, int fPort, byte[] payload, string kind)
        {
            Link.WakeStartMilliseconds = now;
            Link.CurrentKind = kind;
            _radio = new SimulatedRadio(clock, Link, (uint)DeterministicRandom.Hash(_seed, DeterministicRandom.StreamOf(Name), (ulong)now), 20);
            var store = new FlashMacStore(Flash, () => now + clock.UptimeMilliseconds);
            var node = _otaa
                ? new LoRaWanNode(new OtaaIdentity(_identity.DevEui, _identity.JoinEui, _identity.AppKey), RegionId.Eu868, _radio, clock, store)
                : new LoRaWanNode(new AbpIdentity(_identity.DevAddr, _identity.NwkSKey, _identity.AppSKey), RegionId.Eu868, _radio, clock, store);
            bool firstBoot = Flash.Read(FlashMacStore.RecordName) == null;
            LoRaWanStatus start = firstBoot ? node.ColdStart() : node.Resume(_macSavedAt < 0 ? 0 : now - _macSavedAt);
            if (start != LoRaWanStatus.Ok)
            {
                Statistics.MacStateRestoreFailures++;
                start = node.ColdStart(); // what the image does when the record cannot be used
            }

            NoteSave(store);
            if (!node.IsJoined)
            {
                Statistics.JoinAttempts++;
                node.Join();
                NoteSave(store);
                if (!node.IsJoined)
                {
                    SavePending(fPort, payload);
                    _retryAt = now + clock.UptimeMilliseconds + Math.Max(JoinRetryMilliseconds, node.Result.WaitMilliseconds);
                    return _retryAt;
                }

                Statistics.Joins++;
            }

            node.Send(fPort, payload, 0, payload.Length);
            NoteSave(store);
            var result = node.Result;
            if (result.Status == LoRaWanStatus.TransmitDeferred)
            {
                Statistics.TransmitDeferred++;
                SavePending(fPort, payload);
                _retryAt = now + clock.UptimeMilliseconds + Math.Max(1000, result.WaitMilliseconds);
                return _retryAt;
            }

            if (result.DownlinkReceived && result.DownlinkPort > 0)
            {
                Statistics.ApplicationDownlinks++; // remote configuration: opaque until its format lands (then ApplyParameters)
            }

            byte[]? stale = Flash.Read(PendingRecord);
            if (stale != null && stale.Length > 0)
            {
                Flash.Write(PendingRecord, Array.Empty<byte>(), 0, 0);
            }

            _retryAt = long.MaxValue;
            return long.MaxValue;
        }

        /// <summary>The MAC record's time is only what it was at its last save (a deferred send saves nothing).</summary>
        private void NoteSave(FlashMacStore store)
        {
            if (store.LastSaveMilliseconds >= 0)
            {
                _macSavedAt = store.LastSaveMilliseconds;
            }
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

            // The radio's counters restart with every boot (BeginWake(0, 0) above); the waits between windows are light sleep
            // when the profile allows it (the runtime's ReceiveWaitClock does that on the device).
            Energy.Ledger.BookRadioCounters(_radio.TransmitTimeMicroseconds, _radio.ReceiveTimeMicroseconds, _radio.LastPowerDbm);
            long waitMicroseconds = (radioMilliseconds * 1000) - _radio.TransmitTimeMicroseconds - _radio.ReceiveTimeMicroseconds;
            Energy.Ledger.BookReceiveWait(waitMicroseconds, Energy.Profile.LightSleepInWakeAllowed);
            _radio = null;
        }
    }
}
