// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Radio.Sx127x
{
    /// <summary>
    /// SX1276/77/78/79 registers in LoRa mode (LongRangeMode = 1), names and addresses as in the
    /// SX1276/77/78/79 datasheet rev 7, §6.4 "LoRa Mode Register Map" (reset values in the remarks).
    /// RegHighBwOptimize1/2 come from the SX1276/77/78/79 errata note, §2.1.
    /// </summary>
    internal enum Register : byte
    {
        /// <summary>LoRa base-band FIFO data input/output; the FIFO is cleared and not accessible in Sleep mode.</summary>
        RegFifo = 0x00,

        /// <summary>Operating mode and LoRa/FSK selection.</summary>
        /// <remarks>Bit 7 LongRangeMode (changeable in Sleep only), bit 6 AccessSharedReg, bit 3 LowFrequencyModeOn, bits 2-0 Mode. Reset 0x09.</remarks>
        RegOpMode = 0x01,

        /// <summary>RF carrier frequency, most significant bits Frf(23:16).</summary>
        /// <remarks>Reset 0x6C (434 MHz with Mid/Lsb).</remarks>
        RegFrfMsb = 0x06,

        /// <summary>RF carrier frequency, intermediate bits Frf(15:8). Reset 0x80.</summary>
        RegFrfMid = 0x07,

        /// <summary>RF carrier frequency, least significant bits Frf(7:0); the frequency takes effect when this byte is written. Reset 0x00.</summary>
        RegFrfLsb = 0x08,

        /// <summary>PA selection and output power control.</summary>
        /// <remarks>Bit 7 PaSelect (0 RFO, 1 PA_BOOST), bits 6-4 MaxPower (Pmax = 10.8 + 0.6 MaxPower), bits 3-0 OutputPower. Reset 0x4F.</remarks>
        RegPaConfig = 0x09,

        /// <summary>Rise/fall time of the PA ramp. Reset 0x09 (40 µs).</summary>
        RegPaRamp = 0x0A,

        /// <summary>Over-current protection of the PA.</summary>
        /// <remarks>Bit 5 OcpOn, bits 4-0 OcpTrim: Imax = 45 + 5 OcpTrim mA (OcpTrim ≤ 15), -30 + 10 OcpTrim mA (16..27), 240 mA above. Reset 0x2B (100 mA).</remarks>
        RegOcp = 0x0B,

        /// <summary>LNA settings.</summary>
        /// <remarks>Bits 7-5 LnaGain, bits 4-3 LnaBoostLf, bits 1-0 LnaBoostHf (11 = 150 % LNA current). Reset 0x20.</remarks>
        RegLna = 0x0C,

        /// <summary>SPI interface address pointer in the FIFO data buffer.</summary>
        RegFifoAddrPtr = 0x0D,

        /// <summary>Write base address in the FIFO data buffer for the TX modulator. Reset 0x80.</summary>
        RegFifoTxBaseAddr = 0x0E,

        /// <summary>Read base address in the FIFO data buffer for the RX demodulator. Reset 0x00.</summary>
        RegFifoRxBaseAddr = 0x0F,

        /// <summary>Start address (in the data buffer) of the last packet received.</summary>
        RegFifoRxCurrentAddr = 0x10,

        /// <summary>Optional IRQ flag mask (1 masks the IRQ).</summary>
        RegIrqFlagsMask = 0x11,

        /// <summary>IRQ flags; writing a 1 clears a flag. See <see cref="IrqFlags"/>.</summary>
        RegIrqFlags = 0x12,

        /// <summary>Number of payload bytes of the latest packet received.</summary>
        RegRxNbBytes = 0x13,

        /// <summary>Modem status (RxCodingRate, ModemStatus bits).</summary>
        RegModemStat = 0x18,

        /// <summary>Estimation of SNR on the last packet received, two's complement, in 0.25 dB steps.</summary>
        RegPktSnrValue = 0x19,

        /// <summary>RSSI of the latest packet received (see §5.5.5).</summary>
        RegPktRssiValue = 0x1A,

        /// <summary>Current RSSI value.</summary>
        RegRssiValue = 0x1B,

        /// <summary>PLL lock failure, CRC on payload (from the received header), FHSS channel.</summary>
        RegHopChannel = 0x1C,

        /// <summary>Modem physical layer configuration 1.</summary>
        /// <remarks>Bits 7-4 Bw (0111 125 kHz, 1000 250 kHz, 1001 500 kHz), bits 3-1 CodingRate (001 4/5 .. 100 4/8), bit 0 ImplicitHeaderModeOn. Reset 0x72.</remarks>
        RegModemConfig1 = 0x1D,

        /// <summary>Modem physical layer configuration 2.</summary>
        /// <remarks>Bits 7-4 SpreadingFactor, bit 3 TxContinuousMode, bit 2 RxPayloadCrcOn, bits 1-0 SymbTimeout(9:8). Reset 0x70.</remarks>
        RegModemConfig2 = 0x1E,

        /// <summary>RX time-out LSB SymbTimeout(7:0): RXSINGLE time-out = SymbTimeout × T_sym. Reset 0x64.</summary>
        RegSymbTimeoutLsb = 0x1F,

        /// <summary>Preamble length MSB, = PreambleLength + 4.25 symbols. Reset 0x00.</summary>
        RegPreambleMsb = 0x20,

        /// <summary>Preamble length LSB. Reset 0x08.</summary>
        RegPreambleLsb = 0x21,

        /// <summary>Payload length in bytes (used for TX; implicit-header RX). Reset 0x01.</summary>
        RegPayloadLength = 0x22,

        /// <summary>Maximum payload length; a longer header payload length raises a header CRC error. Reset 0xFF.</summary>
        RegMaxPayloadLength = 0x23,

        /// <summary>Current value of the RX data buffer pointer (address of the last byte written by the LoRa receiver).</summary>
        RegFifoRxByteAddr = 0x25,

        /// <summary>Modem physical layer configuration 3.</summary>
        /// <remarks>Bit 3 LowDataRateOptimize (mandatory when the symbol length exceeds 16 ms), bit 2 AgcAutoOn. Reset 0x04.</remarks>
        RegModemConfig3 = 0x26,

        /// <summary>Wideband RSSI measurement: its least significant bit is noise, the source of <see cref="Sx127x.Random"/>.</summary>
        RegRssiWideband = 0x2C,

        /// <summary>Errata §2.3: IF frequency setting 1.</summary>
        RegIfFreq1 = 0x2F,

        /// <summary>Errata §2.3: IF frequency setting 2.</summary>
        RegIfFreq2 = 0x30,

        /// <summary>LoRa detection optimize: 0x03 for SF7 to SF12, 0x05 for SF6 (bits 2-0). Reset 0xC3.</summary>
        RegDetectOptimize = 0x31,

        /// <summary>Invert the LoRa I and Q signals: bit 6 InvertIQ (RX path), bit 0 TX path. Reset 0x27.</summary>
        RegInvertIQ = 0x33,

        /// <summary>Errata §2.1: high-bandwidth optimisation 1 (0x02 for 500 kHz, 0x03 otherwise).</summary>
        RegHighBwOptimize1 = 0x36,

        /// <summary>LoRa detection threshold: 0x0A for SF7 to SF12, 0x0C for SF6. Reset 0x0A.</summary>
        RegDetectionThreshold = 0x37,

        /// <summary>LoRa sync word; 0x34 is reserved for LoRaWAN networks. Reset 0x12.</summary>
        RegSyncWord = 0x39,

        /// <summary>Errata §2.1: high-bandwidth optimisation 2 (0x64 for 500 kHz above 525 MHz).</summary>
        RegHighBwOptimize2 = 0x3A,

        /// <summary>Optimize for inverted IQ: 0x19 with inverted IQ, 0x1D for normal. Reset 0x1D.</summary>
        RegInvertIQ2 = 0x3B,

        /// <summary>
        /// RegImageCal in the FSK/OOK register map (§6.2; reset 0x82): AutoImageCalOn bit 7, ImageCalStart bit 6,
        /// ImageCalRunning bit 5. Reached only with LongRangeMode = 0: in LoRa mode this address is <see cref="RegInvertIQ2"/>.
        /// </summary>
        RegImageCal = 0x3B,

        /// <summary>Mapping of pins DIO0 to DIO3.</summary>
        /// <remarks>Bits 7-6 Dio0Mapping (LoRa: 00 RxDone, 01 TxDone, 10 CadDone), bits 5-4 Dio1Mapping (00 RxTimeout). Reset 0x00.</remarks>
        RegDioMapping1 = 0x40,

        /// <summary>Mapping of pins DIO4 and DIO5. Reset 0x00.</summary>
        RegDioMapping2 = 0x41,

        /// <summary>Semtech ID relating the silicon revision: 0x12 for SX1276/77/78/79.</summary>
        RegVersion = 0x42,

        /// <summary>Higher power settings of the PA: 0x84 default, 0x87 for +20 dBm on PA_BOOST (§5.4.3).</summary>
        RegPaDac = 0x4D,
    }
}
