// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.Iot.Device.Bmxx80 1.2.1016.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

using System.Device.I2c;
using Iot.Device.Bmxx80.ReadResult;

namespace Iot.Device.Bmxx80
{
    /// <summary>Bosch BME280 (the package's base classes Bmx280Base/Bmxx80Base are not reproduced).</summary>
    public class Bme280 : System.IDisposable
    {
        /// <summary>Default address 0x77.</summary>
        public const byte DefaultI2cAddress = 0x77;

        /// <summary>Secondary address 0x76.</summary>
        public const byte SecondaryI2cAddress = 0x76;

        /// <summary>Opens the sensor; reads its chip ID and calibration, throws IOException on a wrong chip ID.</summary>
        /// <param name="i2cDevice">The bus device.</param>
        public Bme280(I2cDevice i2cDevice) => throw null;

        /// <summary>One reading; sets forced mode and waits for the measurement when not in normal mode.</summary>
        /// <returns>The result.</returns>
        public Bme280ReadResult Read() => throw null;

        /// <inheritdoc/>
        public void Dispose() => throw null;
    }
}
