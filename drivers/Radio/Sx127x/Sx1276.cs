// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Radio.Sx127x
{
    /// <summary>
    /// Semtech SX1276: 137-1020 MHz LoRa transceiver (SX1276/77/78/79 datasheet rev 7). Only the identity and the
    /// frequency range differ from the family base.
    /// </summary>
    public class Sx1276 : Sx127x
    {
        /// <summary>RegVersion value of the SX1276/77/78/79 (datasheet rev 7 §6.4 RegVersion: 0x12).</summary>
        public const byte ChipVersion = 0x12;

        /// <summary>Lowest SX1276 carrier: 137 MHz (datasheet rev 7 §2.2, band 3).</summary>
        public const uint MinimumFrequencyHz = 137000000;

        /// <summary>Highest SX1276 carrier: 1020 MHz (datasheet rev 7 §2.2, band 1).</summary>
        public const uint MaximumFrequencyHz = 1020000000;

        /// <summary>Creates an SX1276 driver; see <see cref="Sx127x"/> for the parameters.</summary>
        /// <param name="spi">The radio's SPI device.</param>
        /// <param name="reset">NRESET output, or null.</param>
        /// <param name="dio0">DIO0 input.</param>
        /// <param name="dio1">DIO1 input, or null.</param>
        /// <param name="clock">Clock and delays.</param>
        /// <param name="board">Board wiring and PA choice.</param>
        public Sx1276(ISpiDevice spi, IOutputPin reset, IInputPin dio0, IInputPin dio1, IClock clock, Sx127xBoardProfile board)
            : base(spi, reset, dio0, dio1, clock, board)
        {
        }

        /// <inheritdoc/>
        protected override byte ExpectedVersion
        {
            get { return ChipVersion; }
        }

        /// <inheritdoc/>
        public override uint MinFrequencyHz
        {
            get { return MinimumFrequencyHz; }
        }

        /// <inheritdoc/>
        public override uint MaxFrequencyHz
        {
            get { return MaximumFrequencyHz; }
        }
    }
}
