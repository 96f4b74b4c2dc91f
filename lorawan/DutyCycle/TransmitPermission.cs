// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.DutyCycle
{
    /// <summary>Answer of <see cref="DutyCycleLedger.Check"/> for one planned transmission.</summary>
    public enum TransmitPermission : byte
    {
        /// <summary>The transmission may start now.</summary>
        Allowed = 0,

        /// <summary>The sub-band's off-time or hourly budget is not yet over; wait until the returned time.</summary>
        WaitForBand = 1,

        /// <summary>The DutyCycleReq aggregated limit (1/2^MaxDCycle) is not yet over; wait until the returned time.</summary>
        WaitForAggregatedDutyCycle = 2,

        /// <summary>The join back-off budget (LoRaWAN L2 1.0.4 §7) is spent; wait until the returned time.</summary>
        WaitForJoinBackOff = 3,

        /// <summary>Time on air above the uplink dwell-time limit; never allowed.</summary>
        DwellTimeExceeded = 4,

        /// <summary>The frequency lies in no duty-cycle band of the region; never allowed.</summary>
        FrequencyNotAllowed = 5,

        /// <summary>The time on air alone exceeds a budget (band hour or join window); never allowed.</summary>
        AirtimeTooLong = 6,
    }
}
