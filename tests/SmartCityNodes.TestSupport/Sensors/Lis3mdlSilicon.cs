// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>How the modelled LIS3MDL's INT pin reads INT_CFG.IEA and INT_CFG.LIR: the two readings the sources give.</summary>
    public enum Lis3mdlSilicon
    {
        /// <summary>Datasheet DocID024204 Rev 6, section 7.10: IEA 1 = active high; LIR 0 = latched, 1 = not latched.</summary>
        Datasheet,

        /// <summary>
        /// ST's register header (STMems_Standard_C_drivers lis3mdl_reg.h): LIS3MDL_ACTIVE_HIGH = 0, LIS3MDL_ACTIVE_LOW = 1;
        /// LIS3MDL_INT_PULSED = 0, LIS3MDL_INT_LATCHED = 1. INT_CFG 0xED then gives an active-low INT that is not latched.
        /// </summary>
        StHeader,
    }
}
