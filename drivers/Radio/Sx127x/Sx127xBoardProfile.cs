// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Radio.Sx127x
{
    /// <summary>
    /// How a board wires an SX127x: MCU pin numbers (for the device adapters that open the pins and the SPI bus) and
    /// the RF choices the driver needs. A plain class (nanoFramework has no records). -1 means "not connected".
    /// </summary>
    public class Sx127xBoardProfile
    {
        /// <summary>Board name for logs.</summary>
        public string Name;

        /// <summary>SPI bus id as nanoFramework numbers it (1 = SPI1).</summary>
        public int SpiBus;

        /// <summary>SPI clock GPIO.</summary>
        public int SckPin;

        /// <summary>SPI MOSI GPIO.</summary>
        public int MosiPin;

        /// <summary>SPI MISO GPIO.</summary>
        public int MisoPin;

        /// <summary>Chip select (NSS) GPIO.</summary>
        public int NssPin;

        /// <summary>NRESET GPIO, or -1 when the radio reset is tied to the MCU reset.</summary>
        public int ResetPin;

        /// <summary>DIO0 GPIO (TxDone / RxDone).</summary>
        public int Dio0Pin;

        /// <summary>DIO1 GPIO (RxTimeout), or -1; without it the driver polls RegIrqFlags while receiving.</summary>
        public int Dio1Pin;

        /// <summary>Which PA pin feeds the antenna.</summary>
        public PaOutput PaOutput;

        /// <summary>Highest conducted power the board allows in dBm (20 for PA_BOOST boards built for it).</summary>
        public int MaxPowerDbm;
    }
}
