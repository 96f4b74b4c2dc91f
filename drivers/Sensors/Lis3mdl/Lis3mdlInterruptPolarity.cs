// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>
    /// How the silicon reads INT_CFG.IEA. The sources disagree, so the installation calibration
    /// (<see cref="Lis3mdl.CalibrateInterruptPin"/>) observes the pin and picks one; the value is persisted as one bit.
    /// </summary>
    public enum Lis3mdlInterruptPolarity : byte
    {
        /// <summary>
        /// IEA = 1 makes INT active high: datasheet DocID024204 Rev 6, section 7.10 ("IEA: 0: interrupt active low;
        /// 1: interrupt active high"). The default until a calibration says otherwise.
        /// </summary>
        IeaSetIsActiveHigh = 0,

        /// <summary>
        /// IEA = 1 makes INT active low: ST's own register header (STMems_Standard_C_drivers, lis3mdl_reg.h,
        /// <c>lis3mdl_iea_t</c>: LIS3MDL_ACTIVE_HIGH = 0, LIS3MDL_ACTIVE_LOW = 1).
        /// </summary>
        IeaSetIsActiveLow = 1,
    }
}
