// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Runtime.Energy
{
    /// <summary>
    /// What a board draws in each state, as data: currents in µA (radio sleep in nA) and durations in µs. Filled by
    /// <see cref="BoardEnergyProfiles"/> from datasheets (each figure cites its table there) or from bench measurements;
    /// figures marked ESTIMATE in <see cref="BoardEnergyProfiles"/> are to be replaced by measurements.
    /// The derived floors and break-even are what the wake planner decides with.
    /// </summary>
    [HotPath]
    public sealed class BoardEnergyProfile
    {
        /// <summary>Board name for logs and docs.</summary>
        public string Name;

        /// <summary>MCU running managed code, radio of the MCU (Wi-Fi/BT) off, µA.</summary>
        public int CpuActiveMicroamps;

        /// <summary>MCU awake but idle (waiting in Thread.Sleep, no light sleep), µA.</summary>
        public int CpuIdleMicroamps;

        /// <summary>MCU light sleep (CPU paused, RAM kept, RTC timer and GPIO wake), µA.</summary>
        public int LightSleepMicroamps;

        /// <summary>MCU deep sleep with the RTC timer (and RTC GPIO wake), µA.</summary>
        public int DeepSleepMicroamps;

        /// <summary>Voltage regulator quiescent current, drawn all the time, nA (low-Iq LDOs are specified in nA).</summary>
        public int RegulatorQuiescentNanoamps;

        /// <summary>USB-serial bridge drawn from the battery rail with no USB host attached (0 when absent or unpowered), µA.</summary>
        public int UsbSerialMicroamps;

        /// <summary>Everything else always on (LEDs, dividers, pull-ups), µA.</summary>
        public int OtherAlwaysOnMicroamps;

        /// <summary>Radio in sleep (the driver's warm-start sleep), nA.</summary>
        public int RadioSleepNanoamps;

        /// <summary>Radio receiving (RX windows), µA.</summary>
        public int RadioReceiveMicroamps;

        /// <summary>Radio TX power steps in dBm, ascending; parallel to <see cref="RadioTransmitMicroamps"/>.</summary>
        public int[] RadioTransmitPowerDbm;

        /// <summary>Radio supply current at each <see cref="RadioTransmitPowerDbm"/> step, µA.</summary>
        public int[] RadioTransmitMicroamps;

        /// <summary>Time from deep-sleep wake to managed Main (ESP-IDF boot, nanoCLR start, assembly load), µs. ESTIMATE until measured.</summary>
        public int BootMicroseconds;

        /// <summary>Average current during <see cref="BootMicroseconds"/>, µA. ESTIMATE until measured.</summary>
        public int BootMicroamps;

        /// <summary>One power-loss-safe record write to internal flash, µs. ESTIMATE until measured.</summary>
        public int FlashWriteMicroseconds;

        /// <summary>Current during a flash write (CPU plus flash program current), µA. ESTIMATE until measured.</summary>
        public int FlashWriteMicroamps;

        /// <summary>Time to leave light sleep and resume code (the planner wakes this much early), µs.</summary>
        public int LightSleepExitMicroseconds;

        /// <summary>
        /// False forces deep sleep between wakes whatever the break-even says (light sleep has field reports of
        /// applications stopping on nanoFramework ESP32: nanoframework/Home#1165).
        /// </summary>
        public bool LightSleepBetweenWakesAllowed;

        /// <summary>True when the class-A receive waits (1–2 s inside a wake) may be spent in light sleep.</summary>
        public bool LightSleepInWakeAllowed;

        /// <summary>Board floor in deep sleep: MCU deep sleep + regulator + USB bridge + always-on parts + radio sleep, nA.</summary>
        public long DeepSleepFloorNanoamps
        {
            get { return AlwaysOnNanoamps + DeepSleepMicroamps * 1000L; }
        }

        /// <summary>Board floor in light sleep, nA.</summary>
        public long LightSleepFloorNanoamps
        {
            get { return AlwaysOnNanoamps + LightSleepMicroamps * 1000L; }
        }

        /// <summary>Board current awake and idle (the alternative to light sleep inside a wake), nA.</summary>
        public long AwakeIdleNanoamps
        {
            get { return AlwaysOnNanoamps + CpuIdleMicroamps * 1000L; }
        }

        /// <summary>Board current running code (radio asleep), nA.</summary>
        public long AwakeActiveNanoamps
        {
            get { return AlwaysOnNanoamps + CpuActiveMicroamps * 1000L; }
        }

        /// <summary>Cost of one deep-sleep wake's boot, nAh (boot current × boot time, plus the always-on parts).</summary>
        public long BootChargeNanoampHours
        {
            get { return EnergyUnits.ChargeNanoampHours(AlwaysOnNanoamps + BootMicroamps * 1000L, BootMicroseconds); }
        }

        /// <summary>
        /// Sleep interval above which deep sleep costs less than light sleep, in ms: deep costs
        /// boot + deepFloor × t, light costs lightFloor × t, so t* = boot charge / (lightFloor − deepFloor).
        /// <see cref="long.MaxValue"/> when light sleep is not cheaper per second than deep sleep.
        /// </summary>
        public long BreakEvenMilliseconds
        {
            get
            {
                long difference = LightSleepFloorNanoamps - DeepSleepFloorNanoamps;
                if (difference <= 0)
                {
                    return 0;
                }

                // boot nA·µs / difference nA = µs; keep the product in 64 bits: BootMicroamps ≤ 2^31, BootMicroseconds ≤ 2^31.
                long bootNanoampMicroseconds = (AlwaysOnNanoamps + BootMicroamps * 1000L) * BootMicroseconds;
                return (bootNanoampMicroseconds / difference + 999) / 1000;
            }
        }

        /// <summary>Radio supply current for a TX power: the first step at or above it (never under-counts), µA.</summary>
        /// <param name="powerDbm">Conducted TX power.</param>
        public int TransmitMicroamps(int powerDbm)
        {
            int[] steps = RadioTransmitPowerDbm;
            for (int i = 0; i < steps.Length; i++)
            {
                if (steps[i] >= powerDbm)
                {
                    return RadioTransmitMicroamps[i];
                }
            }

            return RadioTransmitMicroamps[RadioTransmitMicroamps.Length - 1];
        }

        /// <summary>Checks that every figure is present and plausible; throws on misuse (a profile is built once at start-up).</summary>
        public void Validate()
        {
            if (CpuActiveMicroamps <= 0 || CpuIdleMicroamps <= 0 || LightSleepMicroamps <= 0 || DeepSleepMicroamps <= 0
                || RegulatorQuiescentNanoamps < 0 || UsbSerialMicroamps < 0 || OtherAlwaysOnMicroamps < 0 || RadioSleepNanoamps < 0
                || RadioReceiveMicroamps <= 0 || BootMicroseconds <= 0 || BootMicroamps <= 0 || FlashWriteMicroseconds < 0
                || FlashWriteMicroamps < 0 || LightSleepExitMicroseconds < 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            if (RadioTransmitPowerDbm == null || RadioTransmitMicroamps == null || RadioTransmitPowerDbm.Length == 0
                || RadioTransmitPowerDbm.Length != RadioTransmitMicroamps.Length)
            {
                throw new ArgumentException();
            }

            for (int i = 1; i < RadioTransmitPowerDbm.Length; i++)
            {
                if (RadioTransmitPowerDbm[i] <= RadioTransmitPowerDbm[i - 1])
                {
                    throw new ArgumentException();
                }
            }
        }

        /// <summary>Parts drawn in every state: regulator, USB bridge, always-on parts and the sleeping radio, nA.</summary>
        public long AlwaysOnNanoamps
        {
            get
            {
                return (UsbSerialMicroamps + OtherAlwaysOnMicroamps) * 1000L + RegulatorQuiescentNanoamps + RadioSleepNanoamps;
            }
        }
    }
}
