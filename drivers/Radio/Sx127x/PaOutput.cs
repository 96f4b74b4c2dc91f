// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Radio.Sx127x
{
    /// <summary>Which SX127x power-amplifier pin the board routes to the antenna (datasheet rev 7 §5.4.1, RegPaConfig PaSelect).</summary>
    public enum PaOutput
    {
        /// <summary>PA_BOOST pin: +2 to +17 dBm, and +20 dBm with RegPaDac high-power mode.</summary>
        PaBoost = 0,

        /// <summary>RFO_HF/RFO_LF pin: -4 to +14 dBm.</summary>
        Rfo = 1,
    }
}
