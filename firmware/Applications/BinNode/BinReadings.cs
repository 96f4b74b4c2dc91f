// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.BinNode
{
    /// <summary>One wake's raw inputs, filled in place by <see cref="BinMeasurement"/> (or by a test) and read by <see cref="BinNodeLogic"/>.</summary>
    public sealed class BinReadings
    {
        /// <summary>Status of the ultrasonic reading.</summary>
        public SensorStatus DistanceStatus { get; set; }

        /// <summary>Distance as the module reported it (median of its pings), mm, before speed-of-sound correction.</summary>
        public int DistanceMillimetres { get; set; }

        /// <summary>Status of the temperature reading.</summary>
        public SensorStatus TemperatureStatus { get; set; }

        /// <summary>Air temperature inside the bin, 0.01 °C.</summary>
        public int TemperatureCentiCelsius { get; set; }

        /// <summary>True when the tilt switch is closed.</summary>
        public bool TiltActive { get; set; }

        /// <summary>Marks every input as not measured.</summary>
        public void Clear()
        {
            DistanceStatus = SensorStatus.NoData;
            DistanceMillimetres = 0;
            TemperatureStatus = SensorStatus.NoData;
            TemperatureCentiCelsius = 0;
            TiltActive = false;
        }
    }
}
