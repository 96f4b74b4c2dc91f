// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.Runtime.Energy
{
    /// <summary>
    /// The daily budget that keeps a battery node alive for its target lifetime, and the figures derived from the
    /// ledger: remaining charge, projected life and the DevStatusAns battery level.
    /// <para>
    /// Daily allowance = (capacity × usable‰ − capacity × self-discharge‰/year × lifetime years) / lifetime days,
    /// self-discharge taken linear on the nominal capacity (conservative: it is really a share of what is left).
    /// The budget is held day by day: what a day leaves unspent goes to a bank (at most <see cref="BankLimitDays"/>
    /// allowances), what it overspends is owed to the bank; a negative bank, or a day already over its allowance plus
    /// bank, doubles the interval stretch (up to 8×); a bank above one allowance halves it again.
    /// </para>
    /// </summary>
    [HotPath]
    public sealed class EnergyBudget
    {
        /// <summary>Most allowances the bank holds either way (saved or owed).</summary>
        public const int BankLimitDays = 7;

        /// <summary>Largest interval stretch.</summary>
        public const int MaxStretchFactor = 8;

        private readonly BatteryProfile _battery;
        private readonly int _lifetimeDays;
        private readonly long _usableNanoampHours;
        private readonly long _dailyAllowanceNanoampHours;
        private readonly long _selfDischargePerDayNanoampHours;

        /// <summary>Derives the daily allowance for a battery and a target lifetime.</summary>
        /// <param name="battery">Energy source.</param>
        /// <param name="targetLifetimeDays">Days the battery must last (1 or more).</param>
        public EnergyBudget(BatteryProfile battery, int targetLifetimeDays)
        {
            if (battery == null)
            {
                throw new ArgumentNullException();
            }

            if (targetLifetimeDays < 1 || battery.CapacityMicroampHours < 0 || battery.SelfDischargePerMillePerYear < 0
                || battery.UsablePerMille < 1 || battery.UsablePerMille > 1000)
            {
                throw new ArgumentOutOfRangeException();
            }

            _battery = battery;
            _lifetimeDays = targetLifetimeDays;
            long capacityNanoampHours = battery.CapacityMicroampHours * 1000;
            _usableNanoampHours = capacityNanoampHours * battery.UsablePerMille / 1000;

            // Per day: capacity × ‰/year / 1000 / 365.25 = capacity × ‰ × 100 / (1000 × 36525).
            _selfDischargePerDayNanoampHours = capacityNanoampHours * battery.SelfDischargePerMillePerYear * 100 / (1000 * EnergyUnits.HundredthsOfDaysPerYear);
            long selfDischargeLifetime = capacityNanoampHours * battery.SelfDischargePerMillePerYear * 100 * targetLifetimeDays / (1000 * EnergyUnits.HundredthsOfDaysPerYear);
            long spendable = _usableNanoampHours - selfDischargeLifetime;
            _dailyAllowanceNanoampHours = spendable > 0 ? spendable / targetLifetimeDays : 0;
        }

        /// <summary>The target lifetime in days.</summary>
        public int LifetimeDays
        {
            get { return _lifetimeDays; }
        }

        /// <summary>What the node may spend per day, nAh (0 when self-discharge alone eats the battery in the lifetime).</summary>
        public long DailyAllowanceNanoampHours
        {
            get { return _dailyAllowanceNanoampHours; }
        }

        /// <summary>The allowance as an average current, nA (allowance / 24 h).</summary>
        public long AverageAllowanceNanoamps
        {
            get { return _dailyAllowanceNanoampHours / 24; }
        }

        /// <summary>Self-discharge per day, nAh.</summary>
        public long SelfDischargePerDayNanoampHours
        {
            get { return _selfDischargePerDayNanoampHours; }
        }

        /// <summary>
        /// Closes every budget day that ended by <paramref name="nowMilliseconds"/> (bank and stretch updated on the ledger)
        /// and tightens the stretch at once if today is already over allowance plus bank. Call at every wake.
        /// </summary>
        /// <param name="ledger">The node's ledger (holds the budget state that is persisted).</param>
        /// <param name="nowMilliseconds">Node time.</param>
        public void Update(EnergyLedger ledger, long nowMilliseconds)
        {
            if (_battery.ExternalPower)
            {
                ledger.StretchFactor = 1;
                return;
            }

            if (nowMilliseconds < ledger.DayStartMilliseconds)
            {
                // The RTC restarted (power loss): start a new day from here, keep the totals.
                ledger.DayStartMilliseconds = nowMilliseconds;
                ledger.DayStartTotalNanoampHours = ledger.TotalNanoampHours;
            }

            long limit = _dailyAllowanceNanoampHours * BankLimitDays;
            while (nowMilliseconds - ledger.DayStartMilliseconds >= EnergyUnits.MillisecondsPerDay)
            {
                // Charge drawn inside the closed day is not known exactly when a sleep straddles midnight: what was
                // booked up to now counts for the closed day (the sleep was booked when it ended, at this wake).
                long spent = ledger.TotalNanoampHours - ledger.DayStartTotalNanoampHours;
                long bank = ledger.BankNanoampHours + _dailyAllowanceNanoampHours - spent;
                bank = bank > limit ? limit : (bank < -limit ? -limit : bank);
                ledger.BankNanoampHours = bank;
                if (bank < 0)
                {
                    ledger.StretchFactor = Tighter(ledger.StretchFactor);
                }
                else if (bank > _dailyAllowanceNanoampHours && ledger.StretchFactor > 1)
                {
                    ledger.StretchFactor = ledger.StretchFactor / 2;
                }

                ledger.DayStartMilliseconds += EnergyUnits.MillisecondsPerDay;
                ledger.DayStartTotalNanoampHours = ledger.TotalNanoampHours;
            }

            if (AvailableTodayNanoampHours(ledger) < 0 && ledger.StretchFactor == 1)
            {
                ledger.StretchFactor = 2;
            }
        }

        /// <summary>What today may still spend: allowance + bank − spent since the day began, nAh (negative when over).</summary>
        /// <param name="ledger">The node's ledger.</param>
        public long AvailableTodayNanoampHours(EnergyLedger ledger)
        {
            return _dailyAllowanceNanoampHours + ledger.BankNanoampHours - (ledger.TotalNanoampHours - ledger.DayStartTotalNanoampHours);
        }

        /// <summary>Usable charge left: usable capacity − drawn − self-discharge since installation, nAh (not below 0).</summary>
        /// <param name="ledger">The node's ledger.</param>
        /// <param name="nowMilliseconds">Node time.</param>
        public long RemainingNanoampHours(EnergyLedger ledger, long nowMilliseconds)
        {
            long elapsedMilliseconds = nowMilliseconds - ledger.InstalledAtMilliseconds;
            long selfDischarged = elapsedMilliseconds > 0 ? (_selfDischargePerDayNanoampHours * (elapsedMilliseconds / 1000)) / (EnergyUnits.MillisecondsPerDay / 1000) : 0;
            long remaining = _usableNanoampHours - ledger.TotalNanoampHours - selfDischarged;
            return remaining > 0 ? remaining : 0;
        }

        /// <summary>
        /// Days left at the average drawn so far (at least one day of history is assumed, so a fresh node projects
        /// from its first wakes without dividing by nearly zero) plus self-discharge; <see cref="int.MaxValue"/> on
        /// external power.
        /// </summary>
        /// <param name="ledger">The node's ledger.</param>
        /// <param name="nowMilliseconds">Node time.</param>
        public int ProjectedRemainingDays(EnergyLedger ledger, long nowMilliseconds)
        {
            if (_battery.ExternalPower || _battery.CapacityMicroampHours == 0)
            {
                return int.MaxValue;
            }

            long elapsedMilliseconds = nowMilliseconds - ledger.InstalledAtMilliseconds;
            if (elapsedMilliseconds < EnergyUnits.MillisecondsPerDay)
            {
                elapsedMilliseconds = EnergyUnits.MillisecondsPerDay;
            }

            long perDay = (ledger.TotalNanoampHours * (EnergyUnits.MillisecondsPerDay / 1000)) / (elapsedMilliseconds / 1000) + _selfDischargePerDayNanoampHours;
            if (perDay <= 0)
            {
                return int.MaxValue;
            }

            long days = RemainingNanoampHours(ledger, nowMilliseconds) / perDay;
            return days > int.MaxValue ? int.MaxValue : (int)days;
        }

        /// <summary>
        /// The DevStatusAns battery byte (LoRaWAN L2 1.0.4 §5.5): 0 on external power, 255 when the capacity is unknown,
        /// otherwise 1 (empty) .. 254 (full) in proportion to the remaining usable charge.
        /// </summary>
        /// <param name="ledger">The node's ledger.</param>
        /// <param name="nowMilliseconds">Node time.</param>
        public byte BatteryLevel(EnergyLedger ledger, long nowMilliseconds)
        {
            if (_battery.ExternalPower)
            {
                return DevStatusAns.BatteryExternalPower;
            }

            if (_usableNanoampHours <= 0)
            {
                return DevStatusAns.BatteryUnknown;
            }

            long level = 1 + (RemainingNanoampHours(ledger, nowMilliseconds) * 253 / _usableNanoampHours);
            return (byte)(level < 1 ? 1 : (level > 254 ? 254 : level));
        }

        private static int Tighter(int stretch)
        {
            return stretch >= MaxStretchFactor ? MaxStretchFactor : stretch * 2;
        }
    }
}
