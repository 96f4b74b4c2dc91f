// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Pms5003
{
    /// <summary>Which of the PMS5003's two concentration sets a reading reports (data manual V2.3, data 1–6).</summary>
    public enum Pms5003ConcentrationBasis
    {
        /// <summary>"Under atmospheric environment" (data 4–6): the values for outdoor air, our default.</summary>
        Atmospheric = 0,

        /// <summary>"CF=1, standard particle" (data 1–3): factory calibration basis.</summary>
        Standard = 1,
    }
}
