// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.Hardware.Esp32 1.6.42.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace nanoFramework.Hardware.Esp32
{
    /// <summary>ESP-IDF esp_err_t values returned by the native calls (Errors.cs of the package; only those we name).</summary>
    public enum EspNativeError
    {
        /// <summary>ESP_OK.</summary>
        OK = 0,

        /// <summary>ESP_FAIL.</summary>
        FAIL = -1,
    }
}
