// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Drivers.Radio.Sx127x
{
    /// <summary>RegIrqFlags (0x12) bits, SX1276/77/78/79 datasheet rev 7 §6.4; writing a 1 clears a flag.</summary>
    [Flags]
    internal enum IrqFlags : byte
    {
        /// <summary>No flag set.</summary>
        None = 0,

        /// <summary>Valid LoRa signal detected during CAD.</summary>
        CadDetected = 0b0000_0001,

        /// <summary>FHSS change channel.</summary>
        FhssChangeChannel = 0b0000_0010,

        /// <summary>CAD complete.</summary>
        CadDone = 0b0000_0100,

        /// <summary>FIFO payload transmission complete.</summary>
        TxDone = 0b0000_1000,

        /// <summary>Valid header received in RX.</summary>
        ValidHeader = 0b0001_0000,

        /// <summary>Payload CRC error.</summary>
        PayloadCrcError = 0b0010_0000,

        /// <summary>Packet reception complete.</summary>
        RxDone = 0b0100_0000,

        /// <summary>RXSINGLE time-out: no preamble within SymbTimeout symbols.</summary>
        RxTimeout = 0b1000_0000,

        /// <summary>All flags (written to clear everything).</summary>
        All = 0b1111_1111,
    }
}
