// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.Device.Spi 1.3.89.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.Device.Spi
{
    /// <summary>Bus, chip select and clocking of an SPI device.</summary>
    public sealed class SpiConnectionSettings
    {
        /// <summary>Creates settings.</summary>
        /// <param name="busId">Bus (1 or 2 on ESP32).</param>
        /// <param name="chipSelectLine">Chip-select GPIO.</param>
        public SpiConnectionSettings(int busId, int chipSelectLine = -1) => throw null;

        /// <summary>SPI mode (default Mode0).</summary>
        public SpiMode Mode
        {
            get => throw null;
            set => throw null;
        }

        /// <summary>Clock in hertz (default 500 000).</summary>
        public int ClockFrequency
        {
            get => throw null;
            set => throw null;
        }
    }
}
