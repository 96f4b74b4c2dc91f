// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Node;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Planning;
using SmartCityNodes.Runtime.RemoteConfiguration;
using SmartCityNodes.Runtime.Storage;

namespace SmartCityNodes.Runtime.Node
{
    /// <summary>
    /// The node: one <see cref="RunWake"/> per wake reads why it woke, loads the configuration and the state (on the
    /// first wake after a boot), runs the due tasks (join, remote-configuration acknowledgement and status uplink,
    /// measure, report, heartbeat, pending retransmissions) each under the watchdog and inside its own catch, books the
    /// energy, saves everything in one write and returns the sleep decision that the image's Program executes. The
    /// order of a wake and the persisted layout are in firmware/Runtime/README.md. Everything is created in the
    /// constructor and on the first wake; later wakes (after a light sleep) allocate nothing.
    /// </summary>
    public sealed class NodeRuntime
    {
        /// <summary>Version of the runtime's own record in <see cref="NodeStateStore.RuntimeState"/>.</summary>
        public const byte RuntimeRecordVersion = 2;

        // Runtime record: version (1), flags (1), reset cause the owed start-up message reports (1), RTC of the last
        // MAC call (8), RTC of the last uplink (8), RTC since which the sensors draw their between-measurements current
        // (8), that current in µA (4), remote-configuration state, energy ledger record.
        private const int FlagsOffset = 1;
        private const int ResetCauseOffset = 2;
        private const int MacActivityOffset = 3;
        private const int LastUplinkOffset = 11;
        private const int SensorSinceOffset = 19;
        private const int SensorMicroampsOffset = 27;
        private const int RemoteStateOffset = 31;
        private const int LedgerOffset = RemoteStateOffset + RemoteConfigProcessor.StateLength;
        private const int RuntimeRecordLength = LedgerOffset + EnergyLedger.RecordLength;
        private const byte FlagStatusOwed = 0b0000_0001;
        private const byte FlagRemoteReboot = 0b0000_0010;
        private const byte FlagSensorWarmingUp = 0b0000_0100;
        private const int UplinkBufferLength = 64;

        private readonly NodeRuntimeSettings _settings;
        private readonly INodeApplication _application;
        private readonly IRadio _radio;
        private readonly ISleepController _sleep;
        private readonly IBatteryGauge _battery;
        private readonly ConfigurationStore _configuration;
        private readonly NodeStateStore _state;
        private readonly StoreBackedMacStateStore _macStore;
        private readonly EnergyLedger _ledger;
        private readonly EnergyBudget _budget;
        private readonly ReceiveWaitClock _waitClock;
        private readonly WakePlanner _planner;
        private readonly RemoteConfigProcessor _remote;
        private readonly WakePlan _plan = new WakePlan();
        private readonly NodeSleepDecision _decision = new NodeSleepDecision();
        private readonly NodeStatus _status = new NodeStatus();
        private readonly byte[] _uplink = new byte[UplinkBufferLength];
        private LoRaWanNode _mac;
        private bool _booted;
        private bool _provisioned;
        private bool _macStarted;
        private bool _statusOwed;
        private bool _remoteReboot;
        private bool _measuredThisWake;
        private long _macActivityMilliseconds;
        private long _lastUplinkMilliseconds;
        private long _lightSleepStartMilliseconds = -1;
        private long _sensorSinceMilliseconds = -1;
        private long _wakeStartMicroseconds;
        private long _wakeAccountedMicroseconds;
        private long _waitsAtWakeStartMicroseconds;
        private long _radioAtWakeStartMicroseconds;
        private int _sensorMicroamps;
        private bool _sensorWarmingUp;
        private WakeCause _statusResetCause;
        private WakeFaults _faults;
        private Exception _lastException;
        private int _flashWrites;
        private int _reservationsBooked;
        private int _uplinksThisWake;

        /// <summary>Creates the node's objects (once per boot).</summary>
        /// <param name="settings">Image settings.</param>
        /// <param name="application">The application.</param>
        /// <param name="radio">LoRa radio.</param>
        /// <param name="clock">Awake clock (uptime and busy waits).</param>
        /// <param name="sleep">Sleep controller: wake cause, RTC, deep and light sleep.</param>
        /// <param name="watchdog">Watchdog armed per step; may be null on a host.</param>
        /// <param name="storage">Persistent slots (state pair and configuration pair).</param>
        /// <param name="battery">Battery gauge; may be null (battery unknown).</param>
        public NodeRuntime(NodeRuntimeSettings settings, INodeApplication application, IRadio radio, IClock clock,
            ISleepController sleep, IWatchdog watchdog, IPersistentStorage storage, IBatteryGauge battery)
        {
            if (settings == null || application == null || radio == null || clock == null || sleep == null || storage == null)
            {
                throw new ArgumentNullException();
            }

            _settings = settings;
            _application = application;
            _radio = radio;
            _sleep = sleep;
            _battery = battery;
            _configuration = new ConfigurationStore(storage, settings.ConfigurationSlotA, settings.ConfigurationSlotB, application);
            _state = new NodeStateStore(storage, settings.StateSlotA, settings.StateSlotB, settings.MacRecordCapacityBytes,
                application.StateCapacityBytes, WakePlanner.RecordLength, RuntimeRecordLength, settings.UplinkReservationBlock);
            _macStore = new StoreBackedMacStateStore(_state);
            _ledger = new EnergyLedger(settings.Profile);
            _budget = settings.Battery != null ? new EnergyBudget(settings.Battery, settings.TargetLifetimeDays) : null;
            _waitClock = new ReceiveWaitClock(clock, sleep, _ledger);
            _planner = new WakePlanner(settings.Planner, _ledger, watchdog);
            _remote = new RemoteConfigProcessor(_configuration);
        }

        /// <summary>The configuration store (the provisioning console commits through it).</summary>
        public ConfigurationStore Configuration
        {
            get { return _configuration; }
        }

        /// <summary>The node's state store.</summary>
        public NodeStateStore State
        {
            get { return _state; }
        }

        /// <summary>The planner (deadlines, watchdog statistics).</summary>
        public WakePlanner Planner
        {
            get { return _planner; }
        }

        /// <summary>The energy ledger.</summary>
        public EnergyLedger Ledger
        {
            get { return _ledger; }
        }

        /// <summary>The LoRaWAN node (null until the first wake of a provisioned node).</summary>
        public LoRaWanNode Mac
        {
            get { return _mac; }
        }

        /// <summary>The remote-configuration handler.</summary>
        public RemoteConfigProcessor RemoteConfiguration
        {
            get { return _remote; }
        }

        /// <summary>Faults of the last wake.</summary>
        public WakeFaults Faults
        {
            get { return _faults; }
        }

        /// <summary>The last exception a step threw (kept for diagnostics; the step was counted as failed).</summary>
        public Exception LastException
        {
            get { return _lastException; }
        }

        /// <summary>Uplinks that left in the last wake (status, acknowledgement, report, heartbeat, repetitions).</summary>
        public int UplinksThisWake
        {
            get { return _uplinksThisWake; }
        }

        /// <summary>Flash writes of the last wake: counter reservations plus the end-of-wake save.</summary>
        public int FlashWritesThisWake
        {
            get { return _flashWrites; }
        }

        /// <summary>True when a start-up status message is still owed.</summary>
        public bool StatusOwed
        {
            get { return _statusOwed; }
        }

        /// <summary>
        /// Runs one wake and returns the sleep decision (filled in place). Call once after boot and again after every
        /// light sleep. Never throws for a fault of a step: it is caught, counted in <see cref="Faults"/>, and the node
        /// still plans its next wake.
        /// </summary>
        public NodeSleepDecision RunWake()
        {
            _wakeStartMicroseconds = _sleep.RtcMilliseconds * 1000L;
            _wakeAccountedMicroseconds = 0;
            _waitsAtWakeStartMicroseconds = _waitClock.LightSleptMicroseconds + _waitClock.AwakeWaitedMicroseconds;
            _radioAtWakeStartMicroseconds = _radio.TransmitTimeMicroseconds + _radio.ReceiveTimeMicroseconds;
            if (!_booted)
            {
                _faults = WakeFaults.None;
                Boot(_sleep.WakeCause);
                return RunSteps(_sleep.WakeCause, true);
            }

            _faults = WakeFaults.None;
            return RunSteps(_sleep.WakeCause, false);
        }

        // Everything after the boot work: allocation-free (NANO006), so a light-sleep loop never touches the heap.
        [HotPath]
        private NodeSleepDecision RunSteps(WakeCause cause, bool firstWake)
        {
            _flashWrites = 0;
            _uplinksThisWake = 0;
            _measuredThisWake = false;
            if (!firstWake && _lightSleepStartMilliseconds >= 0)
            {
                _ledger.BookSleep(false, (_sleep.RtcMilliseconds - _lightSleepStartMilliseconds) * 1000L);
            }

            if (!_provisioned)
            {
                return Unprovisioned();
            }

            long now = _sleep.RtcMilliseconds;
            _ledger.BeginWake(_radio.TransmitTimeMicroseconds, _radio.ReceiveTimeMicroseconds);
            BookSensorsUntil(now);
            if (_budget != null)
            {
                _budget.Update(_ledger, now); // closes budget days and sets the ledger's stretch for the planner
            }

            if (_macStarted)
            {
                // DevStatusAns (L2 1.0.4 §5.5): the ledger's remaining charge, 1..254; 255 without a battery profile.
                _mac.BatteryLevel = _budget != null ? _budget.BatteryLevel(_ledger, now) : DevStatusAns.BatteryUnknown;
            }

            if (cause == WakeCause.Pin)
            {
                _planner.ScheduleOnce(WakeTask.Measure, now); // an event pin (tilt, magnet) is read at once
            }

            ScheduleOwedWork(now);
            _planner.BeginWake(cause, now);

            // Order: the session first, then what is owed to the network, then this wake's measurement and report.
            // Without a started MAC (radio fault, unreadable counters) nothing is sent; measurements go on.
            bool radio = _macStarted;
            if (radio && _planner.IsDue(WakeTask.Join) && RunJoin())
            {
                // Joined in this wake: the start-up status message goes out now, not one period later.
                RunOwedUplinks();
            }

            if (radio && _planner.IsDue(WakeTask.Retransmit))
            {
                RunRetransmit();
            }

            if (radio && _planner.IsDue(WakeTask.ApplyRemoteConfig) && _uplinksThisWake == 0)
            {
                RunOwedUplinks();
            }

            if (_planner.IsDue(WakeTask.Measure) || _planner.IsDue(WakeTask.Report))
            {
                RunMeasureAndReport(_planner.IsDue(WakeTask.Report));
            }

            if (radio && _planner.IsDue(WakeTask.Heartbeat))
            {
                RunHeartbeat();
            }

            // Transmit time at the power the MAC used (ADR lowers it); the configured figure before any transmission.
            int power = _mac != null && _mac.LastTransmitPowerDbm != int.MinValue ? _mac.LastTransmitPowerDbm : _settings.TransmitPowerDbm;
            _ledger.BookRadioCounters(_radio.TransmitTimeMicroseconds, _radio.ReceiveTimeMicroseconds, power);
            BookCompute(_radioAtWakeStartMicroseconds);
            ScheduleOwedWork(_sleep.RtcMilliseconds);
            return Finish();
        }

        private void Boot(WakeCause cause)
        {
            _booted = true;
            if (_configuration.Load() != ConfigStatus.Ok)
            {
                _faults |= WakeFaults.ConfigurationDefaults;
            }

            NodeConfiguration active = _configuration.Active;
            _provisioned = active.IsProvisioned;
            if (!_provisioned)
            {
                _faults |= WakeFaults.Unprovisioned;
            }

            bool sleepWake = cause == WakeCause.Timer || cause == WakeCause.Pin;
            StoreStatus loaded = _state.Load(sleepWake);
            if (loaded == StoreStatus.StorageFailed)
            {
                _faults |= WakeFaults.StateUnreadable;
            }

            bool recordsOk = RestoreRecords();
            if (!recordsOk)
            {
                _faults |= WakeFaults.RecordsRestarted;
            }

            ConfigureApplication();
            _ledger.BookBoot();
            if (sleepWake && recordsOk)
            {
                // From the save to Main (the wake's start), less the boot: the restore since Main is this wake's Compute.
                long slept = (_wakeStartMicroseconds - (_planner.SavedAtMilliseconds * 1000L)) - _settings.Profile.BootMicroseconds;
                _ledger.BookSleep(true, slept);
            }

            // Every reset (anything but a sleep wake) owes the start-up status message (docs/payloads/status.md).
            if (!sleepWake)
            {
                _statusOwed = true;
                _statusResetCause = cause;
            }

            if (_provisioned && loaded != StoreStatus.StorageFailed)
            {
                StartMac(cause, sleepWake);
            }

            DeriveEventRates();
        }

        // Event-storm token rates from the energy budget (docs/runtime-energy.md "Event storms"), once per boot: the
        // spare of the daily allowance over what the node spends on its regular schedule goes half to event wakes, half
        // to event reports, capped to half the duty cycle. The baseline is the ledger's measured average per day once a
        // day has passed, before that an estimate from the report interval.
        private void DeriveEventRates()
        {
            if (_budget == null || _budget.DailyAllowanceNanoampHours <= 0)
            {
                return;
            }

            BoardEnergyProfile profile = _settings.Profile;
            long flashWrite = EnergyUnits.ChargeNanoampHours(profile.AlwaysOnNanoamps + (profile.FlashWriteMicroamps * 1000L), profile.FlashWriteMicroseconds);
            long eventWake = profile.BootChargeNanoampHours + flashWrite;
            long elapsed = _sleep.RtcMilliseconds - _ledger.InstalledAtMilliseconds;
            long baseline;
            if (elapsed >= EnergyUnits.MillisecondsPerDay)
            {
                baseline = _ledger.TotalNanoampHours * (EnergyUnits.MillisecondsPerDay / 1000) / (elapsed / 1000);
            }
            else
            {
                long interval = _configuration.Active.ReportIntervalSeconds;
                long wakesPerDay = interval > 0 ? 86400 / interval : 96;
                baseline = (wakesPerDay * eventWake) + EnergyUnits.ChargeNanoampHours(profile.DeepSleepFloorNanoamps, EnergyUnits.MicrosecondsPerHour * 24);
            }

            // One event report: a 20-byte frame at the session's data rate (SF = 12 − DR, the EU-like plans; a US915 DR
            // gives a slower SF, on the safe side), two receive windows of 8 symbols and the class-A waits in light sleep.
            int dataRate = _mac != null ? _mac.DataRate : 0;
            int spreadingFactor = 12 - dataRate;
            if (spreadingFactor < 7)
            {
                spreadingFactor = 7;
            }

            long airtime = LoRaAirtime.UplinkTimeOnAirMicroseconds(spreadingFactor, 125000, 33);
            long window = LoRaAirtime.SymbolTimeMicroseconds(spreadingFactor, 125000) * 8;
            long report = EnergyUnits.ChargeNanoampHours(profile.AwakeActiveNanoamps + (profile.TransmitMicroamps(_settings.TransmitPowerDbm) * 1000L), airtime)
                + EnergyUnits.ChargeNanoampHours(profile.AwakeActiveNanoamps + (profile.RadioReceiveMicroamps * 1000L), 2 * window)
                + EnergyUnits.ChargeNanoampHours(profile.LightSleepFloorNanoamps, 2000000L)
                + flashWrite;
            int airtimeMilliseconds = (int)((airtime + 999) / 1000);
            // 10 ‰: the 1 % sub-bands of EU868 (RP002 §2.4), the strictest limit the node usually transmits under.
            if (!_settings.Planner.SetEventRatesFromBudget(_budget.DailyAllowanceNanoampHours, baseline, eventWake, report, airtimeMilliseconds, 10))
            {
                // Nothing spare: event wakes and reports only from their bursts, no refill, until the budget recovers.
                _settings.Planner.EventWakesPerHourMilli = 0;
                _settings.Planner.EventReportsPerHourMilli = 0;
            }
        }

        private bool RestoreRecords()
        {
            bool ok = true;
            byte[] runtime = _state.RuntimeState;
            int runtimeLength = _state.RuntimeStateLength;
            if (runtimeLength == RuntimeRecordLength && runtime[0] == RuntimeRecordVersion)
            {
                byte flags = runtime[FlagsOffset];
                _statusOwed = (flags & FlagStatusOwed) != 0;
                _remoteReboot = (flags & FlagRemoteReboot) != 0;
                _statusResetCause = (WakeCause)runtime[ResetCauseOffset];
                _macActivityMilliseconds = (long)LittleEndian.ReadUInt64(runtime, MacActivityOffset);
                _lastUplinkMilliseconds = (long)LittleEndian.ReadUInt64(runtime, LastUplinkOffset);
                _sensorSinceMilliseconds = (long)LittleEndian.ReadUInt64(runtime, SensorSinceOffset);
                _sensorMicroamps = (int)LittleEndian.ReadUInt32(runtime, SensorMicroampsOffset);
                _sensorWarmingUp = (flags & FlagSensorWarmingUp) != 0;
                _remote.ReadState(runtime, RemoteStateOffset, RemoteConfigProcessor.StateLength);
                if (_ledger.Read(runtime, LedgerOffset, EnergyLedger.RecordLength) != RuntimeRecordStatus.Ok)
                {
                    _ledger.Reset(_sleep.RtcMilliseconds);
                    ok = false;
                }
            }
            else
            {
                _remote.ReadState(runtime, 0, 0);
                _ledger.Reset(_sleep.RtcMilliseconds);
                ok = runtimeLength == 0 && _state.MacRecordLength == 0;
            }

            if (_planner.Read(_state.ScheduleState, 0, _state.ScheduleStateLength) != RuntimeRecordStatus.Ok)
            {
                ok &= _state.ScheduleStateLength == 0;
                InitialSchedule(_sleep.RtcMilliseconds);
            }

            if (!SafeReadApplicationState())
            {
                ok &= _state.ApplicationStateLength == 0;
            }

            return ok;
        }

        private bool SafeReadApplicationState()
        {
            try
            {
                return _application.ReadState(_state.ApplicationState, 0, _state.ApplicationStateLength);
            }
            catch (Exception exception)
            {
                _lastException = exception;
                return false;
            }
        }

        private void InitialSchedule(long now)
        {
            // Measure at once; report when the application decides; heartbeat from the configuration.
            _planner.ScheduleOnce(WakeTask.Measure, now);
            ApplyHeartbeat(now);
        }

        [HotPath]
        private void ApplyHeartbeat(long now)
        {
            int heartbeat = (int)_configuration.Active.HeartbeatIntervalSeconds * 1000;
            if (heartbeat >= 1000)
            {
                _planner.SetPeriodic(WakeTask.Heartbeat, heartbeat, now + heartbeat);
            }
        }

        [HotPath]
        private void ConfigureApplication()
        {
            try
            {
                _application.Configure(_configuration.Active);
            }
            catch (Exception exception)
            {
                _lastException = exception;
                _faults |= WakeFaults.MeasureFailed;
            }
        }

        private void StartMac(WakeCause cause, bool sleepWake)
        {
            NodeConfiguration active = _configuration.Active;
            try
            {
                if (active.Activation == ActivationMode.Otaa)
                {
                    _mac = new LoRaWanNode(new OtaaIdentity(active.DevEui, active.JoinEui, active.AppKey), active.Region, _radio, _waitClock, _macStore);
                }
                else
                {
                    _mac = new LoRaWanNode(new AbpIdentity(active.DevAddr, active.NetworkSessionKey, active.ApplicationSessionKey), active.Region, _radio, _waitClock, _macStore);
                }

                _mac.ConfirmedUplinks = active.ConfirmedUplinks;
                LoRaWanStatus status;
                long now = _sleep.RtcMilliseconds;
                bool coldStart = cause == WakeCause.PowerOn || cause == WakeCause.Unknown || now < _macActivityMilliseconds;
                if (coldStart)
                {
                    status = _mac.ColdStart();
                }
                else
                {
                    status = _mac.Resume(now - _macActivityMilliseconds);
                    if (status == LoRaWanStatus.StateRecordInvalid)
                    {
                        status = _mac.ColdStart();
                    }
                }

                if (coldStart || _macActivityMilliseconds > now)
                {
                    // ColdStart saved the record at this MAC time; Resume saves nothing, so a wake without MAC calls
                    // must leave the time of the record's last save as it was (MAC README, "Time across deep sleep").
                    _macActivityMilliseconds = _sleep.RtcMilliseconds;
                }

                _macStarted = status == LoRaWanStatus.Ok;
                if (_macStarted && _mac.AdrEnabled != active.AdrEnabled)
                {
                    _mac.SetAdr(active.AdrEnabled);
                }
            }
            catch (Exception exception)
            {
                _lastException = exception;
                _macStarted = false;
            }

            if (!_macStarted)
            {
                _faults |= WakeFaults.MacNotStarted;
            }
        }

        [HotPath]
        private void ScheduleOwedWork(long now)
        {
            if (!_macStarted)
            {
                return;
            }

            // Only when not scheduled yet: a deadline already set (the MAC's time after a deferral, the back-off after a
            // failed step) stands, or a failing step would be retried at once, wake after wake.
            if (!_mac.IsJoined)
            {
                if (_planner.DeadlineMilliseconds(WakeTask.Join) == WakePlanner.NotScheduled)
                {
                    _planner.ScheduleOnce(WakeTask.Join, now);
                }

                return;
            }

            if ((_statusOwed || _remote.AckPending || _remote.StatusRequested) && _planner.DeadlineMilliseconds(WakeTask.ApplyRemoteConfig) == WakePlanner.NotScheduled)
            {
                // A radio task: the planner holds it until the MAC's not-before.
                _planner.ScheduleOnce(WakeTask.ApplyRemoteConfig, now);
            }
        }

        [HotPath]
        private bool RunJoin()
        {
            long now = _sleep.RtcMilliseconds;
            _planner.BeginStep(WakeTask.Join, now);
            TaskOutcome outcome = TaskOutcome.Failed;
            try
            {
                LoRaWanStatus status = _mac.Join();
                _macActivityMilliseconds = _sleep.RtcMilliseconds;
                if (status == LoRaWanStatus.Ok)
                {
                    outcome = TaskOutcome.Done;
                    RaiseSessionCounters();
                }
                else if (status == LoRaWanStatus.NoJoinAccept || status == LoRaWanStatus.TransmitDeferred)
                {
                    outcome = TaskOutcome.Deferred;
                }
            }
            catch (Exception exception)
            {
                _lastException = exception;
                outcome = TaskOutcome.Failed;
            }

            if (outcome == TaskOutcome.Failed)
            {
                _faults |= WakeFaults.JoinFailed;
            }

            _planner.CompleteStep(WakeTask.Join, outcome, _sleep.RtcMilliseconds);
            if (outcome != TaskOutcome.Done)
            {
                HoldRadio(WakeTask.Join);
                return false;
            }

            return true;
        }

        // A new session starts FCntUp at 0 while the store's counter is monotonic across sessions: reload the record
        // through the adapter, which raises the session's counters to the store's, so every frame is reserved.
        [HotPath]
        private void RaiseSessionCounters()
        {
            if (_mac.NextFCntUp < _state.NextUplinkCounter)
            {
                _mac.Resume(0);
            }
        }

        [HotPath]
        private void HoldRadio(WakeTask task)
        {
            long wait = _mac != null ? _mac.Result.WaitMilliseconds : 0;
            long now = _sleep.RtcMilliseconds;
            long at = now + (wait > 0 ? wait : _settings.Planner.FaultBackoffBaseMilliseconds);
            if (_planner.PeriodMilliseconds(task) == 0)
            {
                _planner.Cancel(task); // a one-shot task moves to the MAC's time (ScheduleOnce only ever moves earlier)
            }

            _planner.ScheduleOnce(task, at);
            if (wait > 0)
            {
                _planner.SetNotBefore(at);
            }
        }

        [HotPath]
        private void RunRetransmit()
        {
            _planner.BeginStep(WakeTask.Retransmit, _sleep.RtcMilliseconds);
            TaskOutcome outcome = TaskOutcome.Done;
            try
            {
                if (_mac.PendingTransmissions > 0)
                {
                    outcome = AfterUplink(_mac.ContinuePending());
                }
            }
            catch (Exception exception)
            {
                outcome = Fault(exception, WakeFaults.UplinkFailed);
            }

            EndRadioStep(WakeTask.Retransmit, outcome);
        }

        [HotPath]
        private void RunOwedUplinks()
        {
            if (!_statusOwed && !_remote.StatusRequested && !_remote.AckPending)
            {
                return;
            }

            _planner.BeginStep(WakeTask.ApplyRemoteConfig, _sleep.RtcMilliseconds);
            TaskOutcome outcome = TaskOutcome.Done;
            try
            {
                // The MAC is asked even when the planner's not-before is near: it alone knows the exact time and says
                // TransmitDeferred (changing nothing) with a fresh wait when it is too early.
                if (_statusOwed || _remote.StatusRequested)
                {
                    bool reply = !_statusOwed;
                    outcome = SendStatus(reply);
                    if (outcome == TaskOutcome.Done)
                    {
                        _statusOwed = false;
                        _remoteReboot = false;
                    }
                }

                if (outcome == TaskOutcome.Done && _remote.AckPending)
                {
                    byte[] ack = _remote.Ack;
                    outcome = AfterUplink(_mac.Send(RemoteConfigProcessor.Port, ack, 0, ack.Length));
                    if (outcome == TaskOutcome.Done)
                    {
                        _remote.AckSent();
                    }
                }
            }
            catch (Exception exception)
            {
                outcome = Fault(exception, WakeFaults.UplinkFailed);
            }

            EndRadioStep(WakeTask.ApplyRemoteConfig, outcome);
        }

        [HotPath]
        private TaskOutcome Fault(Exception exception, WakeFaults fault)
        {
            if (exception != null)
            {
                _lastException = exception;
            }

            _faults |= fault;
            return TaskOutcome.Failed;
        }

        [HotPath]
        private void EndRadioStep(WakeTask task, TaskOutcome outcome)
        {
            _planner.CompleteStep(task, outcome, _sleep.RtcMilliseconds);
            FollowUp(task, outcome);
        }

        [HotPath]
        private TaskOutcome SendStatus(bool reply)
        {
            FillStatus(reply);
            int port;
            int length = _application.EncodeStatus(_uplink, 0, _status, out port);
            if (length <= 0)
            {
                _faults |= WakeFaults.UplinkFailed;
                return TaskOutcome.Failed;
            }

            return AfterUplink(_mac.Send(port, _uplink, 0, length));
        }

        [HotPath]
        private void FillStatus(bool reply)
        {
            _status.IsReply = reply;
            _status.ResetCause = _statusResetCause;
            _status.RemoteReboot = _remoteReboot;
            _status.ConfigurationCrc = _configuration.Crc;
            _status.BatteryMillivolts = ReadBattery();
            _status.FirmwareMajor = _settings.FirmwareMajor;
            _status.FirmwareMinor = _settings.FirmwareMinor;
            _status.FirmwarePatch = _settings.FirmwarePatch;
        }

        [HotPath]
        private int ReadBattery()
        {
            try
            {
                return _battery != null ? _battery.ReadMillivolts() : 0;
            }
            catch (Exception exception)
            {
                _lastException = exception;
                return 0;
            }
        }

        [HotPath]
        private void RunMeasureAndReport(bool reportOwed)
        {
            long now = _sleep.RtcMilliseconds;
            bool measureDue = _planner.IsDue(WakeTask.Measure) || reportOwed;
            if (measureDue)
            {
                _planner.BeginStep(WakeTask.Measure, now);
                TaskOutcome measured = TaskOutcome.Done;
                BookSensorsUntil(now);
                long startedMicroseconds = _sleep.RtcMilliseconds * 1000L;
                int sensorMicroamps = 0;
                try
                {
                    _application.Measure(now);
                    _measuredThisWake = true;
                }
                catch (Exception exception)
                {
                    _lastException = exception;
                    measured = TaskOutcome.Failed;
                    _faults |= WakeFaults.MeasureFailed;
                }

                // Read after a failed measurement too: the application says what its sensors draw now (a rail it switched
                // off on the way out), not what they drew before.
                try
                {
                    sensorMicroamps = _application.MeasurementMicroamps;
                    _sensorMicroamps = _application.SensorStandbyMicroamps;
                    _sensorWarmingUp = _application.SensorWarmingUp;
                }
                catch (Exception exception)
                {
                    _lastException = exception;
                    _sensorMicroamps = 0;
                    _sensorWarmingUp = false;
                }

                long measuredMicroseconds = (_sleep.RtcMilliseconds * 1000L) - startedMicroseconds;
                _wakeAccountedMicroseconds += measuredMicroseconds;
                // A measurement is mostly waiting on the sensor (UART frames, conversions, power-up) in the drivers'
                // bounded delays: the CPU idles meanwhile, the sensor draws its active current.
                _ledger.Book(EnergyPhase.Measurement, _settings.Profile.AwakeIdleNanoamps + (sensorMicroamps * 1000L), measuredMicroseconds);
                _sensorSinceMilliseconds = _sleep.RtcMilliseconds;
                _planner.CompleteStep(WakeTask.Measure, measured, _sleep.RtcMilliseconds);
                if (measured == TaskOutcome.Done)
                {
                    ScheduleNextMeasurement();
                }
            }

            if (!_measuredThisWake)
            {
                return;
            }

            int reason;
            bool report = reportOwed;
            try
            {
                report |= _application.ShouldReport(now, out reason);
                if (report && !reportOwed && _application.ReportIsEvent && _planner.ReportEvent(_sleep.RtcMilliseconds) == EventDecision.Coalesced)
                {
                    report = false; // the storm policy holds it: the next essential report carries the events
                }
            }
            catch (Exception exception)
            {
                _lastException = exception;
                report = false;
                _faults |= WakeFaults.MeasureFailed;
            }

            if (report && _macStarted)
            {
                RunReport();
            }
        }

        // The sensors' between-measurements current (standby, a magnetometer guarding its interrupt, a fan warming up)
        // flows whatever the MCU does: booked from the last measurement to now, at every wake, measurement and save.
        [HotPath]
        private void BookSensorsUntil(long now)
        {
            if (_sensorSinceMilliseconds < 0)
            {
                return; // nothing measured since the records (re)started
            }

            if (now > _sensorSinceMilliseconds)
            {
                _ledger.BookSensorBetweenMeasurements(_sensorMicroamps, _sensorWarmingUp, (now - _sensorSinceMilliseconds) * 1000L);
            }

            _sensorSinceMilliseconds = now; // also when the RTC went back (a power-on restarts it)
        }

        [HotPath]
        private void ScheduleNextMeasurement()
        {
            try
            {
                long due = _application.NextMeasurementDueMilliseconds;
                long now = _sleep.RtcMilliseconds;
                int stretch = _ledger.StretchFactor;

                // Over budget (EnergyBudget.Update set the stretch) the gap to the next measurement cycle grows with
                // it; steps inside a cycle (a warm-up, a confirmation a few seconds on) keep their timing, or the fan
                // would run longer.
                if (stretch > 1 && !_sensorWarmingUp && due - now >= _settings.Planner.CoalesceWindowMilliseconds)
                {
                    due = now + ((due - now) * stretch);
                }

                _planner.ScheduleOnce(WakeTask.Measure, due);
            }
            catch (Exception exception)
            {
                _lastException = exception;
                _planner.ScheduleOnce(WakeTask.Measure, _sleep.RtcMilliseconds + _settings.Planner.FaultBackoffBaseMilliseconds);
            }
        }

        [HotPath]
        private void RunReport()
        {
            _planner.BeginStep(WakeTask.Report, _sleep.RtcMilliseconds);
            TaskOutcome outcome;
            try
            {
                int port;
                int length = _application.EncodeReport(_uplink, 0, ReadBattery(), out port);
                outcome = length > 0 ? AfterUplink(_mac.Send(port, _uplink, 0, length)) : Fault(null, WakeFaults.UplinkFailed);
            }
            catch (Exception exception)
            {
                outcome = Fault(exception, WakeFaults.UplinkFailed);
            }

            EndRadioStep(WakeTask.Report, outcome);
        }

        [HotPath]
        private void RunHeartbeat()
        {
            long now = _sleep.RtcMilliseconds;
            _planner.BeginStep(WakeTask.Heartbeat, now);
            TaskOutcome outcome = TaskOutcome.Done;
            try
            {
                // Any uplink within the heartbeat period already says the node is alive.
                long period = _planner.PeriodMilliseconds(WakeTask.Heartbeat);
                if (_uplinksThisWake == 0 && now - _lastUplinkMilliseconds >= period - _settings.Planner.CoalesceWindowMilliseconds)
                {
                    outcome = SendStatus(true);
                }
            }
            catch (Exception exception)
            {
                outcome = Fault(exception, WakeFaults.UplinkFailed);
            }

            _planner.CompleteStep(WakeTask.Heartbeat, outcome, _sleep.RtcMilliseconds);
        }

        // Books what the MAC did and turns its status into the step's outcome; a downlink goes to its handler.
        [HotPath]
        private TaskOutcome AfterUplink(LoRaWanStatus status)
        {
            _macActivityMilliseconds = _sleep.RtcMilliseconds;
            MacTransactionResult result = _mac.Result;
            if (result.Transmissions > 0)
            {
                _uplinksThisWake++;
                _lastUplinkMilliseconds = _macActivityMilliseconds;

                // The heartbeat only breaks silence: every uplink moves it a whole period on.
                int heartbeat = _planner.PeriodMilliseconds(WakeTask.Heartbeat);
                if (heartbeat > 0)
                {
                    _planner.SetPeriodic(WakeTask.Heartbeat, heartbeat, _lastUplinkMilliseconds + heartbeat);
                }
            }

            if (result.DownlinkReceived && result.DownlinkPort > 0)
            {
                HandleDownlink(result);
            }

            switch (status)
            {
                case LoRaWanStatus.Ok:
                case LoRaWanStatus.NoAck:
                    return TaskOutcome.Done;
                case LoRaWanStatus.TransmissionsPending:
                    _planner.ScheduleOnce(WakeTask.Retransmit, _sleep.RtcMilliseconds + (result.WaitMilliseconds > 0 ? result.WaitMilliseconds : 0));
                    if (result.WaitMilliseconds > 0)
                    {
                        _planner.SetNotBefore(_sleep.RtcMilliseconds + result.WaitMilliseconds);
                    }

                    return TaskOutcome.Done;
                case LoRaWanStatus.TransmitDeferred:
                    return TaskOutcome.Deferred;
                default:
                    _faults |= WakeFaults.UplinkFailed;
                    return TaskOutcome.Failed;
            }
        }

        [HotPath]
        private void FollowUp(WakeTask task, TaskOutcome outcome)
        {
            if (outcome == TaskOutcome.Deferred)
            {
                HoldRadio(task);
            }
        }

        [HotPath]
        private void HandleDownlink(MacTransactionResult result)
        {
            try
            {
                if (result.DownlinkPort == RemoteConfigProcessor.Port)
                {
                    uint crcBefore = _configuration.Crc;
                    _remote.Process(result.DownlinkPayload, 0, result.DownlinkPayloadLength, _macStore.DownlinkCounter);
                    if (_configuration.Crc != crcBefore)
                    {
                        ApplyConfigurationChange();
                    }

                }
                else
                {
                    _application.HandleDownlink(result.DownlinkPort, result.DownlinkPayload, 0, result.DownlinkPayloadLength);
                }
            }
            catch (Exception exception)
            {
                _lastException = exception;
                _faults |= WakeFaults.DownlinkFailed;
            }
        }

        [HotPath]
        private void ApplyConfigurationChange()
        {
            NodeConfiguration active = _configuration.Active;
            ConfigureApplication();
            long now = _sleep.RtcMilliseconds;
            ApplyHeartbeat(now);
            _planner.Cancel(WakeTask.Measure);
            ScheduleNextMeasurement();
            _mac.ConfirmedUplinks = active.ConfirmedUplinks;
            if (_mac.AdrEnabled != active.AdrEnabled)
            {
                _mac.SetAdr(active.AdrEnabled);
            }
        }

        [HotPath]
        private NodeSleepDecision Unprovisioned()
        {
            // Factory-safe: no radio, no measurement; wake now and then so the console can be served.
            long now = _sleep.RtcMilliseconds;
            _decision.Kind = NodeSleepKind.Deep;
            _decision.SleepMicroseconds = _settings.UnprovisionedSleepMilliseconds * 1000L;
            _decision.WakeAtMilliseconds = now + _settings.UnprovisionedSleepMilliseconds;
            _decision.WakePin = SleepLimits.NoPin;
            _decision.WakeLevelHigh = false;
            _lightSleepStartMilliseconds = -1;
            return _decision;
        }

        [HotPath]
        private bool ApplicationNeedsLightSleep()
        {
            try
            {
                return _application.NeedsLightSleep;
            }
            catch (Exception exception)
            {
                _lastException = exception;
                return false;
            }
        }

        // The rest of the wake's awake time, measured on the RTC: managed code (restore, planning, MAC, encoding) after
        // Main. Radio time and class-A waits were booked from the driver's counters and the wait clock.
        [HotPath]
        private void BookCompute(long radioStartMicroseconds)
        {
            long radio = _radio.TransmitTimeMicroseconds + _radio.ReceiveTimeMicroseconds - radioStartMicroseconds;
            long waits = _waitClock.LightSleptMicroseconds + _waitClock.AwakeWaitedMicroseconds - _waitsAtWakeStartMicroseconds;
            long compute = (_sleep.RtcMilliseconds * 1000L) - _wakeStartMicroseconds - _wakeAccountedMicroseconds - radio - waits;
            _ledger.BookAwake(EnergyPhase.Compute, compute);
        }

        [HotPath]
        private NodeSleepDecision Finish()
        {
            long now = _sleep.RtcMilliseconds;
            _planner.HoldLightSleep = ApplicationNeedsLightSleep();
            _planner.PlanNextWake(now, _plan);
            if (_planner.HoldLightSleep && _plan.Kind == SleepKind.Deep)
            {
                // The board or the configuration forbids light sleep: the deep sleep cuts the switched rail. Nothing flows
                // on it any more, and the cycle in progress will read an unpowered sensor — a design fault, made visible.
                _faults |= WakeFaults.MeasureFailed;
                _sensorMicroamps = 0;
                _sensorWarmingUp = false;
            }
            bool reboot = _remote.RebootPending && !_remote.AckPending;
            if (reboot)
            {
                _remote.RebootStarted();
                _remoteReboot = true;
            }

            StoreStatus saved = Persist();
            _decision.WakeAtMilliseconds = _plan.WakeAtMilliseconds;
            _decision.WakePin = _plan.WakePin;
            _decision.WakeLevelHigh = _plan.WakeLevelHigh;
            if (saved != StoreStatus.Ok || reboot)
            {
                if (saved != StoreStatus.Ok)
                {
                    _faults |= WakeFaults.SaveFailed;
                }

                _decision.Kind = NodeSleepKind.Reboot;
                _decision.SleepMicroseconds = _settings.RebootDelayMilliseconds * 1000L;
                _lightSleepStartMilliseconds = -1;
                return _decision;
            }

            long sleep = _plan.SleepMicroseconds;
            _decision.SleepMicroseconds = sleep < SleepLimits.MinimumSleepMicroseconds ? SleepLimits.MinimumSleepMicroseconds : sleep;
            if (_plan.Kind == SleepKind.Light)
            {
                _decision.Kind = NodeSleepKind.Light;
                _lightSleepStartMilliseconds = now;
            }
            else
            {
                _decision.Kind = NodeSleepKind.Deep;
                _lightSleepStartMilliseconds = -1;
            }

            return _decision;
        }

        [HotPath]
        private StoreStatus Persist()
        {
            // The flash write about to happen is booked before the ledger is written into the record.
            int reservations = _macStore.ReservationWrites - _reservationsBooked;
            _reservationsBooked = _macStore.ReservationWrites;
            _flashWrites = 1 + reservations;
            _ledger.BookFlashWrites(_flashWrites);
            byte[] runtime = _state.RuntimeState;
            runtime[0] = RuntimeRecordVersion;
            BookSensorsUntil(_sleep.RtcMilliseconds);
            runtime[FlagsOffset] = (byte)((_statusOwed ? FlagStatusOwed : 0) | (_remoteReboot ? FlagRemoteReboot : 0) | (_sensorWarmingUp ? FlagSensorWarmingUp : 0));
            runtime[ResetCauseOffset] = (byte)_statusResetCause;
            LittleEndian.WriteUInt64(runtime, MacActivityOffset, (ulong)_macActivityMilliseconds);
            LittleEndian.WriteUInt64(runtime, LastUplinkOffset, (ulong)_lastUplinkMilliseconds);
            LittleEndian.WriteUInt64(runtime, SensorSinceOffset, (ulong)_sensorSinceMilliseconds);
            LittleEndian.WriteUInt32(runtime, SensorMicroampsOffset, (uint)_sensorMicroamps);
            _remote.WriteState(runtime, RemoteStateOffset);
            _ledger.Write(runtime, LedgerOffset);
            _state.RuntimeStateLength = RuntimeRecordLength;
            _state.ScheduleStateLength = _planner.Write(_state.ScheduleState, 0);
            try
            {
                _state.ApplicationStateLength = _application.WriteState(_state.ApplicationState, 0);
            }
            catch (Exception exception)
            {
                _lastException = exception;
                _faults |= WakeFaults.MeasureFailed;
            }

            return _state.Save();
        }
    }
}
