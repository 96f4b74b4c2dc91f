// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Drivers.Radio.Sx127x
{
    /// <summary>
    /// RegOpMode (0x01) bit fields in LoRa mode: SX1276/77/78/79 datasheet rev 7 §6.4 and §4.1.5 ("LoRa Operating Modes").
    /// A register value is <see cref="LongRangeMode"/> | one mode (bits 2-0) | optionally <see cref="LowFrequencyModeOn"/>.
    /// </summary>
    [Flags]
    internal enum OpMode : byte
    {
        /// <summary>Mode 000: Sleep. The only mode in which LongRangeMode may change; the FIFO is not accessible.</summary>
        Sleep = 0b0000_0000,

        /// <summary>Mode 001: Standby (crystal oscillator on).</summary>
        Standby = 0b0000_0001,

        /// <summary>Mode 010: frequency synthesis TX.</summary>
        FrequencySynthesisTx = 0b0000_0010,

        /// <summary>Mode 011: transmit the FIFO, raise TxDone, return to Standby.</summary>
        Transmit = 0b0000_0011,

        /// <summary>Mode 100: frequency synthesis RX.</summary>
        FrequencySynthesisRx = 0b0000_0100,

        /// <summary>Mode 101: continuous receive.</summary>
        ReceiveContinuous = 0b0000_0101,

        /// <summary>Mode 110: RXSINGLE, receive one packet or time out after SymbTimeout symbols, then Standby.</summary>
        ReceiveSingle = 0b0000_0110,

        /// <summary>Mode 111: channel activity detection.</summary>
        ChannelActivityDetection = 0b0000_0111,

        /// <summary>Mask of the mode bits 2-0.</summary>
        ModeMask = 0b0000_0111,

        /// <summary>Bit 3: access the low-frequency (bands 2/3) test registers.</summary>
        LowFrequencyModeOn = 0b0000_1000,

        /// <summary>Bit 7: LoRa mode (1) instead of FSK/OOK (0).</summary>
        LongRangeMode = 0b1000_0000,
    }
}
