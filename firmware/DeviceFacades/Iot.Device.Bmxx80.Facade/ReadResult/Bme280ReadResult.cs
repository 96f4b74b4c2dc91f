// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.Iot.Device.Bmxx80 1.2.1016.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

using UnitsNet;

namespace Iot.Device.Bmxx80.ReadResult
{
    /// <summary>A BME280 reading: adds humidity.</summary>
    public class Bme280ReadResult : Bmp280ReadResult
    {
        internal Bme280ReadResult() => throw null;

        /// <summary>Relative humidity.</summary>
        public RelativeHumidity Humidity => throw null;

        /// <summary>Whether <see cref="Humidity"/> was read successfully.</summary>
        public bool HumidityIsValid => throw null;
    }
}
