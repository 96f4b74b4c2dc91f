// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Radio.Sx126x
{
    /// <summary>
    /// Semtech SX1262: 150-960 MHz LoRa transceiver with the high-power PA, up to +22 dBm (DS_SX1261-2 V2.1). Only the
    /// frequency range and the PA table differ from the family base.
    /// </summary>
    public class Sx1262 : Sx126x
    {
        /// <summary>Lowest carrier: 150 MHz (DS_SX1261-2 V2.1 §3, Table 3-1 frequency range).</summary>
        public const uint MinimumFrequencyHz = 150000000;

        /// <summary>Highest carrier: 960 MHz (DS_SX1261-2 V2.1 §3).</summary>
        public const uint MaximumFrequencyHz = 960000000;

        /// <summary>Lowest SetTxParams power of the high-power PA: -9 dBm (§13.4.4).</summary>
        public const int MinimumPowerDbm = -9;

        /// <summary>Highest power: +22 dBm (§13.4.4).</summary>
        public const int MaximumPowerDbm = 22;

        /// <summary>SetPaConfig deviceSel 0x00 selects the SX1262 PA (§13.1.14).</summary>
        private const byte DeviceSelSx1262 = 0x00;

        /// <summary>Creates an SX1262 driver; see <see cref="Sx126x"/> for the parameters.</summary>
        /// <param name="spi">The radio's SPI device.</param>
        /// <param name="reset">NRESET output.</param>
        /// <param name="busy">BUSY input.</param>
        /// <param name="dio1">DIO1 input.</param>
        /// <param name="clock">Clock and delays.</param>
        /// <param name="board">Board wiring and RF front end.</param>
        public Sx1262(ISpiDevice spi, IOutputPin reset, IInputPin busy, IInputPin dio1, IClock clock, Sx126xBoardProfile board)
            : base(spi, reset, busy, dio1, clock, board)
        {
        }

        /// <inheritdoc/>
        public override uint MinFrequencyHz
        {
            get { return MinimumFrequencyHz; }
        }

        /// <inheritdoc/>
        protected override int ChipMinPowerDbm
        {
            get { return MinimumPowerDbm; }
        }

        /// <inheritdoc/>
        protected override int ChipMaxPowerDbm
        {
            get { return MaximumPowerDbm; }
        }

        /// <inheritdoc/>
        public override uint MaxFrequencyHz
        {
            get { return MaximumFrequencyHz; }
        }

        /// <summary>
        /// SX1262 rows of DS_SX1261-2 V2.1 §13.1.14 Table 13-21 "PA Operating Modes with Optimal Settings", each used with
        /// SetTxParams power +22 dBm: +22 dBm (paDutyCycle 0x04, hpMax 0x07), +20 dBm (0x03, 0x05), +17 dBm (0x02, 0x03),
        /// +14 dBm (0x02, 0x02). A power between rows takes the next row up and lowers the SetTxParams power by the difference
        /// (our approximation; the datasheet tabulates only the four rows).
        /// </summary>
        /// <returns>False outside -9..+22 dBm.</returns>
        internal static bool PaTable(int powerDbm, out byte paDutyCycle, out byte hpMax, out int txPowerDbm)
        {
            paDutyCycle = 0;
            hpMax = 0;
            txPowerDbm = 0;
            if (powerDbm < MinimumPowerDbm || powerDbm > MaximumPowerDbm)
            {
                return false;
            }

            int rowDbm;
            if (powerDbm <= 14)
            {
                rowDbm = 14;
                paDutyCycle = 0x02;
                hpMax = 0x02;
            }
            else if (powerDbm <= 17)
            {
                rowDbm = 17;
                paDutyCycle = 0x02;
                hpMax = 0x03;
            }
            else if (powerDbm <= 20)
            {
                rowDbm = 20;
                paDutyCycle = 0x03;
                hpMax = 0x05;
            }
            else
            {
                rowDbm = 22;
                paDutyCycle = 0x04;
                hpMax = 0x07;
            }

            txPowerDbm = MaximumPowerDbm - (rowDbm - powerDbm);
            return true;
        }

        /// <inheritdoc/>
        protected override bool PowerAmplifierSettings(int powerDbm, out byte paDutyCycle, out byte hpMax, out byte deviceSel, out int txPowerDbm)
        {
            deviceSel = DeviceSelSx1262;
            return PaTable(powerDbm, out paDutyCycle, out hpMax, out txPowerDbm);
        }
    }
}
