// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Radio.Sx126x
{
    /// <summary>
    /// SX126x SPI opcodes, named as in DS_SX1261-2 V2.1 §11 (command tables) and described in §13 "Commands Interface".
    /// Every command is sent only when BUSY is low (§8.3.1).
    /// </summary>
    internal enum Command : byte
    {
        /// <summary>§13.6.4 ResetStats (0x00).</summary>
        ResetStats = 0x00,

        /// <summary>§13.3.4 ClearIrqStatus(ClearIrqParam[15:0]).</summary>
        ClearIrqStatus = 0x02,

        /// <summary>§13.6.2 ClearDeviceErrors (two zero bytes).</summary>
        ClearDeviceErrors = 0x07,

        /// <summary>§13.3.1 SetDioIrqParams(IrqMask, DIO1Mask, DIO2Mask, DIO3Mask), 16 bits each.</summary>
        SetDioIrqParams = 0x08,

        /// <summary>§13.2.1 WriteRegister(address[15:0], data...).</summary>
        WriteRegister = 0x0D,

        /// <summary>§13.2.3 WriteBuffer(offset, data...).</summary>
        WriteBuffer = 0x0E,

        /// <summary>§13.6.3 GetStats.</summary>
        GetStats = 0x10,

        /// <summary>§13.4.3 GetPacketType.</summary>
        GetPacketType = 0x11,

        /// <summary>§13.3.3 GetIrqStatus → status, IrqStatus[15:0].</summary>
        GetIrqStatus = 0x12,

        /// <summary>§13.5.2 GetRxBufferStatus → status, PayloadLengthRx, RxStartBufferPointer.</summary>
        GetRxBufferStatus = 0x13,

        /// <summary>§13.5.3 GetPacketStatus → status, RssiPkt, SnrPkt, SignalRssiPkt (LoRa).</summary>
        GetPacketStatus = 0x14,

        /// <summary>§13.5.4 GetRssiInst.</summary>
        GetRssiInst = 0x15,

        /// <summary>§13.6.1 GetDeviceErrors → status, OpError[15:0].</summary>
        GetDeviceErrors = 0x17,

        /// <summary>§13.2.2 ReadRegister(address[15:0]) → NOP status, data...</summary>
        ReadRegister = 0x1D,

        /// <summary>§13.2.4 ReadBuffer(offset) → NOP status, data...</summary>
        ReadBuffer = 0x1E,

        /// <summary>§13.1.2 SetStandby(StdbyConfig: 0 STDBY_RC, 1 STDBY_XOSC).</summary>
        SetStandby = 0x80,

        /// <summary>§13.1.5 SetRx(timeout[23:0] × 15.625 µs; 0 single without time-out, 0xFFFFFF continuous).</summary>
        SetRx = 0x82,

        /// <summary>§13.1.4 SetTx(timeout[23:0] × 15.625 µs; 0 disables the time-out).</summary>
        SetTx = 0x83,

        /// <summary>§13.1.1 SetSleep(sleepConfig: bit 2 warm start, bit 0 RTC wake-up).</summary>
        SetSleep = 0x84,

        /// <summary>§13.4.1 SetRfFrequency(RFfreq[31:0] = f × 2^25 / 32 MHz).</summary>
        SetRfFrequency = 0x86,

        /// <summary>§13.4.7 SetCadParams.</summary>
        SetCadParams = 0x88,

        /// <summary>§13.1.12 Calibrate(calibParam).</summary>
        Calibrate = 0x89,

        /// <summary>§13.4.2 SetPacketType(0x00 GFSK, 0x01 LoRa).</summary>
        SetPacketType = 0x8A,

        /// <summary>§13.4.5 SetModulationParams (LoRa: SF, BW, CR, LowDataRateOptimize).</summary>
        SetModulationParams = 0x8B,

        /// <summary>§13.4.6 SetPacketParams (LoRa: preamble[15:0], header type, payload length, CRC type, invert IQ).</summary>
        SetPacketParams = 0x8C,

        /// <summary>§13.4.4 SetTxParams(power, RampTime).</summary>
        SetTxParams = 0x8E,

        /// <summary>§13.4.8 SetBufferBaseAddress(TX base, RX base).</summary>
        SetBufferBaseAddress = 0x8F,

        /// <summary>§13.1.16 SetRxTxFallbackMode(0x40 FS, 0x30 STDBY_XOSC, 0x20 STDBY_RC).</summary>
        SetRxTxFallbackMode = 0x93,

        /// <summary>§13.1.7 SetRxDutyCycle.</summary>
        SetRxDutyCycle = 0x94,

        /// <summary>§13.1.14 SetPaConfig(paDutyCycle, hpMax, deviceSel, paLut).</summary>
        SetPaConfig = 0x95,

        /// <summary>§13.1.11 SetRegulatorMode(0 LDO only, 1 DC-DC + LDO).</summary>
        SetRegulatorMode = 0x96,

        /// <summary>§13.3.6 SetDIO3AsTCXOCtrl(tcxoVoltage, delay[23:0] × 15.625 µs).</summary>
        SetDIO3AsTCXOCtrl = 0x97,

        /// <summary>§13.1.13 CalibrateImage(freq1, freq2).</summary>
        CalibrateImage = 0x98,

        /// <summary>§13.3.5 SetDIO2AsRfSwitchCtrl(enable).</summary>
        SetDIO2AsRfSwitchCtrl = 0x9D,

        /// <summary>§13.1.6 StopTimerOnPreamble(enable).</summary>
        StopTimerOnPreamble = 0x9F,

        /// <summary>§13.4.9 SetLoRaSymbNumTimeout(SymbNum).</summary>
        SetLoRaSymbNumTimeout = 0xA0,

        /// <summary>§13.5.1 GetStatus → status byte (chip mode bits 6-4, command status bits 3-1).</summary>
        GetStatus = 0xC0,

        /// <summary>§13.1.3 SetFs.</summary>
        SetFs = 0xC1,

        /// <summary>§13.1.8 SetCad.</summary>
        SetCad = 0xC5,

        /// <summary>§13.1.9 SetTxContinuousWave.</summary>
        SetTxContinuousWave = 0xD1,

        /// <summary>§13.1.10 SetTxInfinitePreamble.</summary>
        SetTxInfinitePreamble = 0xD2,
    }
}
