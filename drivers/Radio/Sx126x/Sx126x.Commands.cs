// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Drivers.Radio.Sx126x
{
    /// <summary>The SX126x command layer: one method per opcode, each behind the BUSY handshake (DS_SX1261-2 V2.1 §8.3.1, §13).</summary>
    public abstract partial class Sx126x
    {
        /// <summary>SetSleep sleepConfig bit 2: warm start, configuration retained (§13.1.1 Table 13-2).</summary>
        private const byte SleepWarmStart = 0b0000_0100;

        /// <summary>SetStandby StdbyConfig 0: STDBY_RC, 13 MHz RC oscillator (§13.1.2 Table 13-3).</summary>
        private const byte StandbyRc = 0x00;

        /// <summary>SetPacketType 0x01: LoRa (§13.4.2 Table 13-38).</summary>
        private const byte PacketTypeLoRa = 0x01;

        /// <summary>Calibrate calibParam 0x7F: all blocks (RC64k, RC13M, PLL, ADC pulse, ADC bulk N/P, image) (§13.1.12 Table 13-17).</summary>
        private const byte CalibrateAllBlocks = 0x7F;

        /// <summary>SetRegulatorMode 0x01: DC-DC + LDO (§13.1.11 Table 13-16).</summary>
        private const byte RegulatorDcDc = 0x01;

        /// <summary>SetRegulatorMode 0x00: LDO only.</summary>
        private const byte RegulatorLdo = 0x00;

        /// <summary>SetPaConfig paLut: always 0x01 (§13.1.14).</summary>
        private const byte PaLut = 0x01;

        /// <summary>SetTxParams RampTime 0x04: SET_RAMP_200U (§13.4.4 Table 13-41).</summary>
        private const byte Ramp200Microseconds = 0x04;

        /// <summary>SetPacketParams header type 0x00: variable length, explicit header (§13.4.6.2 Table 13-67).</summary>
        private const byte HeaderExplicit = 0x00;

        /// <summary>Time the chip needs to be fully asleep after SetSleep before an NSS falling edge may wake it: 500 µs.</summary>
        private const int SleepEntryMicroseconds = 500;

        /// <summary>SPI NOP byte clocked out while the chip answers.</summary>
        private const byte Nop = 0x00;

        private void WakeUp()
        {
            if (!_asleep)
            {
                return;
            }

            // In Sleep BUSY is high; the NSS falling edge of any transfer wakes the chip (§13.1.1). GetStatus is harmless.
            _out[0] = (byte)Command.GetStatus;
            _out[1] = Nop;
            _spi.TransferFullDuplex(_out, _in, 2);
            _asleep = false;
        }

        /// <summary>Waits (bounded) for BUSY low; the first time-out latches <see cref="_busyFault"/> and stops further commands.</summary>
        private bool WaitWhileBusy()
        {
            if (_busyFault)
            {
                return false;
            }

            if (!_busy.Read())
            {
                return true;
            }

            for (int i = 0; i < BusyPollLimit; i++)
            {
                _clock.DelayMicroseconds(BusyPollStepMicroseconds);
                if (!_busy.Read())
                {
                    return true;
                }
            }

            _busyFault = true;
            return false;
        }

        private void Send(int length)
        {
            if (WaitWhileBusy())
            {
                _spi.Write(_out, 0, length);
            }
        }

        private void Exchange(int length)
        {
            if (WaitWhileBusy())
            {
                _spi.TransferFullDuplex(_out, _in, length);
            }
            else
            {
                Array.Clear(_in, 0, length);
            }
        }

        private void Command1(Command command, byte parameter)
        {
            _out[0] = (byte)command;
            _out[1] = parameter;
            Send(2);
        }

        private void Command2(Command command, byte first, byte second)
        {
            _out[0] = (byte)command;
            _out[1] = first;
            _out[2] = second;
            Send(3);
        }

        private void SetStandby()
        {
            Command1(Command.SetStandby, StandbyRc);
        }

        private void SetSleep()
        {
            Command1(Command.SetSleep, SleepWarmStart);
            if (!_busyFault)
            {
                _asleep = true;

                // No NSS edge until the chip is fully asleep, or the wake-up edge may be lost (Semtech's reference
                // SX126x HAL waits 500 µs after SetSleep for this reason; DS_SX1261-2 V2.1 §13.1.1 wakes on NSS).
                _clock.DelayMicroseconds(SleepEntryMicroseconds);
            }
        }

        private void SetRfFrequency(uint rfFrequency)
        {
            _out[0] = (byte)Command.SetRfFrequency;
            _out[1] = (byte)(rfFrequency >> 24);
            _out[2] = (byte)(rfFrequency >> 16);
            _out[3] = (byte)(rfFrequency >> 8);
            _out[4] = (byte)rfFrequency;
            Send(5);
        }

        private void SetPaConfig(byte paDutyCycle, byte hpMax, byte deviceSel)
        {
            _out[0] = (byte)Command.SetPaConfig;
            _out[1] = paDutyCycle;
            _out[2] = hpMax;
            _out[3] = deviceSel;
            _out[4] = PaLut;
            Send(5);
        }

        private void SetTxParams(int powerDbm)
        {
            // Power is a signed byte (two's complement below 0 dBm, §13.4.4).
            Command2(Command.SetTxParams, (byte)(sbyte)powerDbm, Ramp200Microseconds);
        }

        private void SetModulationParams(int spreadingFactor, int bandwidthCode, int codingRateDenominator, bool lowDataRateOptimize)
        {
            // LoRa ModParam1..4: SF (0x05..0x0C), BW (Table 13-47), CR 0x01 = 4/5 .. 0x04 = 4/8 (Table 13-48), LDRO (Table 13-49).
            _out[0] = (byte)Command.SetModulationParams;
            _out[1] = (byte)spreadingFactor;
            _out[2] = (byte)bandwidthCode;
            _out[3] = (byte)(codingRateDenominator - 4);
            _out[4] = lowDataRateOptimize ? (byte)0x01 : (byte)0x00;
            Send(5);
        }

        private void SetPacketParams(int preambleSymbols, int payloadLength, bool crcOn, bool invertIq)
        {
            // LoRa PacketParam1..6 (§13.4.6.2): preamble[15:0], header type, payload length, CRC type, invert IQ.
            _out[0] = (byte)Command.SetPacketParams;
            _out[1] = (byte)(preambleSymbols >> 8);
            _out[2] = (byte)preambleSymbols;
            _out[3] = HeaderExplicit;
            _out[4] = (byte)payloadLength;
            _out[5] = crcOn ? (byte)0x01 : (byte)0x00;
            _out[6] = invertIq ? (byte)0x01 : (byte)0x00;
            Send(7);
        }

        /// <summary>
        /// §13.4.9 SetLoRaSymbNumTimeout. The chip reads the byte as mantissa × 2^(2 × exponent + 1) (5-bit mantissa), so
        /// counts above 63 sent as plain numbers are misread; Semtech's own drivers (LoRaMac-node, sx126x_driver) round the
        /// count up to that form and mirror it in register 0x0706 as exponent + (mantissa &lt;&lt; 3). Same here.
        /// </summary>
        private void SetLoRaSymbNumTimeout(int symbols)
        {
            int mantissa = (symbols + 1) >> 1;
            int exponent = 0;
            while (mantissa > SymbolMantissaMax)
            {
                mantissa = (mantissa + 3) >> 2;
                exponent++;
            }

            Command1(Command.SetLoRaSymbNumTimeout, (byte)(mantissa << ((2 * exponent) + 1)));
            WriteRegister(Register.LoRaSynchTimeout, (byte)(exponent + (mantissa << 3)));
        }

        private void SetDioIrqParams(IrqFlags irqMask, IrqFlags dio1Mask)
        {
            _out[0] = (byte)Command.SetDioIrqParams;
            _out[1] = (byte)((ushort)irqMask >> 8);
            _out[2] = (byte)irqMask;
            _out[3] = (byte)((ushort)dio1Mask >> 8);
            _out[4] = (byte)dio1Mask;
            _out[5] = 0x00;
            _out[6] = 0x00;
            _out[7] = 0x00;
            _out[8] = 0x00;
            Send(9);
        }

        private void ClearIrqStatus(IrqFlags flags)
        {
            Command2(Command.ClearIrqStatus, (byte)((ushort)flags >> 8), (byte)flags);
        }

        private IrqFlags GetIrqStatus()
        {
            _out[0] = (byte)Command.GetIrqStatus;
            _out[1] = Nop;
            _out[2] = Nop;
            _out[3] = Nop;
            Exchange(4);
            return (IrqFlags)((_in[2] << 8) | _in[3]);
        }

        private void SetTimeoutCommand(Command command, int steps)
        {
            _out[0] = (byte)command;
            _out[1] = (byte)(steps >> 16);
            _out[2] = (byte)(steps >> 8);
            _out[3] = (byte)steps;
            Send(4);
        }

        private void SetDIO3AsTCXOCtrl(TcxoVoltage voltage, int delaySteps)
        {
            _out[0] = (byte)Command.SetDIO3AsTCXOCtrl;
            _out[1] = (byte)voltage;
            _out[2] = (byte)(delaySteps >> 16);
            _out[3] = (byte)(delaySteps >> 8);
            _out[4] = (byte)delaySteps;
            Send(5);
        }

        private void WriteRegister(Register register, byte value)
        {
            _out[0] = (byte)Command.WriteRegister;
            _out[1] = (byte)((ushort)register >> 8);
            _out[2] = (byte)register;
            _out[3] = value;
            Send(4);
        }

        private void WriteRegister(Register register, byte first, byte second)
        {
            _out[0] = (byte)Command.WriteRegister;
            _out[1] = (byte)((ushort)register >> 8);
            _out[2] = (byte)register;
            _out[3] = first;
            _out[4] = second;
            Send(5);
        }

        /// <summary>Reads <paramref name="count"/> registers into <c>_in[4..]</c> (opcode, address, NOP status, data).</summary>
        private void ReadRegisters(Register register, int count)
        {
            _out[0] = (byte)Command.ReadRegister;
            _out[1] = (byte)((ushort)register >> 8);
            _out[2] = (byte)register;
            for (int i = 3; i < count + 4; i++)
            {
                _out[i] = Nop;
            }

            Exchange(count + 4);
        }

        private byte ReadRegister(Register register)
        {
            ReadRegisters(register, 1);
            return _in[4];
        }

        private void WriteBuffer(byte[] data, int offset, int count)
        {
            _out[0] = (byte)Command.WriteBuffer;
            _out[1] = 0x00;
            Array.Copy(data, offset, _out, 2, count);
            Send(count + 2);
        }

        /// <summary>Reads <paramref name="count"/> buffer bytes from <paramref name="start"/> into <c>_in[3..]</c> (opcode, offset, NOP status, data).</summary>
        private void ReadBuffer(byte start, int count)
        {
            _out[0] = (byte)Command.ReadBuffer;
            _out[1] = start;
            for (int i = 2; i < count + 3; i++)
            {
                _out[i] = Nop;
            }

            Exchange(count + 3);
        }

        /// <summary>GetRxBufferStatus: payload length in <c>_in[2]</c>, start pointer in <c>_in[3]</c> (§13.5.2).</summary>
        private void GetRxBufferStatus()
        {
            _out[0] = (byte)Command.GetRxBufferStatus;
            _out[1] = Nop;
            _out[2] = Nop;
            _out[3] = Nop;
            Exchange(4);
        }

        /// <summary>GetPacketStatus: RssiPkt in <c>_in[2]</c>, SnrPkt in <c>_in[3]</c>, SignalRssiPkt in <c>_in[4]</c> (§13.5.3).</summary>
        private void GetPacketStatus()
        {
            _out[0] = (byte)Command.GetPacketStatus;
            _out[1] = Nop;
            _out[2] = Nop;
            _out[3] = Nop;
            _out[4] = Nop;
            Exchange(5);
        }
    }
}
