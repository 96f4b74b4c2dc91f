// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime
{
    /// <summary>The battery voltage for reports and the status message (the battery monitor driver on the device).</summary>
    public interface IBatteryGauge
    {
        /// <summary>Battery voltage in mV, or 0 when it could not be read.</summary>
        int ReadMillivolts();
    }
}
