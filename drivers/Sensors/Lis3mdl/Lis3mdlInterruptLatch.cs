// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>
    /// How the silicon reads INT_CFG.LIR. The sources disagree, so the installation calibration
    /// (<see cref="Lis3mdl.CalibrateInterruptPin"/>) observes the pin and picks one; the value is persisted as one bit.
    /// </summary>
    public enum Lis3mdlInterruptLatch : byte
    {
        /// <summary>
        /// LIR = 0 latches INT until INT_SRC is read: datasheet DocID024204 Rev 6, section 7.10 ("LIR: 0: interrupt
        /// request latched; 1: interrupt request not latched"). The default until a calibration says otherwise.
        /// </summary>
        LirClearIsLatched = 0,

        /// <summary>
        /// LIR = 1 latches INT: ST's own register header (STMems_Standard_C_drivers, lis3mdl_reg.h, <c>lis3mdl_lir_t</c>:
        /// LIS3MDL_INT_PULSED = 0, LIS3MDL_INT_LATCHED = 1) and Adafruit_LIS3MDL.
        /// </summary>
        LirSetIsLatched = 1,
    }
}
