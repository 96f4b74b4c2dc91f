// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Radio.Sx126x
{
    /// <summary>Supply voltage DIO3 gives a TCXO: DS_SX1261-2 V2.1 §13.3.6 Table 13-35 (tcxoVoltage parameter).</summary>
    public enum TcxoVoltage : byte
    {
        /// <summary>1.6 V.</summary>
        Volts1_6 = 0x00,

        /// <summary>1.7 V.</summary>
        Volts1_7 = 0x01,

        /// <summary>1.8 V (Heltec WiFi LoRa 32 V3).</summary>
        Volts1_8 = 0x02,

        /// <summary>2.2 V.</summary>
        Volts2_2 = 0x03,

        /// <summary>2.4 V.</summary>
        Volts2_4 = 0x04,

        /// <summary>2.7 V.</summary>
        Volts2_7 = 0x05,

        /// <summary>3.0 V.</summary>
        Volts3_0 = 0x06,

        /// <summary>3.3 V.</summary>
        Volts3_3 = 0x07,
    }
}
