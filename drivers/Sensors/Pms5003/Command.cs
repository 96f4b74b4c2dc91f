// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Pms5003
{
    /// <summary>
    /// Command bytes (CMD) of the host protocol, Plantower PMS5003 data manual V2.3 (2016), appendix I
    /// "Transport protocol – passive mode": frame <c>42 4D CMD DATAH DATAL LRCH LRCL</c>.
    /// </summary>
    internal enum Command : byte
    {
        /// <summary>Read in passive mode; DATA = 00 00.</summary>
        ReadPassive = 0xE2,

        /// <summary>Change mode; DATA = 00 00 passive, 00 01 active.</summary>
        ChangeMode = 0xE1,

        /// <summary>Sleep set; DATA = 00 00 sleep, 00 01 wake-up.</summary>
        SleepSet = 0xE4,
    }
}
