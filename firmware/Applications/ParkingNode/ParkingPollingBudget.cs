// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>
    /// What polling a magnetometer costs per day on an ESP32 that deep-sleeps between polls, against a LIS3MDL that
    /// watches the field itself and wakes the node by interrupt. Radio excluded. The figures are estimates for
    /// planning; docs/applications.md states their sources.
    /// </summary>
    public static class ParkingPollingBudget
    {
        /// <summary>
        /// ESP32 current while awake for a poll, µA: Espressif "ESP32 Series Datasheet" v3.5, table 6 "Power consumption
        /// by power modes", modem-sleep at 160 MHz: 27–44 mA; 40 mA taken (CPU busy, radio off).
        /// </summary>
        public const int EspAwakeCurrentMicroamperes = 40000;

        /// <summary>ESP32 deep sleep with RTC timer and RTC memory, µA (same table: 10 µA). Chip only; a development board's regulator and USB bridge add more.</summary>
        public const int EspDeepSleepCurrentMicroamperes = 10;

        /// <summary>
        /// Time awake per wake, ms: ESP-IDF boot from deep sleep, nanoCLR start, assembly load, one read, state save.
        /// ASSUMPTION (not measured here: nanoCLR does not run on this machine); replace with a bench figure.
        /// </summary>
        public const int WakeAwakeMilliseconds = 800;

        /// <summary>QMC5883L on-time per poll, ms: switched to continuous mode at 200 Hz, two sample periods (the driver's wait bound).</summary>
        public const int QmcOnMillisecondsPerPoll = 10;

        /// <summary>QMC5883L continuous current while polled at 200 Hz with OSR 64 (datasheet table 2, via the driver's table): 450 µA.</summary>
        public static int QmcPollingCurrentMicroamperes
        {
            get { return Qmc5883l.ContinuousCurrentMicroamperes(Qmc5883lOutputDataRate.Rate200Hz, Qmc5883lOversampling.Ratio64); }
        }

        /// <summary>Milliseconds per hour.</summary>
        private const long MillisecondsPerHour = 3600000;

        /// <summary>ESP32 charge per wake, µA·ms: awake current × awake time.</summary>
        public static long WakeChargeMicroampereMilliseconds
        {
            get { return (long)EspAwakeCurrentMicroamperes * WakeAwakeMilliseconds; }
        }

        /// <summary>Wakes a day when polling every <paramref name="pollIntervalSeconds"/> s.</summary>
        /// <param name="pollIntervalSeconds">Poll interval, s (positive).</param>
        /// <returns>86400 / interval, truncated.</returns>
        public static int PollsPerDay(int pollIntervalSeconds)
        {
            return 86400 / pollIntervalSeconds;
        }

        /// <summary>Charge per day of a polled QMC5883L node, µAh (rounded): wakes × (ESP32 wake + QMC on-time) + ESP32 deep sleep and QMC standby all day.</summary>
        /// <param name="pollIntervalSeconds">Poll interval, s (positive).</param>
        /// <returns>µAh per day, radio excluded.</returns>
        public static long PolledQmc5883lMicroampereHoursPerDay(int pollIntervalSeconds)
        {
            long perWake = WakeChargeMicroampereMilliseconds + ((long)QmcPollingCurrentMicroamperes * QmcOnMillisecondsPerPoll);
            long floor = (long)(EspDeepSleepCurrentMicroamperes + Qmc5883l.StandbyCurrentMicroamperes) * 24 * MillisecondsPerHour;
            return IntegerMath.DivideRounded((PollsPerDay(pollIntervalSeconds) * perWake) + floor, MillisecondsPerHour);
        }

        /// <summary>Charge per day of an interrupt-woken LIS3MDL node, µAh (rounded): the LIS3MDL in low-power mode all day, ESP32 deep sleep, and the given number of wakes.</summary>
        /// <param name="wakesPerDay">Interrupt, confirmation, drift and heartbeat wakes per day.</param>
        /// <returns>µAh per day, radio excluded.</returns>
        public static long InterruptLis3mdlMicroampereHoursPerDay(int wakesPerDay)
        {
            long floor = (long)(EspDeepSleepCurrentMicroamperes + Lis3mdl.LowPowerCurrentMicroamperes) * 24 * MillisecondsPerHour;
            return IntegerMath.DivideRounded((wakesPerDay * WakeChargeMicroampereMilliseconds) + floor, MillisecondsPerHour);
        }
    }
}
