// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Payloads.Bin
{
    /// <summary>
    /// What one BinNode uplink reports, in the units the drivers deliver. The application creates one instance at
    /// start-up and fills it in place before every encode (a class, not a struct: on nanoCLR every struct copy is a
    /// heap allocation). A field set to <see cref="PayloadFormat.Missing"/> is sent as its fault value.
    /// </summary>
    public sealed class BinNodeReadings
    {
        /// <summary>Fill level in percent, 0..100 (saturated).</summary>
        public int FillLevelPercent;

        /// <summary>Distance from the sensor to the waste surface in millimetres (0..65534, saturated).</summary>
        public int DistanceMillimetres;

        /// <summary>Temperature inside the bin in 0.01 °C (2150 = 21.50 °C); sent at 1 °C from -40 to +214 °C.</summary>
        public int TemperatureCentiCelsius;

        /// <summary>Battery voltage in millivolts; sent at 10 mV from 2.00 to 4.54 V.</summary>
        public int BatteryMillivolts;

        /// <summary>Events to report.</summary>
        public BinNodeEvents Events;

        /// <summary>Sensors that failed.</summary>
        public BinNodeFaults Faults;
    }
}
