// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.Runtime.RemoteConfiguration;
using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Node;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// One simulated node running the image's firmware as the device does. The hardware persists: the RTC (a
    /// <see cref="VirtualClock"/> on the simulation's time line), the flash (<see cref="SimulatedFlashStorage"/>, the
    /// runtime's two-slot store and configuration pair on it, provisioned once like a technician would), the sensors'
    /// chip models where the chip keeps state through the MCU's sleep. The firmware does not: every boot (power-on,
    /// deep-sleep wake, reboot) builds a new radio driver, new sensor drivers, a new application and a new
    /// <see cref="NodeRuntime"/>, and calls <see cref="NodeRuntime.RunWake"/>; its decision is carried out here —
    /// a light sleep keeps the object graph for the next wake, a deep sleep or reboot throws it away. Energy is the
    /// runtime's own ledger, read from its record after every wake.
    /// </summary>
    internal abstract class RuntimeNode : ISimulatedNode
    {
        private readonly NodeIdentity _identity;
        private readonly bool _otaa;
        private readonly ulong _seed;
        private readonly byte[] _ledgerRecord = new byte[EnergyLedger.RecordLength];
        private NodeRuntime? _runtime;
        private INodeApplication? _application;
        private SimulatedRadio? _radio;
        private NodeSleepKind _sleepKind = NodeSleepKind.Deep;
        private WakeCause _nextCause = WakeCause.PowerOn;
        private long _sleepStartMilliseconds;
        private long _timerWakeMilliseconds;
        private int _wakePin = SleepLimits.NoPin;
        private bool _wakeLevelHigh;
        private int _lastStandbyMicroamps;
        private bool _lastWarmingUp;
        private bool _joined;
        private long _plannedMeasureMilliseconds = long.MaxValue;
        private bool _stretched;
        private long _dayStartTotalNanoampHours;
        private long _nextDayMilliseconds = Units.MillisecondsPerDay;
        private int _wakesToday;

        protected RuntimeNode(string name, string type, NodeIdentity identity, bool otaa, SimulatedBoard board, AirLink link, ulong seed)
        {
            Name = name;
            Type = type;
            _identity = identity;
            _otaa = otaa;
            Board = board;
            Link = link;
            _seed = seed;
            Statistics = link.Statistics;
            Settings = new NodeRuntimeSettings
            {
                Profile = board.CreateProfile(),
                Battery = board.CreateBattery(),
            };
            Settings.Planner.ForceDeepSleep = board.ForceDeepSleep;
            Energy = new NodeEnergy(Settings.Profile, Settings.Battery);
            Clock = new VirtualClock(0);
            Sleep = new VirtualSleepController(Clock);
            Flash = new SimulatedFlashStorage(4);
            Rail = new RailMonitor(Clock);
            link.KindOf = DescribeUplink;
        }

        public string Name { get; }
        public string Type { get; }
        public long NextWakeMilliseconds { get; private set; }
        public NodeEnergy Energy { get; }
        public NodeStatistics Statistics { get; }

        /// <summary>The node's flash (the runtime's state and configuration slots).</summary>
        public SimulatedFlashStorage Flash { get; }

        /// <summary>The board's switched sensor rail (used by the images whose sensors sit on it).</summary>
        public RailMonitor Rail { get; }

        /// <summary>The runtime's settings for this image (board profile, battery, planner, event pin).</summary>
        public NodeRuntimeSettings Settings { get; }

        /// <summary>The runtime of the current boot (null while deep-sleeping).</summary>
        public NodeRuntime? Runtime => _runtime;

        /// <summary>Per-image series for the charts: (hours, value) of the measured quantity at each report.</summary>
        public List<(double Hours, double Value)> Series { get; } = new();

        /// <summary>Battery charge left (mAh) at each report, for the battery chart.</summary>
        public List<(double Hours, double MilliampereHours)> Battery { get; } = new();

        /// <summary>Keep chart series every this many reports (long runs thin them).</summary>
        public int SeriesEvery { get; set; } = 1;

        /// <summary>Observer of every wake (the year tests check deadlines and the duty cycle through it).</summary>
        public Action<RuntimeNode, NodeSleepDecision>? AfterWake { get; set; }

        /// <summary>
        /// Latest a measurement ran after the deadline the planner had set for it, ms, over wakes where the budget did not
        /// stretch the schedule (a stretch moves deadlines on purpose). A pin event may pull a measurement earlier: not lateness.
        /// </summary>
        public long MaxMeasureLatenessMilliseconds { get; private set; }

        /// <summary>
        /// Most a measurement deadline was already past when a wake ended without serving it, ms (a starved measurement
        /// never reaches <see cref="MaxMeasureLatenessMilliseconds"/>, which is sampled when one runs).
        /// </summary>
        public long MaxMeasureOverdueMilliseconds { get; private set; }

        /// <summary>Charge per simulated day, nAh (day d: from the first wake after d×24 h to the first after (d+1)×24 h).</summary>
        public List<long> DailyNanoampHours { get; } = new();

        /// <summary>Wakes per simulated day (same days as <see cref="DailyNanoampHours"/>).</summary>
        public List<int> DailyWakes { get; } = new();

        protected SimulatedBoard Board { get; }
        protected AirLink Link { get; }

        /// <summary>The node's RTC (simulated time, ms since the start of the run).</summary>
        protected VirtualClock Clock { get; }

        protected VirtualSleepController Sleep { get; }

        /// <summary>The application of the current boot.</summary>
        protected INodeApplication? Application => _application;

        /// <summary>The wake pin the image's planner arms (SleepLimits.NoPin when the image has none).</summary>
        protected virtual int EventPin => SleepLimits.NoPin;

        /// <summary>Level of <see cref="EventPin"/> that wakes.</summary>
        protected virtual bool EventPinLevelHigh => true;

        /// <summary>Builds this boot's drivers on the chip models and the application (firmware objects: new every boot).</summary>
        protected abstract INodeApplication CreateApplication(VirtualClock clock);

        /// <summary>Sets what the sensors' models see at node time <paramref name="now"/> (before each wake).</summary>
        protected abstract void PrepareEnvironment(long now);

        /// <summary>The first time in (from, until] at which the event pin's level becomes the waking level, or long.MaxValue.</summary>
        protected virtual long NextPinEvent(long from, long until) => long.MaxValue;

        /// <summary>Kind of a report uplink on FPort 1/2, from the application's last report (e.g. Periodic, Event:Arrived).</summary>
        protected abstract string DescribeReport();

        /// <summary>The charted quantity of the last report (fill %, PM2.5, occupancy).</summary>
        protected abstract double ChartValue();

        /// <summary>Commits the provisioning record (what `scn provision` does before installation).</summary>
        public void Provision(Action<NodeConfiguration>? adjust = null)
        {
            var configuration = new NodeConfiguration();
            configuration.ResetToDefaults();
            configuration.Region = RegionId.Eu868;
            if (_otaa)
            {
                configuration.Activation = ActivationMode.Otaa;
                configuration.DevEui = _identity.DevEui;
                configuration.JoinEui = _identity.JoinEui;
                Array.Copy(_identity.AppKey, configuration.AppKey, 16);
                configuration.AppKeySet = true;
            }
            else
            {
                configuration.Activation = ActivationMode.Abp;
                configuration.DevAddr = _identity.DevAddr;
                Array.Copy(_identity.NwkSKey, configuration.NetworkSessionKey, 16);
                Array.Copy(_identity.AppSKey, configuration.ApplicationSessionKey, 16);
                configuration.NetworkSessionKeySet = true;
                configuration.ApplicationSessionKeySet = true;
            }

            adjust?.Invoke(configuration);
            var store = new ConfigurationStore(Flash, Settings.ConfigurationSlotA, Settings.ConfigurationSlotB, null);
            ConfigStatus status = store.Commit(configuration);
            if (status != ConfigStatus.Ok)
            {
                throw new InvalidOperationException($"{Name}: provisioning record refused ({status}, field {store.LastErrorField})");
            }
        }

        public void Wake(long now)
        {
            Statistics.Wakes++;
            if (now > Clock.UptimeMilliseconds)
            {
                Clock.Advance(now - Clock.UptimeMilliseconds);
            }

            bool pin = _wakePin != SleepLimits.NoPin && now < _timerWakeMilliseconds;
            if (_runtime == null)
            {
                Boot(pin ? WakeCause.Pin : _nextCause);
            }
            else
            {
                Sleep.WakeCause = pin ? WakeCause.Pin : WakeCause.Timer;
                Sleep.WakePin = pin ? _wakePin : SleepLimits.NoPin;
            }

            PrepareEnvironment(Clock.UptimeMilliseconds);
            int reportsBefore = Link.ReportsTransmitted;
            NodeSleepDecision decision = _runtime!.RunWake();
            Statistics.FlashWrites += _runtime.FlashWritesThisWake;
            Statistics.Faults |= _runtime.Faults;
            _runtime.Ledger.Write(_ledgerRecord, 0);
            Energy.Ledger.Read(_ledgerRecord, 0, _ledgerRecord.Length);
            _lastStandbyMicroamps = _application!.SensorStandbyMicroamps;
            _lastWarmingUp = _application.SensorWarmingUp;
            Count(decision);
            bool joined = _runtime.Mac != null && _runtime.Mac.IsJoined;
            if (joined && !_joined)
            {
                Statistics.Joins++;
            }

            _joined = joined;
            if (Link.ReportsTransmitted > reportsBefore)
            {
                Statistics.Reports += Link.ReportsTransmitted - reportsBefore;
                if (Statistics.Reports % SeriesEvery == 0)
                {
                    Series.Add((Clock.UptimeMilliseconds / (double)Units.MillisecondsPerHour, ChartValue()));
                    Battery.Add((Clock.UptimeMilliseconds / (double)Units.MillisecondsPerHour, (Energy.Battery.CapacityMicroampHours / 1000.0) - Energy.TotalMilliampereHours));
                }
            }

            _plannedMeasureMilliseconds = _runtime.Planner.DeadlineMilliseconds(SmartCityNodes.Runtime.Planning.WakeTask.Measure);
            if (_plannedMeasureMilliseconds != long.MaxValue && Clock.UptimeMilliseconds - _plannedMeasureMilliseconds > MaxMeasureOverdueMilliseconds)
            {
                MaxMeasureOverdueMilliseconds = Clock.UptimeMilliseconds - _plannedMeasureMilliseconds;
            }

            _stretched = _runtime.Ledger.StretchFactor > 1;
            _wakesToday++;
            if (Clock.UptimeMilliseconds >= _nextDayMilliseconds)
            {
                DailyWakes.Add(_wakesToday);
                _wakesToday = 0;
                DailyNanoampHours.Add(Energy.Ledger.TotalNanoampHours - _dayStartTotalNanoampHours);
                _dayStartTotalNanoampHours = Energy.Ledger.TotalNanoampHours;
                _nextDayMilliseconds += Units.MillisecondsPerDay;
            }

            AfterWake?.Invoke(this, decision);
            Schedule(decision);
        }

        /// <summary>Books the sleep from the last wake to the end of the run (the runtime would book it at its next wake).</summary>
        public void Finish(long end)
        {
            long slept = end - _sleepStartMilliseconds;
            if (slept <= 0)
            {
                return;
            }

            Energy.Ledger.BookSleep(_sleepKind != NodeSleepKind.Light, slept * 1000);
            Energy.Ledger.BookSensorBetweenMeasurements(_lastStandbyMicroamps, _lastWarmingUp, slept * 1000);
        }

        private void Boot(WakeCause cause)
        {
            Sleep.WakeCause = cause;
            Sleep.WakePin = cause == WakeCause.Pin ? _wakePin : SleepLimits.NoPin;
            Clock.AdvanceMicroseconds(Settings.Profile.BootMicroseconds); // ESP-IDF boot + nanoCLR start before Main
            Settings.Planner.EventPin = EventPin;
            Settings.Planner.EventPinLevelHigh = EventPinLevelHigh;
            _radio = new SimulatedRadio(Clock, Link, (uint)DeterministicRandom.Hash(_seed, DeterministicRandom.StreamOf(Name), (ulong)Clock.UptimeMilliseconds), 22);
            _application = new ComputeTimedApplication(CreateApplication(Clock), Clock, Board.BootComputeMilliseconds) { Measured = CheckDeadline };
            _runtime = new NodeRuntime(Settings, _application, _radio, Clock, Sleep, null, Flash, new FixedBatteryGauge());
            Statistics.Boots++;
            if (cause != WakeCause.Timer && cause != WakeCause.Pin)
            {
                Statistics.Resets++;
            }
        }

        private void Schedule(NodeSleepDecision decision)
        {
            long now = Clock.UptimeMilliseconds;
            _sleepKind = decision.Kind;
            _sleepStartMilliseconds = now;
            _timerWakeMilliseconds = now + Math.Max(1, decision.SleepMicroseconds / 1000);
            _wakePin = decision.Kind == NodeSleepKind.Reboot ? SleepLimits.NoPin : decision.WakePin;
            _wakeLevelHigh = decision.WakeLevelHigh;
            long next = _timerWakeMilliseconds;
            if (_wakePin != SleepLimits.NoPin)
            {
                next = Math.Min(next, NextPinEvent(now, _timerWakeMilliseconds));
            }

            if (decision.Kind != NodeSleepKind.Light)
            {
                // The firmware's objects die with the deep sleep (the ESP32 resets on wake); only flash and chips remain.
                Rail.CutBySleep();
                _runtime = null;
                _application = null;
                _radio = null;
                _nextCause = decision.Kind == NodeSleepKind.Reboot ? WakeCause.SoftwareReset : WakeCause.Timer;
            }

            NextWakeMilliseconds = Math.Max(next, now + 1);
        }

        private void Count(NodeSleepDecision decision)
        {
            switch (decision.Kind)
            {
                case NodeSleepKind.Light:
                    Statistics.LightSleeps++;
                    break;
                case NodeSleepKind.Reboot:
                    Statistics.Reboots++;
                    break;
                default:
                    Statistics.DeepSleeps++;
                    break;
            }
        }

        private void CheckDeadline(long now)
        {
            if (_plannedMeasureMilliseconds != long.MaxValue && !_stretched && now - _plannedMeasureMilliseconds > MaxMeasureLatenessMilliseconds)
            {
                MaxMeasureLatenessMilliseconds = now - _plannedMeasureMilliseconds;
            }
        }

        /// <summary>
        /// Startup, Periodic or Event:FullRaised+TiltRaised … from a report's reason and events; "Owed" for a report the
        /// runtime still owed from an earlier boot (deferred by the duty cycle), re-measured and sent with today's reading.
        /// </summary>
        protected static string KindOf(ReportReason reason, string events)
        {
            if (reason == ReportReason.None)
            {
                return "Owed";
            }

            return (reason & ReportReason.Event) != 0 ? "Event:" + events.Replace(", ", "+") : reason.ToString().Replace(", ", "+");
        }

        private string DescribeUplink(int fPort) => fPort switch
        {
            1 or 2 => DescribeReport(),
            RuntimePorts.Status => "Status",
            RuntimePorts.Configuration => "ConfigAck",
            _ => "Port" + fPort,
        };

        /// <summary>Battery voltage the ADC reads: a Li-SOCl2 cell's flat 3.6 V plateau.</summary>
        private sealed class FixedBatteryGauge : IBatteryGauge
        {
            public int ReadMillivolts() => 3600;
        }
    }
}
