// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.Hardware.Esp32 1.6.42.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace nanoFramework.Hardware.Esp32
{
    /// <summary>ESP32 GPIO matrix configuration.</summary>
    public class Configuration
    {
        private Configuration() => throw null;

        /// <summary>Routes a device function to a GPIO.</summary>
        /// <param name="pin">GPIO number.</param>
        /// <param name="value">Function.</param>
        public static void SetPinFunction(int pin, DeviceFunction value) => throw null;
    }
}
