// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.JsnSr04t
{
    /// <summary>
    /// The two UART modes of the JSN-SR04T v3.0, chosen by the resistor fitted at R27 on the sensor board
    /// (qariya.net and androegg.de product pages for the v3.0 board; see README for the resistor table).
    /// </summary>
    public enum JsnSr04tUartMode
    {
        /// <summary>The module measures every 100 ms and sends a frame each time (R27 = 47 kΩ, "mode 2").</summary>
        Automatic = 0,

        /// <summary>The module is idle until it receives 0x55 on its RX pin, then measures once and answers with one frame.</summary>
        Triggered = 1,
    }
}
