// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.AirNode
{
    /// <summary>What <see cref="AirMeasurement"/> must do at this wake, as planned by <see cref="AirNodeLogic.PlanStep"/>.</summary>
    public enum AirStep : byte
    {
        /// <summary>Nothing is due (an early or spurious wake); sleep until the report's next wake time.</summary>
        None = 0,

        /// <summary>Wake the particulate sensor (fan and laser on); its warm-up starts now.</summary>
        WakeParticulateSensor = 1,

        /// <summary>Take one particulate sample; more follow.</summary>
        Sample = 2,

        /// <summary>Take the last particulate sample, put the sensor to sleep, read temperature/humidity/pressure/gas.</summary>
        FinalSample = 3,
    }
}
