// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.Runtime.Energy;

namespace SmartCityNodes.Runtime.Planning
{
    /// <summary>
    /// The duty-cycled scheduler of one node. Every wake: <see cref="BeginWake"/> with why it woke, run the steps
    /// <see cref="IsDue"/> names (each between <see cref="BeginStep"/> and <see cref="CompleteStep"/>, under the
    /// watchdog), then <see cref="PlanNextWake"/> picks when and how to sleep, and <see cref="Write"/> persists the
    /// plan (every deep-sleep wake is a reboot). Time is node time: the RTC in ms, which runs through sleep.
    /// <para>
    /// Rules (docs/runtime-energy.md): tasks due within <see cref="PlannerSettings.CoalesceWindowMilliseconds"/> of a wake run in
    /// it; radio tasks never run before the MAC's not-before time, so the duty cycle is never exceeded; the sleep is
    /// deep when the interval is past the board's break-even (or light sleep is not allowed), light otherwise; a hung
    /// step is cut by the watchdog within its bound plus margin, and the next wake isolates and backs off the culprit;
    /// event storms are held by two token buckets (pin wakes and event reports) with the pin masked while the wake
    /// bucket is dry, and end after a quiet period with one state report. Allocation-free after construction.
    /// </para>
    /// </summary>
    [HotPath]
    public sealed class WakePlanner
    {
        /// <summary>Bytes of the persisted record.</summary>
        public const int RecordLength = 4 + (PlannerSettings.TaskCount * TaskRecordLength) + 76;

        /// <summary>Record magic "WP" little-endian.</summary>
        public const ushort RecordMagic = 0x5057;

        /// <summary>Record layout version.</summary>
        public const byte RecordVersion = 1;

        /// <summary>Deadline of a task that is not scheduled.</summary>
        public const long NotScheduled = long.MaxValue;

        private const int TaskRecordLength = 14;
        private const int MaxStrikes = 16;
        private const byte SuspectFlag = 1;

        private readonly PlannerSettings _settings;
        private readonly BoardEnergyProfile _profile;
        private readonly EnergyLedger _ledger;
        private readonly IWatchdog _watchdog;
        private readonly long[] _deadlineMilliseconds = new long[PlannerSettings.TaskCount];
        private readonly int[] _periodMilliseconds = new int[PlannerSettings.TaskCount];
        private readonly int[] _strikes = new int[PlannerSettings.TaskCount];
        private readonly bool[] _suspect = new bool[PlannerSettings.TaskCount];
        private int _dueMask;
        private long _nowMilliseconds;
        private long _savedAtMilliseconds;
        private long _plannedWakeMilliseconds;
        private long _notBeforeMilliseconds;
        private int _isolatedTask = -1;
        private long _reportTokensMilli;
        private long _wakeTokensMilli;
        private long _tokensUpdatedMilliseconds;
        private long _pinMaskedUntilMilliseconds;
        private long _stormMaskMilliseconds;
        private long _lastEventMilliseconds = long.MinValue / 2;
        private bool _stormActive;
        private int _coalescedEvents;
        private int _watchdogResets;
        private int _brownouts;
        private int _overruns;

        /// <summary>Creates a planner with nothing scheduled and full token buckets.</summary>
        /// <param name="settings">Policy.</param>
        /// <param name="ledger">Energy ledger (its profile gives the break-even and its stretch the budget's verdict).</param>
        /// <param name="watchdog">Armed around each step; may be null on a host without one.</param>
        public WakePlanner(PlannerSettings settings, EnergyLedger ledger, IWatchdog watchdog)
        {
            if (settings == null || ledger == null)
            {
                throw new ArgumentNullException();
            }

            _settings = settings;
            _ledger = ledger;
            _profile = ledger.Profile;
            _watchdog = watchdog;
            for (int i = 0; i < PlannerSettings.TaskCount; i++)
            {
                _deadlineMilliseconds[i] = NotScheduled;
            }

            _reportTokensMilli = settings.EventReportBurst * 1000L;
            _wakeTokensMilli = settings.EventWakeBurst * 1000L;
            _stormMaskMilliseconds = settings.StormMaskInitialMilliseconds;
        }

        /// <summary>Node time given to the last <see cref="BeginWake"/> or <see cref="CompleteStep"/>.</summary>
        public long NowMilliseconds
        {
            get { return _nowMilliseconds; }
        }

        /// <summary>
        /// Node time at which the restored record was written (just before the last sleep): after a deep-sleep boot the
        /// caller books the sleep as RTC now − this − boot time, before <see cref="BeginWake"/>.
        /// </summary>
        public long SavedAtMilliseconds
        {
            get { return _savedAtMilliseconds; }
        }

        /// <summary>Bit mask of the tasks due in this wake (bit n = <see cref="WakeTask"/> n).</summary>
        public int DueMask
        {
            get { return _dueMask; }
        }

        /// <summary>The MAC's "not before" time for radio tasks (node ms).</summary>
        public long NotBeforeMilliseconds
        {
            get { return _notBeforeMilliseconds; }
        }

        /// <summary>True while an event storm is being held (pin masked or events coalesced, not yet quiet).</summary>
        public bool StormActive
        {
            get { return _stormActive; }
        }

        /// <summary>Node time until which the event pin does not wake the node.</summary>
        public long PinMaskedUntilMilliseconds
        {
            get { return _pinMaskedUntilMilliseconds; }
        }

        /// <summary>Events folded into the next essential report since the last report that carried them.</summary>
        public int CoalescedEventCount
        {
            get { return _coalescedEvents; }
        }

        /// <summary>Watchdog resets seen, including unexplained resets during a planned wake (for the status uplink).</summary>
        public int WatchdogResets
        {
            get { return _watchdogResets; }
        }

        /// <summary>Brown-out resets seen (for the status uplink).</summary>
        public int Brownouts
        {
            get { return _brownouts; }
        }

        /// <summary>Steps that ran past their bound without being cut.</summary>
        public int Overruns
        {
            get { return _overruns; }
        }

        /// <summary>Task that the coming wake runs alone to find which step hangs, or −1.</summary>
        public int IsolatedTask
        {
            get { return _isolatedTask; }
        }

        /// <summary>A task's deadline in node ms (<see cref="NotScheduled"/> when none).</summary>
        /// <param name="task">Task.</param>
        public long DeadlineMilliseconds(WakeTask task)
        {
            return _deadlineMilliseconds[(int)task];
        }

        /// <summary>A task's period in ms (0 for one-shot tasks).</summary>
        /// <param name="task">Task.</param>
        public int PeriodMilliseconds(WakeTask task)
        {
            return _periodMilliseconds[(int)task];
        }

        /// <summary>Faults counted against a task since it last succeeded.</summary>
        /// <param name="task">Task.</param>
        public int Strikes(WakeTask task)
        {
            return _strikes[(int)task];
        }

        /// <summary>True when a task is suspected of hanging and waits to be run alone.</summary>
        /// <param name="task">Task.</param>
        public bool IsSuspect(WakeTask task)
        {
            return _suspect[(int)task];
        }

        /// <summary>True when the task runs in this wake.</summary>
        /// <param name="task">Task.</param>
        public bool IsDue(WakeTask task)
        {
            return (_dueMask & (1 << (int)task)) != 0;
        }

        /// <summary>Makes a task periodic with its first deadline (start-up configuration, or remote config changing a period).</summary>
        /// <param name="task">Task.</param>
        /// <param name="periodMilliseconds">Period, 1 s or more.</param>
        /// <param name="firstDeadlineMilliseconds">First deadline, node ms.</param>
        public void SetPeriodic(WakeTask task, int periodMilliseconds, long firstDeadlineMilliseconds)
        {
            if (periodMilliseconds < 1000)
            {
                throw new ArgumentOutOfRangeException();
            }

            _periodMilliseconds[(int)task] = periodMilliseconds;
            _deadlineMilliseconds[(int)task] = firstDeadlineMilliseconds;
        }

        /// <summary>Schedules a task once at <paramref name="atMilliseconds"/> (join, retransmission, remote config); an earlier deadline wins.</summary>
        /// <param name="task">Task.</param>
        /// <param name="atMilliseconds">Node ms.</param>
        public void ScheduleOnce(WakeTask task, long atMilliseconds)
        {
            int index = (int)task;
            if (atMilliseconds < _deadlineMilliseconds[index])
            {
                _deadlineMilliseconds[index] = atMilliseconds;
            }
        }

        /// <summary>Removes a task's deadline and period.</summary>
        /// <param name="task">Task.</param>
        public void Cancel(WakeTask task)
        {
            _deadlineMilliseconds[(int)task] = NotScheduled;
            _periodMilliseconds[(int)task] = 0;
            _dueMask &= ~(1 << (int)task);
        }

        /// <summary>
        /// Records the MAC's "not before T" (MacTransactionResult.NotBeforeMilliseconds or the ledger's next permitted time, in node
        /// time); a time after now also takes the radio tasks out of this wake's due set.
        /// </summary>
        /// <param name="notBeforeMilliseconds">Node ms before which no radio task may run.</param>
        public void SetNotBefore(long notBeforeMilliseconds)
        {
            _notBeforeMilliseconds = notBeforeMilliseconds;
            if (notBeforeMilliseconds > _nowMilliseconds)
            {
                // Radio tasks due in this wake wait for a later one (after the uplink just sent, the off-time holds them).
                for (int i = 0; i < PlannerSettings.TaskCount; i++)
                {
                    if (IsRadioTask(i))
                    {
                        _dueMask &= ~(1 << i);
                    }
                }
            }
        }

        /// <summary>
        /// Starts a wake: books nothing (the caller books the boot), handles the wake cause (faults, pin events), and
        /// works out which tasks are due. Returns how many are due.
        /// </summary>
        /// <param name="cause">From ISleepController.WakeCause.</param>
        /// <param name="nowMilliseconds">Node time (RTC ms).</param>
        public int BeginWake(WakeCause cause, long nowMilliseconds)
        {
            bool rtcRestarted = nowMilliseconds < _savedAtMilliseconds;
            if (rtcRestarted)
            {
                // The RTC restarted (power lost): deadlines keep their distance from the last save, counted from now.
                long shift = nowMilliseconds - _savedAtMilliseconds;
                for (int i = 0; i < PlannerSettings.TaskCount; i++)
                {
                    if (_deadlineMilliseconds[i] != NotScheduled)
                    {
                        _deadlineMilliseconds[i] += shift;
                    }
                }

                _plannedWakeMilliseconds += shift;
                _notBeforeMilliseconds = _notBeforeMilliseconds > _savedAtMilliseconds ? nowMilliseconds + (_notBeforeMilliseconds - _savedAtMilliseconds) : nowMilliseconds;
                _tokensUpdatedMilliseconds = nowMilliseconds;
                _pinMaskedUntilMilliseconds = _pinMaskedUntilMilliseconds > _savedAtMilliseconds ? nowMilliseconds + (_pinMaskedUntilMilliseconds - _savedAtMilliseconds) : nowMilliseconds;
                _lastEventMilliseconds += shift;
            }

            _nowMilliseconds = nowMilliseconds;
            _savedAtMilliseconds = nowMilliseconds;
            RefillTokens(nowMilliseconds);

            // nanoFramework exposes no reset reason (the adapter passes none, so the cause is Unknown): a boot that is
            // not a sleep wake, on a running RTC, after the planned wake had started, is the watchdog (or a panic) cutting it.
            bool unexplainedReset = (cause == WakeCause.Unknown || cause == WakeCause.SoftwareReset) && !rtcRestarted
                && _plannedWakeMilliseconds > 0 && nowMilliseconds >= _plannedWakeMilliseconds;
            if (cause == WakeCause.Watchdog || unexplainedReset)
            {
                _watchdogResets++;
                OnHangDetected();
            }
            else if (cause == WakeCause.Brownout)
            {
                _brownouts++;
            }
            else if (cause == WakeCause.Pin)
            {
                OnPinWake(nowMilliseconds);
            }

            EndStormIfQuiet(nowMilliseconds);
            ComputeDue(nowMilliseconds);
            int count = 0;
            for (int i = 0; i < PlannerSettings.TaskCount; i++)
            {
                if ((_dueMask & (1 << i)) != 0)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>
        /// An application event (tilt, magnet, threshold) seen in this wake: with a free report token
        /// <see cref="WakeTask.Report"/> becomes due now; without, the event is coalesced into the next essential report.
        /// </summary>
        /// <param name="nowMilliseconds">Node time.</param>
        public EventDecision ReportEvent(long nowMilliseconds)
        {
            _nowMilliseconds = nowMilliseconds;
            RefillTokens(nowMilliseconds);
            _lastEventMilliseconds = nowMilliseconds;
            if (_reportTokensMilli >= 1000)
            {
                _reportTokensMilli -= 1000;
                _deadlineMilliseconds[(int)WakeTask.Report] = nowMilliseconds;
                if (NotBeforeAllows(nowMilliseconds))
                {
                    _dueMask |= 1 << (int)WakeTask.Report;
                }

                return EventDecision.ReportNow;
            }

            _coalescedEvents++;
            _stormActive = true;
            return EventDecision.Coalesced;
        }

        /// <summary>The watchdog bound for a task's step: step bound plus margin, ms.</summary>
        /// <param name="task">Task.</param>
        public int WatchdogBoundMilliseconds(WakeTask task)
        {
            return _settings.StepBoundMilliseconds[(int)task] + _settings.WatchdogMarginMilliseconds;
        }

        /// <summary>Starts a step: arms the watchdog with its bound and returns the step's deadline (node ms) for the step's own waits.</summary>
        /// <param name="task">Task.</param>
        /// <param name="nowMilliseconds">Node time.</param>
        public long BeginStep(WakeTask task, long nowMilliseconds)
        {
            _nowMilliseconds = nowMilliseconds;
            if (_watchdog != null)
            {
                _watchdog.Arm(WatchdogBoundMilliseconds(task));
            }

            return nowMilliseconds + _settings.StepBoundMilliseconds[(int)task];
        }

        /// <summary>Ends a step: disarms the watchdog and reschedules the task from its outcome.</summary>
        /// <param name="task">Task.</param>
        /// <param name="outcome">How it ended.</param>
        /// <param name="nowMilliseconds">Node time.</param>
        public void CompleteStep(WakeTask task, TaskOutcome outcome, long nowMilliseconds)
        {
            if (_watchdog != null)
            {
                _watchdog.Disarm();
            }

            _nowMilliseconds = nowMilliseconds;
            int index = (int)task;
            _dueMask &= ~(1 << index);
            if (_isolatedTask == index)
            {
                _isolatedTask = -1;
            }

            switch (outcome)
            {
                case TaskOutcome.Deferred:
                    return; // stays scheduled; the not-before moves it

                case TaskOutcome.Failed:
                    Strike(index, nowMilliseconds);
                    return;

                case TaskOutcome.Overran:
                    _overruns++;
                    _strikes[index] = _strikes[index] < MaxStrikes ? _strikes[index] + 1 : MaxStrikes;
                    _suspect[index] = false;
                    Advance(index, nowMilliseconds);
                    return;

                default:
                    _strikes[index] = 0;
                    _suspect[index] = false;
                    if (index == (int)WakeTask.Report || index == (int)WakeTask.Heartbeat)
                    {
                        _coalescedEvents = 0; // the report carried them
                    }

                    Advance(index, nowMilliseconds);
                    return;
            }
        }

        /// <summary>
        /// Sleep light before the next wake whatever the break-even (set per wake from INodeApplication.NeedsLightSleep: a
        /// switched sensor rail that a deep sleep would cut). Ignored when light sleep is not allowed.
        /// </summary>
        public bool HoldLightSleep { get; set; }

        /// <summary>
        /// Plans the coming interval: the earliest effective deadline (radio tasks not before the MAC's time), deep or
        /// light sleep by the board's break-even and permissions, and the event pin unless masked by a storm.
        /// </summary>
        /// <param name="nowMilliseconds">Node time.</param>
        /// <param name="plan">Filled in place.</param>
        public void PlanNextWake(long nowMilliseconds, WakePlan plan)
        {
            _nowMilliseconds = nowMilliseconds;
            if (_isolatedTask < 0)
            {
                for (int i = 0; i < PlannerSettings.TaskCount; i++)
                {
                    if (_suspect[i] && _deadlineMilliseconds[i] != NotScheduled)
                    {
                        _isolatedTask = i; // the next wake runs this suspect alone
                        break;
                    }
                }
            }

            long earliest = NotScheduled;
            int first = 0;
            for (int i = 0; i < PlannerSettings.TaskCount; i++)
            {
                if (_suspect[i] && i != _isolatedTask)
                {
                    continue; // waits for its own isolated wake
                }

                long effective = EffectiveDeadline(i);
                if (i == _isolatedTask && effective <= nowMilliseconds)
                {
                    effective = nowMilliseconds + _settings.CoalesceWindowMilliseconds; // its own wake, one window on
                }

                if (effective < earliest)
                {
                    earliest = effective;
                    first = i;
                }
            }

            plan.FirstTask = (WakeTask)first;
            plan.WakePin = _settings.EventPin != SleepLimits.NoPin && nowMilliseconds >= _pinMaskedUntilMilliseconds ? _settings.EventPin : SleepLimits.NoPin;
            plan.WakeLevelHigh = _settings.EventPinLevelHigh;
            if (earliest == NotScheduled)
            {
                earliest = nowMilliseconds + _settings.FaultBackoffMaxMilliseconds; // nothing scheduled: look again in 6 h
            }

            plan.WakeAtMilliseconds = earliest;
            long intervalMilliseconds = earliest - nowMilliseconds;
            if (intervalMilliseconds * 1000 < SleepLimits.MinimumSleepMicroseconds)
            {
                plan.Kind = SleepKind.None;
                plan.SleepMicroseconds = 0;
                plan.DeepCostNanoampHours = 0;
                plan.LightCostNanoampHours = 0;
                _plannedWakeMilliseconds = nowMilliseconds;
                return;
            }

            plan.DeepCostNanoampHours = DeepSleepCost(intervalMilliseconds);
            plan.LightCostNanoampHours = LightSleepCost(intervalMilliseconds);
            bool lightAllowed = _profile.LightSleepBetweenWakesAllowed && !_settings.ForceDeepSleep;
            if (lightAllowed && (HoldLightSleep || plan.LightCostNanoampHours < plan.DeepCostNanoampHours))
            {
                plan.Kind = SleepKind.Light;
                long sleep = (intervalMilliseconds * 1000) - _profile.LightSleepExitMicroseconds;
                plan.SleepMicroseconds = sleep < SleepLimits.MinimumSleepMicroseconds ? SleepLimits.MinimumSleepMicroseconds : sleep;
            }
            else
            {
                plan.Kind = SleepKind.Deep;

                // Wake early by the boot time, so Main runs at the deadline.
                long sleep = (intervalMilliseconds * 1000) - _profile.BootMicroseconds;
                plan.SleepMicroseconds = sleep < SleepLimits.MinimumSleepMicroseconds ? SleepLimits.MinimumSleepMicroseconds : sleep;
            }

            _plannedWakeMilliseconds = earliest;
        }

        /// <summary>Charge of sleeping <paramref name="intervalMilliseconds"/> in deep sleep (boot included), nAh.</summary>
        /// <param name="intervalMilliseconds">Interval.</param>
        public long DeepSleepCost(long intervalMilliseconds)
        {
            return _profile.BootChargeNanoampHours + EnergyUnits.ChargeNanoampHours(_profile.DeepSleepFloorNanoamps, intervalMilliseconds * 1000);
        }

        /// <summary>Charge of sleeping <paramref name="intervalMilliseconds"/> in light sleep, nAh.</summary>
        /// <param name="intervalMilliseconds">Interval.</param>
        public long LightSleepCost(long intervalMilliseconds)
        {
            return EnergyUnits.ChargeNanoampHours(_profile.LightSleepFloorNanoamps, intervalMilliseconds * 1000);
        }

        /// <summary>Writes the plan record (<see cref="RecordLength"/> bytes, CRC-32) and returns its length.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        public int Write(byte[] buffer, int offset)
        {
            RuntimeRecord.WriteHeader(buffer, offset, RecordLength, RecordMagic, RecordVersion, PlannerSettings.TaskCount);
            int at = offset + 4;
            for (int i = 0; i < PlannerSettings.TaskCount; i++)
            {
                LittleEndian.WriteUInt64(buffer, at, (ulong)_deadlineMilliseconds[i]);
                LittleEndian.WriteUInt32(buffer, at + 8, (uint)_periodMilliseconds[i]);
                buffer[at + 12] = (byte)_strikes[i];
                buffer[at + 13] = _suspect[i] ? SuspectFlag : (byte)0;
                at += TaskRecordLength;
            }

            LittleEndian.WriteUInt64(buffer, at, (ulong)_nowMilliseconds);
            LittleEndian.WriteUInt64(buffer, at + 8, (ulong)_plannedWakeMilliseconds);
            LittleEndian.WriteUInt64(buffer, at + 16, (ulong)_notBeforeMilliseconds);
            LittleEndian.WriteUInt64(buffer, at + 24, (ulong)_tokensUpdatedMilliseconds);
            LittleEndian.WriteUInt64(buffer, at + 32, (ulong)_pinMaskedUntilMilliseconds);
            LittleEndian.WriteUInt64(buffer, at + 40, (ulong)_lastEventMilliseconds);
            LittleEndian.WriteUInt32(buffer, at + 48, (uint)_reportTokensMilli);
            LittleEndian.WriteUInt32(buffer, at + 52, (uint)_wakeTokensMilli);
            LittleEndian.WriteUInt32(buffer, at + 56, (uint)_stormMaskMilliseconds);
            LittleEndian.WriteUInt16(buffer, at + 60, (ushort)Clamp16(_coalescedEvents));
            LittleEndian.WriteUInt16(buffer, at + 62, (ushort)Clamp16(_watchdogResets));
            LittleEndian.WriteUInt16(buffer, at + 64, (ushort)Clamp16(_brownouts));
            LittleEndian.WriteUInt16(buffer, at + 66, (ushort)Clamp16(_overruns));
            buffer[at + 68] = (byte)(sbyte)_isolatedTask;
            buffer[at + 69] = _stormActive ? (byte)1 : (byte)0;
            buffer[at + 70] = 0;
            buffer[at + 71] = 0;
            return RuntimeRecord.Seal(buffer, offset, RecordLength);
        }

        /// <summary>Reads a record written by <see cref="Write"/>; checked whole first, so anything but Ok changes nothing.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Bytes available.</param>
        public RuntimeRecordStatus Read(byte[] buffer, int offset, int count)
        {
            RuntimeRecordStatus status = RuntimeRecord.Check(buffer, offset, count, RecordLength, RecordMagic, RecordVersion, PlannerSettings.TaskCount);
            if (status != RuntimeRecordStatus.Ok)
            {
                return status;
            }

            int tail = offset + 4 + (PlannerSettings.TaskCount * TaskRecordLength);
            int isolated = (sbyte)buffer[tail + 68];
            if (isolated < -1 || isolated >= PlannerSettings.TaskCount)
            {
                return RuntimeRecordStatus.FieldOutOfRange;
            }

            for (int i = 0, at = offset + 4; i < PlannerSettings.TaskCount; i++, at += TaskRecordLength)
            {
                int period = (int)LittleEndian.ReadUInt32(buffer, at + 8);
                if (period < 0 || buffer[at + 12] > MaxStrikes || buffer[at + 13] > SuspectFlag)
                {
                    return RuntimeRecordStatus.FieldOutOfRange;
                }
            }

            for (int i = 0, at = offset + 4; i < PlannerSettings.TaskCount; i++, at += TaskRecordLength)
            {
                _deadlineMilliseconds[i] = (long)LittleEndian.ReadUInt64(buffer, at);
                _periodMilliseconds[i] = (int)LittleEndian.ReadUInt32(buffer, at + 8);
                _strikes[i] = buffer[at + 12];
                _suspect[i] = buffer[at + 13] == SuspectFlag;
            }

            _savedAtMilliseconds = (long)LittleEndian.ReadUInt64(buffer, tail);
            _nowMilliseconds = _savedAtMilliseconds;
            _plannedWakeMilliseconds = (long)LittleEndian.ReadUInt64(buffer, tail + 8);
            _notBeforeMilliseconds = (long)LittleEndian.ReadUInt64(buffer, tail + 16);
            _tokensUpdatedMilliseconds = (long)LittleEndian.ReadUInt64(buffer, tail + 24);
            _pinMaskedUntilMilliseconds = (long)LittleEndian.ReadUInt64(buffer, tail + 32);
            _lastEventMilliseconds = (long)LittleEndian.ReadUInt64(buffer, tail + 40);
            _reportTokensMilli = LittleEndian.ReadUInt32(buffer, tail + 48);
            _wakeTokensMilli = LittleEndian.ReadUInt32(buffer, tail + 52);
            _stormMaskMilliseconds = LittleEndian.ReadUInt32(buffer, tail + 56);
            _coalescedEvents = LittleEndian.ReadUInt16(buffer, tail + 60);
            _watchdogResets = LittleEndian.ReadUInt16(buffer, tail + 62);
            _brownouts = LittleEndian.ReadUInt16(buffer, tail + 64);
            _overruns = LittleEndian.ReadUInt16(buffer, tail + 66);
            _isolatedTask = isolated;
            _stormActive = buffer[tail + 69] == 1;
            _dueMask = 0;
            return RuntimeRecordStatus.Ok;
        }

        private static bool IsRadioTask(int index)
        {
            // ApplyRemoteConfig sends the owed status message and the remote-config acknowledgement: radio work too.
            return index == (int)WakeTask.Report || index == (int)WakeTask.Heartbeat || index == (int)WakeTask.Join || index == (int)WakeTask.Retransmit
                || index == (int)WakeTask.ApplyRemoteConfig;
        }

        private static int Clamp16(int value)
        {
            return value > 0xFFFF ? 0xFFFF : (value < 0 ? 0 : value);
        }

        private bool NotBeforeAllows(long nowMilliseconds)
        {
            return _notBeforeMilliseconds <= nowMilliseconds;
        }

        private long EffectiveDeadline(int index)
        {
            long deadline = _deadlineMilliseconds[index];
            if (deadline != NotScheduled && IsRadioTask(index) && deadline < _notBeforeMilliseconds)
            {
                return _notBeforeMilliseconds;
            }

            return deadline;
        }

        private void ComputeDue(long nowMilliseconds)
        {
            _dueMask = 0;
            long horizon = nowMilliseconds + _settings.CoalesceWindowMilliseconds;
            if (_isolatedTask >= 0)
            {
                int index = _isolatedTask;
                if (_deadlineMilliseconds[index] <= horizon && (!IsRadioTask(index) || NotBeforeAllows(nowMilliseconds)))
                {
                    _dueMask = 1 << index;
                    return; // a suspect runs alone; the others wait for the next wake
                }

                // The suspect cannot run now (the MAC holds it): the healthy tasks run as usual meanwhile.
            }

            for (int i = 0; i < PlannerSettings.TaskCount; i++)
            {
                if (_suspect[i] || _deadlineMilliseconds[i] > horizon)
                {
                    continue;
                }

                if (IsRadioTask(i) && !NotBeforeAllows(nowMilliseconds))
                {
                    continue; // the duty cycle holds it: never transmit before the MAC's time
                }

                _dueMask |= 1 << i;
            }
        }

        private void Advance(int index, long nowMilliseconds)
        {
            int period = _periodMilliseconds[index];
            if (period == 0)
            {
                _deadlineMilliseconds[index] = NotScheduled;
                return;
            }

            // Measurements and reports stretch with the budget; the heartbeat is essential and keeps its period.
            long stretched = index == (int)WakeTask.Heartbeat ? period : (long)period * _ledger.StretchFactor;
            long next = _deadlineMilliseconds[index] == NotScheduled ? nowMilliseconds : _deadlineMilliseconds[index];
            next += stretched;
            if (next <= nowMilliseconds)
            {
                // Missed whole periods (storm, long fault): skip them instead of running them back to back.
                long behind = nowMilliseconds - next;
                next += ((behind / stretched) + 1) * stretched;
            }

            _deadlineMilliseconds[index] = next;
        }

        private void Strike(int index, long nowMilliseconds)
        {
            int strikes = _strikes[index] < MaxStrikes ? _strikes[index] + 1 : MaxStrikes;
            _strikes[index] = strikes;
            _suspect[index] = false;
            long backoff = _settings.FaultBackoffBaseMilliseconds;
            for (int i = 1; i < strikes && backoff < _settings.FaultBackoffMaxMilliseconds; i++)
            {
                backoff *= 2;
            }

            if (backoff > _settings.FaultBackoffMaxMilliseconds)
            {
                backoff = _settings.FaultBackoffMaxMilliseconds;
            }

            _deadlineMilliseconds[index] = nowMilliseconds + backoff;
        }

        private void OnHangDetected()
        {
            if (_isolatedTask >= 0)
            {
                // The wake ran this task alone and the watchdog cut it: it is the culprit.
                Strike(_isolatedTask, _nowMilliseconds);
                _isolatedTask = -1;
                return;
            }

            // The tasks the interrupted wake was to run are suspects; each will run alone until it completes once.
            long horizon = _plannedWakeMilliseconds + _settings.CoalesceWindowMilliseconds;
            for (int i = 0; i < PlannerSettings.TaskCount; i++)
            {
                if (_deadlineMilliseconds[i] != NotScheduled && _deadlineMilliseconds[i] <= horizon)
                {
                    _suspect[i] = true;
                }
            }
        }

        private void OnPinWake(long nowMilliseconds)
        {
            _lastEventMilliseconds = nowMilliseconds;
            if (_wakeTokensMilli >= 1000)
            {
                _wakeTokensMilli -= 1000;
                return;
            }

            // The wake bucket is dry: every further pin wake costs a boot. Mask the pin, double the next mask.
            _stormActive = true;
            _pinMaskedUntilMilliseconds = nowMilliseconds + _stormMaskMilliseconds;
            _stormMaskMilliseconds = _stormMaskMilliseconds * 2 > _settings.StormMaskMaxMilliseconds ? _settings.StormMaskMaxMilliseconds : _stormMaskMilliseconds * 2;
        }

        private void EndStormIfQuiet(long nowMilliseconds)
        {
            if (!_stormActive || nowMilliseconds < _pinMaskedUntilMilliseconds || nowMilliseconds - _lastEventMilliseconds < _settings.StormQuietMilliseconds)
            {
                return;
            }

            _stormActive = false;
            _stormMaskMilliseconds = _settings.StormMaskInitialMilliseconds;
            if (_coalescedEvents > 0)
            {
                // Essential: the state after the storm goes out once, with the count of what was folded.
                _deadlineMilliseconds[(int)WakeTask.Report] = nowMilliseconds;
            }
        }

        private void RefillTokens(long nowMilliseconds)
        {
            long elapsed = nowMilliseconds - _tokensUpdatedMilliseconds;
            if (elapsed <= 0)
            {
                return;
            }

            _tokensUpdatedMilliseconds = nowMilliseconds;
            _reportTokensMilli = Refill(_reportTokensMilli, _settings.EventReportsPerHourMilli, _settings.EventReportBurst, elapsed);
            _wakeTokensMilli = Refill(_wakeTokensMilli, _settings.EventWakesPerHourMilli, _settings.EventWakeBurst, elapsed);
        }

        private static long Refill(long tokensMilli, int perHourMilli, int burst, long elapsedMilliseconds)
        {
            long cap = burst * 1000L;
            if (elapsedMilliseconds >= 3600L * 1000 * 1000)
            {
                return cap; // over 1000 h: full whatever the rate
            }

            long added = perHourMilli * elapsedMilliseconds / (3600L * 1000);
            long tokens = tokensMilli + added;
            return tokens > cap ? cap : tokens;
        }
    }
}
