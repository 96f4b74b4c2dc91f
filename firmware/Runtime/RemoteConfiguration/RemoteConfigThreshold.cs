// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>
    /// Threshold ids of the SetThreshold command and the unit of their i16 value (docs/payloads/remote-config.md,
    /// "Thresholds"). The high nibble names the device: 0x0_ BinNode, 0x1_ AirNode, 0x2_ ParkingNode.
    /// </summary>
    public enum RemoteConfigThreshold : byte
    {
        /// <summary>BinNode full threshold, percent, 1..100.</summary>
        BinFullPercent = 0x01,

        /// <summary>BinNode fire threshold, °C, 30..200.</summary>
        BinFireTemperatureCelsius = 0x02,

        /// <summary>BinNode tilt threshold, degrees, 5..180.</summary>
        BinTiltDegrees = 0x03,

        /// <summary>BinNode pickup threshold: fill-level drop, percent, 5..100.</summary>
        BinPickupDropPercent = 0x04,

        /// <summary>AirNode PM2.5 threshold, µg/m³, 1..1000.</summary>
        AirPm25MicrogramsPerCubicMetre = 0x10,

        /// <summary>AirNode PM10 threshold, µg/m³, 1..1000.</summary>
        AirPm10MicrogramsPerCubicMetre = 0x11,

        /// <summary>AirNode high-temperature threshold, 0.1 °C, -400..1250.</summary>
        AirTemperatureHighDeciCelsius = 0x12,

        /// <summary>AirNode low gas-resistance threshold, kΩ, 1..30000.</summary>
        AirGasResistanceLowKiloohms = 0x13,

        /// <summary>ParkingNode deviation that means occupied, µT, 1..500.</summary>
        ParkingOccupiedDeviationMicrotesla = 0x20,

        /// <summary>ParkingNode deviation below which the space is free again (hysteresis), µT, 0..500.</summary>
        ParkingVacantDeviationMicrotesla = 0x21,
    }
}
