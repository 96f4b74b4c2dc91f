// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.Gpio 1.1.62.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.Gpio
{
    /// <summary>Pin modes (values in the package's declaration order).</summary>
    public enum PinMode
    {
        /// <summary>Floating input.</summary>
        Input = 0,

        /// <summary>Input with pull-down.</summary>
        InputPullDown = 1,

        /// <summary>Input with pull-up.</summary>
        InputPullUp = 2,

        /// <summary>Push-pull output.</summary>
        Output = 3,

        /// <summary>Open-drain output.</summary>
        OutputOpenDrain = 4,

        /// <summary>Open-drain output with pull-up.</summary>
        OutputOpenDrainPullUp = 5,

        /// <summary>Open-source output.</summary>
        OutputOpenSource = 6,

        /// <summary>Open-source output with pull-down.</summary>
        OutputOpenSourcePullDown = 7,
    }
}
