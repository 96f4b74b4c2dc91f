// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Runtime.Energy
{
    /// <summary>
    /// Coulomb counting per phase from the board profile and the durations actually spent: charge in nAh, exact (the
    /// sub-nAh remainder of every phase is carried, not rounded away). Every wake is a reboot, so the totals and the
    /// budget state travel in a 176-byte record (<see cref="Write"/>/<see cref="Read"/>, CRC-32 checked, read whole
    /// before anything changes). Allocation-free after construction.
    /// </summary>
    [HotPath]
    public sealed class EnergyLedger
    {
        /// <summary>Phases in <see cref="EnergyPhase"/>.</summary>
        public const int PhaseCount = 11;

        /// <summary>Bytes of the persisted record.</summary>
        public const int RecordLength = 176;

        /// <summary>Record magic "EL" little-endian.</summary>
        public const ushort RecordMagic = 0x4C45;

        /// <summary>Record layout version.</summary>
        public const byte RecordVersion = 2;

        private const int TotalsOffset = 4;
        private const int RemaindersOffset = TotalsOffset + (PhaseCount * 8);
        private const int InstalledAtOffset = RemaindersOffset + (PhaseCount * 4);
        private const int DayStartOffset = InstalledAtOffset + 8;
        private const int DayStartTotalOffset = DayStartOffset + 8;
        private const int BankOffset = DayStartTotalOffset + 8;
        private const int StretchOffset = BankOffset + 8;
        private const int CrcOffset = RecordLength - 4;

        private readonly BoardEnergyProfile _profile;
        private readonly long[] _totalsNanoampHours = new long[PhaseCount];
        private readonly long[] _remaindersNanoampMicroseconds = new long[PhaseCount];
        private long _wakeStartTotalNanoampHours;
        private long _lastRadioTransmitMicroseconds;
        private long _lastRadioReceiveMicroseconds;

        /// <summary>Creates an empty ledger for a board.</summary>
        /// <param name="profile">The board's currents and durations (validated here).</param>
        public EnergyLedger(BoardEnergyProfile profile)
        {
            if (profile == null)
            {
                throw new ArgumentNullException();
            }

            profile.Validate();
            _profile = profile;
        }

        /// <summary>The board profile the ledger prices phases with.</summary>
        public BoardEnergyProfile Profile
        {
            get { return _profile; }
        }

        /// <summary>Node time (RTC ms) when the battery was installed (counting starts).</summary>
        public long InstalledAtMilliseconds { get; set; }

        /// <summary>Node time (RTC ms) when the current budget day began.</summary>
        public long DayStartMilliseconds { get; set; }

        /// <summary><see cref="TotalNanoampHours"/> at <see cref="DayStartMilliseconds"/>.</summary>
        public long DayStartTotalNanoampHours { get; set; }

        /// <summary>Budget banked from thrifty days (negative: overspent and to be repaid), nAh; kept by <see cref="EnergyBudget"/>.</summary>
        public long BankNanoampHours { get; set; }

        /// <summary>Interval stretch the budget currently imposes (1, 2, 4 or 8); kept by <see cref="EnergyBudget"/>.</summary>
        public int StretchFactor { get; set; } = 1;

        /// <summary>Charge drawn since installation, nAh (all phases).</summary>
        public long TotalNanoampHours
        {
            get
            {
                long total = 0;
                for (int i = 0; i < PhaseCount; i++)
                {
                    total += _totalsNanoampHours[i];
                }

                return total;
            }
        }

        /// <summary>Charge drawn since <see cref="BeginWake"/>, nAh.</summary>
        public long WakeNanoampHours
        {
            get { return TotalNanoampHours - _wakeStartTotalNanoampHours; }
        }

        /// <summary>Charge drawn in one phase since installation, nAh.</summary>
        /// <param name="phase">Phase.</param>
        public long PhaseNanoampHours(EnergyPhase phase)
        {
            return _totalsNanoampHours[(int)phase];
        }

        /// <summary>Starts a clean installation at node time <paramref name="nowMilliseconds"/>: every total and the budget state to zero.</summary>
        /// <param name="nowMilliseconds">Node time.</param>
        public void Reset(long nowMilliseconds)
        {
            for (int i = 0; i < PhaseCount; i++)
            {
                _totalsNanoampHours[i] = 0;
                _remaindersNanoampMicroseconds[i] = 0;
            }

            InstalledAtMilliseconds = nowMilliseconds;
            DayStartMilliseconds = nowMilliseconds;
            DayStartTotalNanoampHours = 0;
            BankNanoampHours = 0;
            StretchFactor = 1;
            _wakeStartTotalNanoampHours = 0;
        }

        /// <summary>
        /// Marks the start of a wake (after <see cref="Read"/>): <see cref="WakeNanoampHours"/> counts from here and the
        /// radio's cumulative counters (which restart at every boot) are taken as the new base.
        /// </summary>
        /// <param name="radioTransmitMicroseconds">IRadio.TransmitTimeMicroseconds now.</param>
        /// <param name="radioReceiveMicroseconds">IRadio.ReceiveTimeMicroseconds now.</param>
        public void BeginWake(long radioTransmitMicroseconds, long radioReceiveMicroseconds)
        {
            _wakeStartTotalNanoampHours = TotalNanoampHours;
            _lastRadioTransmitMicroseconds = radioTransmitMicroseconds;
            _lastRadioReceiveMicroseconds = radioReceiveMicroseconds;
        }

        /// <summary>Books <paramref name="currentNanoamps"/> for <paramref name="durationMicroseconds"/> on a phase; non-positive input books nothing.</summary>
        /// <param name="phase">Phase.</param>
        /// <param name="currentNanoamps">Board current.</param>
        /// <param name="durationMicroseconds">Time spent.</param>
        public void Book(EnergyPhase phase, long currentNanoamps, long durationMicroseconds)
        {
            if (currentNanoamps <= 0 || durationMicroseconds <= 0)
            {
                return;
            }

            int index = (int)phase;
            long hours = durationMicroseconds / EnergyUnits.MicrosecondsPerHour;
            long rest = durationMicroseconds % EnergyUnits.MicrosecondsPerHour;
            long remainder = _remaindersNanoampMicroseconds[index] + (currentNanoamps * rest);
            _totalsNanoampHours[index] += (hours * currentNanoamps) + (remainder / EnergyUnits.MicrosecondsPerHour);
            _remaindersNanoampMicroseconds[index] = remainder % EnergyUnits.MicrosecondsPerHour;
        }

        /// <summary>Books one boot to managed Main (profile boot time and current plus the always-on parts).</summary>
        public void BookBoot()
        {
            Book(EnergyPhase.Boot, _profile.AlwaysOnNanoamps + (_profile.BootMicroamps * 1000L), _profile.BootMicroseconds);
        }

        /// <summary>Books CPU time running code on a phase (board awake-active current).</summary>
        /// <param name="phase">Phase (usually <see cref="EnergyPhase.Compute"/>).</param>
        /// <param name="durationMicroseconds">Time spent.</param>
        public void BookAwake(EnergyPhase phase, long durationMicroseconds)
        {
            Book(phase, _profile.AwakeActiveNanoamps, durationMicroseconds);
        }

        /// <summary>
        /// Books one sensor reading from the figures its driver states (drivers/Sensors SensorPowerProfile): warm-up at
        /// sensor current plus the CPU idle (or in light sleep), measurement at sensor current plus the CPU active.
        /// </summary>
        /// <param name="warmUpMilliseconds">SensorPowerProfile.WarmUpMilliseconds.</param>
        /// <param name="measurementMilliseconds">SensorPowerProfile.MeasurementMilliseconds.</param>
        /// <param name="sensorActiveMicroamps">SensorPowerProfile.ActiveCurrentMicroamperes.</param>
        /// <param name="warmUpInLightSleep">True when the CPU light-slept through the warm-up.</param>
        public void BookSensor(int warmUpMilliseconds, int measurementMilliseconds, int sensorActiveMicroamps, bool warmUpInLightSleep)
        {
            long cpuWaitingNanoamps = warmUpInLightSleep ? _profile.LightSleepFloorNanoamps : _profile.AwakeIdleNanoamps;
            Book(EnergyPhase.SensorWarmUp, cpuWaitingNanoamps + (sensorActiveMicroamps * 1000L), warmUpMilliseconds * 1000L);
            Book(EnergyPhase.Measurement, _profile.AwakeActiveNanoamps + (sensorActiveMicroamps * 1000L), measurementMilliseconds * 1000L);
        }

        /// <summary>
        /// Books the sensors' own current between two measurements (the sleep floor under it is booked by
        /// <see cref="BookSleep"/>): on <see cref="EnergyPhase.SensorWarmUp"/> while a sensor warms up (a particulate fan
        /// running through the MCU's sleep), else on <see cref="EnergyPhase.SensorIdle"/>.
        /// </summary>
        /// <param name="sensorMicroamps">Sensor supply current, µA.</param>
        /// <param name="warmingUp">True while a sensor warms up.</param>
        /// <param name="durationMicroseconds">Time at that current.</param>
        public void BookSensorBetweenMeasurements(int sensorMicroamps, bool warmingUp, long durationMicroseconds)
        {
            Book(warmingUp ? EnergyPhase.SensorWarmUp : EnergyPhase.SensorIdle, sensorMicroamps * 1000L, durationMicroseconds);
        }

        /// <summary>Books radio transmit time at a TX power (radio TX current plus the CPU awake polling the driver).</summary>
        /// <param name="powerDbm">Conducted TX power.</param>
        /// <param name="durationMicroseconds">Time on air actually spent.</param>
        public void BookTransmit(int powerDbm, long durationMicroseconds)
        {
            Book(EnergyPhase.Transmit, _profile.AwakeActiveNanoamps + (_profile.TransmitMicroamps(powerDbm) * 1000L), durationMicroseconds);
        }

        /// <summary>Books open receive windows (radio RX current plus the CPU awake polling).</summary>
        /// <param name="durationMicroseconds">Time the receiver was on.</param>
        public void BookReceive(long durationMicroseconds)
        {
            Book(EnergyPhase.Receive, _profile.AwakeActiveNanoamps + (_profile.RadioReceiveMicroamps * 1000L), durationMicroseconds);
        }

        /// <summary>
        /// Books the radio time since the last call from the driver's cumulative counters (IRadio.TransmitTimeMicroseconds
        /// and ReceiveTimeMicroseconds); counters that went backwards (a new boot) book nothing and become the new base.
        /// </summary>
        /// <param name="radioTransmitMicroseconds">IRadio.TransmitTimeMicroseconds now.</param>
        /// <param name="radioReceiveMicroseconds">IRadio.ReceiveTimeMicroseconds now.</param>
        /// <param name="powerDbm">Conducted TX power used.</param>
        public void BookRadioCounters(long radioTransmitMicroseconds, long radioReceiveMicroseconds, int powerDbm)
        {
            long transmitted = radioTransmitMicroseconds - _lastRadioTransmitMicroseconds;
            long received = radioReceiveMicroseconds - _lastRadioReceiveMicroseconds;
            if (transmitted > 0)
            {
                BookTransmit(powerDbm, transmitted);
            }

            if (received > 0)
            {
                BookReceive(received);
            }

            _lastRadioTransmitMicroseconds = radioTransmitMicroseconds;
            _lastRadioReceiveMicroseconds = radioReceiveMicroseconds;
        }

        /// <summary>Books a class-A wait (TX end to RX1, RX1 to RX2, retransmission back-off) in the state it was spent in.</summary>
        /// <param name="durationMicroseconds">Wait.</param>
        /// <param name="inLightSleep">True for light sleep, false for awake idle.</param>
        public void BookReceiveWait(long durationMicroseconds, bool inLightSleep)
        {
            Book(EnergyPhase.ReceiveWait, inLightSleep ? _profile.LightSleepFloorNanoamps : _profile.AwakeIdleNanoamps, durationMicroseconds);
        }

        /// <summary>Books record writes to flash at the profile's write time and current.</summary>
        /// <param name="writes">Number of record writes.</param>
        public void BookFlashWrites(int writes)
        {
            if (writes > 0)
            {
                Book(EnergyPhase.FlashWrite, _profile.AlwaysOnNanoamps + (_profile.FlashWriteMicroamps * 1000L), (long)_profile.FlashWriteMicroseconds * writes);
            }
        }

        /// <summary>Books a sleep between wakes at the board's floor for that mode.</summary>
        /// <param name="deep">True for deep sleep, false for light sleep.</param>
        /// <param name="durationMicroseconds">Time slept.</param>
        public void BookSleep(bool deep, long durationMicroseconds)
        {
            if (deep)
            {
                Book(EnergyPhase.DeepSleep, _profile.DeepSleepFloorNanoamps, durationMicroseconds);
            }
            else
            {
                Book(EnergyPhase.LightSleep, _profile.LightSleepFloorNanoamps, durationMicroseconds);
            }
        }

        /// <summary>Writes the record (<see cref="RecordLength"/> bytes) and returns its length.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        public int Write(byte[] buffer, int offset)
        {
            RuntimeRecord.WriteHeader(buffer, offset, RecordLength, RecordMagic, RecordVersion, PhaseCount);
            for (int i = 0; i < PhaseCount; i++)
            {
                LittleEndian.WriteUInt64(buffer, offset + TotalsOffset + (i * 8), (ulong)_totalsNanoampHours[i]);
                LittleEndian.WriteUInt32(buffer, offset + RemaindersOffset + (i * 4), (uint)_remaindersNanoampMicroseconds[i]);
            }

            LittleEndian.WriteUInt64(buffer, offset + InstalledAtOffset, (ulong)InstalledAtMilliseconds);
            LittleEndian.WriteUInt64(buffer, offset + DayStartOffset, (ulong)DayStartMilliseconds);
            LittleEndian.WriteUInt64(buffer, offset + DayStartTotalOffset, (ulong)DayStartTotalNanoampHours);
            LittleEndian.WriteUInt64(buffer, offset + BankOffset, (ulong)BankNanoampHours);
            buffer[offset + StretchOffset] = (byte)StretchFactor;
            for (int i = StretchOffset + 1; i < CrcOffset; i++)
            {
                buffer[offset + i] = 0;
            }

            return RuntimeRecord.Seal(buffer, offset, RecordLength);
        }

        /// <summary>Reads a record written by <see cref="Write"/>; checked whole first, so anything but Ok changes nothing.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Bytes available.</param>
        public RuntimeRecordStatus Read(byte[] buffer, int offset, int count)
        {
            RuntimeRecordStatus status = RuntimeRecord.Check(buffer, offset, count, RecordLength, RecordMagic, RecordVersion, PhaseCount);
            if (status != RuntimeRecordStatus.Ok)
            {
                return status;
            }

            int stretch = buffer[offset + StretchOffset];
            if (stretch != 1 && stretch != 2 && stretch != 4 && stretch != 8)
            {
                return RuntimeRecordStatus.FieldOutOfRange;
            }

            for (int i = 0; i < PhaseCount; i++)
            {
                if ((long)LittleEndian.ReadUInt64(buffer, offset + TotalsOffset + (i * 8)) < 0
                    || LittleEndian.ReadUInt32(buffer, offset + RemaindersOffset + (i * 4)) >= EnergyUnits.MicrosecondsPerHour)
                {
                    return RuntimeRecordStatus.FieldOutOfRange;
                }
            }

            for (int i = 0; i < PhaseCount; i++)
            {
                _totalsNanoampHours[i] = (long)LittleEndian.ReadUInt64(buffer, offset + TotalsOffset + (i * 8));
                _remaindersNanoampMicroseconds[i] = LittleEndian.ReadUInt32(buffer, offset + RemaindersOffset + (i * 4));
            }

            InstalledAtMilliseconds = (long)LittleEndian.ReadUInt64(buffer, offset + InstalledAtOffset);
            DayStartMilliseconds = (long)LittleEndian.ReadUInt64(buffer, offset + DayStartOffset);
            DayStartTotalNanoampHours = (long)LittleEndian.ReadUInt64(buffer, offset + DayStartTotalOffset);
            BankNanoampHours = (long)LittleEndian.ReadUInt64(buffer, offset + BankOffset);
            StretchFactor = stretch;
            _wakeStartTotalNanoampHours = TotalNanoampHours;
            return RuntimeRecordStatus.Ok;
        }
    }
}
