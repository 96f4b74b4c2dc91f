// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Radio.Sx126x
{
    /// <summary>
    /// How a board wires an SX126x: MCU pin numbers (for the device adapters) and the RF front-end choices the driver
    /// applies at initialisation. A plain class (nanoFramework has no records). -1 means "not connected".
    /// </summary>
    public class Sx126xBoardProfile
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

        /// <summary>NRESET GPIO (required: it is the driver's recovery from a stuck BUSY line).</summary>
        public int ResetPin;

        /// <summary>BUSY GPIO.</summary>
        public int BusyPin;

        /// <summary>DIO1 GPIO (all IRQs are routed to DIO1).</summary>
        public int Dio1Pin;

        /// <summary>True when a TCXO is powered from DIO3 (§13.3.6); false for a crystal.</summary>
        public bool UsesTcxo;

        /// <summary>TCXO supply voltage when <see cref="UsesTcxo"/>.</summary>
        public TcxoVoltage TcxoVoltage;

        /// <summary>Time the TCXO needs to start, in microseconds (sent in 15.625 µs steps).</summary>
        public int TcxoStartupMicroseconds;

        /// <summary>True when DIO2 drives the antenna switch (high in TX), §13.3.5.</summary>
        public bool Dio2AsRfSwitch;

        /// <summary>True when the board fits the DC-DC inductor, so SetRegulatorMode(DC-DC) is used (§13.1.11).</summary>
        public bool UseDcDcRegulator;

        /// <summary>Highest conducted power the board allows in dBm (22 on SX1262).</summary>
        public int MaxPowerDbm;
    }
}
