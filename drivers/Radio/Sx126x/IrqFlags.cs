// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Drivers.Radio.Sx126x
{
    /// <summary>SX126x IRQ bits, DS_SX1261-2 V2.1 §13.3.1 Table 13-29 "IRQ Status Registers".</summary>
    [Flags]
    internal enum IrqFlags : ushort
    {
        /// <summary>No IRQ.</summary>
        None = 0,

        /// <summary>Bit 0: packet transmission completed.</summary>
        TxDone = 0b0000_0000_0000_0001,

        /// <summary>Bit 1: packet received.</summary>
        RxDone = 0b0000_0000_0000_0010,

        /// <summary>Bit 2: preamble detected.</summary>
        PreambleDetected = 0b0000_0000_0000_0100,

        /// <summary>Bit 3: valid sync word detected (FSK).</summary>
        SyncWordValid = 0b0000_0000_0000_1000,

        /// <summary>Bit 4: valid LoRa header received.</summary>
        HeaderValid = 0b0000_0000_0001_0000,

        /// <summary>Bit 5: LoRa header CRC error.</summary>
        HeaderErr = 0b0000_0000_0010_0000,

        /// <summary>Bit 6: wrong CRC received.</summary>
        CrcErr = 0b0000_0000_0100_0000,

        /// <summary>Bit 7: channel activity detection finished.</summary>
        CadDone = 0b0000_0000_1000_0000,

        /// <summary>Bit 8: channel activity detected.</summary>
        CadDetected = 0b0000_0001_0000_0000,

        /// <summary>Bit 9: RX or TX time-out.</summary>
        Timeout = 0b0000_0010_0000_0000,

        /// <summary>Every IRQ bit (ClearIrqStatus argument to clear all).</summary>
        All = 0b0000_0011_1111_1111,
    }
}
