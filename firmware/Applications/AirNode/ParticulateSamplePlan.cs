// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>
    /// The duty cycle of the particulate sensor as data: every cycle the sensor is woken, left to warm up, sampled N
    /// times at a fixed interval, averaged and put back to sleep. The fan warm-up is most of the sensor-on time, so this
    /// schedule, not the sampling, sets the AirNode's energy: Plantower's PMS5003 manual (V2.3, appendix I) asks for at
    /// least 30 s after wake-up before data are stable, Nova Fitness's SDS011 datasheet (V1.3) likewise 30 s of
    /// running before a reading.
    /// </summary>
    public sealed class ParticulateSamplePlan
    {
        /// <summary>Fan warm-up after wake, ms.</summary>
        public int WarmUpMilliseconds { get; set; }

        /// <summary>Samples averaged per cycle.</summary>
        public int SampleCount { get; set; }

        /// <summary>Time between samples, ms.</summary>
        public int SampleIntervalMilliseconds { get; set; }

        /// <summary>Time from one cycle start (sensor wake) to the next, ms.</summary>
        public int CycleIntervalMilliseconds { get; set; }

        /// <summary>Sensor-on time per cycle: warm-up + (N − 1) intervals, ms.</summary>
        public int SensorOnMillisecondsPerCycle
        {
            get { return WarmUpMilliseconds + ((SampleCount - 1) * SampleIntervalMilliseconds); }
        }

        /// <summary>Cycles per day (86 400 000 ms / cycle interval, truncated).</summary>
        public int CyclesPerDay
        {
            get { return 86400000 / CycleIntervalMilliseconds; }
        }

        /// <summary>Charge the sensor draws while on, per day, µAh (rounded): current × on-time × cycles / 3 600 000 ms per h.</summary>
        /// <param name="activeCurrentMicroamperes">The sensor's running current (PMS5003 ≤ 100 mA, SDS011 70 mA per their drivers).</param>
        /// <returns>µAh per day spent with the fan on.</returns>
        public long ActiveMicroampereHoursPerDay(int activeCurrentMicroamperes)
        {
            long chargeMicroampereMilliseconds = (long)activeCurrentMicroamperes * SensorOnMillisecondsPerCycle * CyclesPerDay;
            return IntegerMath.DivideRounded(chargeMicroampereMilliseconds, 3600000);
        }

        /// <summary>Fills the plan from the AirNode parameters.</summary>
        /// <param name="parameters">Validated parameters.</param>
        public void CopyFrom(AirNodeParameters parameters)
        {
            WarmUpMilliseconds = parameters.WarmUpSeconds * 1000;
            SampleCount = parameters.SampleCount;
            SampleIntervalMilliseconds = parameters.SampleIntervalSeconds * 1000;
            CycleIntervalMilliseconds = parameters.CycleIntervalSeconds * 1000;
        }
    }
}
