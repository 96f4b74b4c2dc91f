// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Boards
{
    /// <summary>The LoRa transceiver a board carries; decides which radio driver and board profile apply.</summary>
    public enum RadioChip
    {
        /// <summary>Semtech SX1276 (SX127x family, DIO0/DIO1 interrupts, PA_BOOST or RFO output).</summary>
        Sx1276 = 0,

        /// <summary>Semtech SX1262 (SX126x family, BUSY line and DIO1 interrupt, TCXO and RF switch options).</summary>
        Sx1262 = 1,
    }
}
