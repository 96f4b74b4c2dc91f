// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Sds011
{
    /// <summary>
    /// Command IDs (byte 2 of a host command, echoed in byte 2 of a reply) from Nova Fitness "Laser Dust Sensor
    /// Control Protocol" V1.3, section 2.
    /// </summary>
    internal enum Command : byte
    {
        /// <summary>Set data reporting mode; DATA1 0 query / 1 set, DATA2 0 active / 1 query mode.</summary>
        DataReportingMode = 0x02,

        /// <summary>Query data command; answered with a data frame (AA C0 … AB).</summary>
        QueryData = 0x04,

        /// <summary>Set device ID.</summary>
        SetDeviceId = 0x05,

        /// <summary>Set sleep and work; DATA1 0 query / 1 set, DATA2 0 sleep / 1 work.</summary>
        SleepAndWork = 0x06,

        /// <summary>Check firmware version.</summary>
        FirmwareVersion = 0x07,

        /// <summary>Set working period (minutes, 0 = continuous).</summary>
        WorkingPeriod = 0x08,
    }
}
