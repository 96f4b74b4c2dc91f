// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Drivers.Radio.Sx126x
{
    /// <summary>
    /// Semtech SX126x LoRa transceiver family (DS_SX1261-2 V2.1) behind the MAC's <see cref="IRadio"/>. Every command waits
    /// (bounded) for BUSY low; IRQs arrive on DIO1; between operations the chip sleeps with warm start. Faults are
    /// <see cref="RadioStatus"/> values and leave the chip asleep; a stuck BUSY line is cleared with a hardware reset and
    /// the next call re-initialises the chip. Nothing is allocated after construction.
    /// </summary>
    [HotPath]
    public abstract partial class Sx126x : IRadio
    {
        /// <summary>NRESET low time: more than 50 µs, typically 100 µs (DS_SX1261-2 V2.1 §8.1 "Reset").</summary>
        private const int ResetPulseMicroseconds = 100;

        /// <summary>BUSY poll step.</summary>
        private const int BusyPollStepMicroseconds = 50;

        /// <summary>
        /// BUSY bound: 20 ms. The longest documented BUSY periods are a full calibration (3.5 ms, §13.1.12) and the wake-up
        /// from Sleep with a TCXO start-up (board-defined, 5 ms on the supported boards); 20 ms covers both with room.
        /// </summary>
        private const int BusyTimeoutMicroseconds = 20000;

        /// <summary>Polls of BUSY before giving up.</summary>
        private const int BusyPollLimit = BusyTimeoutMicroseconds / BusyPollStepMicroseconds;

        /// <summary>LoRaWAN public-network sync word 0x3444 in registers 0x0740/0x0741 (Table 12-1; Semtech AN1200.48 for the public value).</summary>
        private const byte PublicSyncWordMsb = 0x34;

        /// <summary>LSB of the public sync word.</summary>
        private const byte PublicSyncWordLsb = 0x44;

        /// <summary>Reset value of the LoRa sync word MSB, 0x14 (Table 12-1): read right after reset as the identity check.</summary>
        private const byte ResetSyncWordMsb = 0x14;

        /// <summary>Reset value of the LoRa sync word LSB, 0x24 (Table 12-1).</summary>
        private const byte ResetSyncWordLsb = 0x24;

        /// <summary>§15.4: register 0x0736 bit 2 = 1 with standard IQ, 0 with inverted IQ.</summary>
        private const byte IqPolarityStandardBit = 0b0000_0100;

        /// <summary>§15.1: register 0x0889 bit 2 = 0 with LoRa BW 500 kHz, 1 otherwise.</summary>
        private const byte TxModulationNot500KhzBit = 0b0000_0100;

        /// <summary>§15.2: register 0x08D8 bits 4-1 set to 1111.</summary>
        private const byte TxClampBits = 0b0001_1110;

        /// <summary>The IRQs the driver uses, all routed to DIO1 (§13.3.1).</summary>
        private const IrqFlags UsedIrqs = IrqFlags.TxDone | IrqFlags.RxDone | IrqFlags.HeaderErr | IrqFlags.CrcErr | IrqFlags.Timeout;

        /// <summary>Longest LoRa payload.</summary>
        private const int MaxPayloadLength = 255;

        /// <summary>
        /// Longest symbol count SetLoRaSymbNumTimeout can express, 248 = 31 × 2^3 (mantissa/exponent form, see
        /// <see cref="SetLoRaSymbNumTimeout"/>); longer windows rely on the SetRx timer alone.
        /// </summary>
        private const int MaxSymbolNumber = 248;

        /// <summary>Largest mantissa of the SymbNum encoding (5 bits).</summary>
        private const int SymbolMantissaMax = 31;

        /// <summary>Upper bound accepted for RadioRxSettings.SymbolTimeout (same 10-bit range as the SX127x).</summary>
        private const int MaxSymbolTimeout = 1023;

        /// <summary>Symbols added to the SetRx timer beyond the symbol window, so the modem's symbol count closes the window first.</summary>
        private const int RxTimerExtraSymbols = 2;

        /// <summary>Sync word and SFD after the programmed preamble: 4.25 symbols (§6.1.4 time-on-air formula), rounded up.</summary>
        private const int SyncSymbolsRoundedUp = 5;

        /// <summary>
        /// The explicit header sits in the first 8-symbol block after the preamble (§6.1.4: n_symbol = 8 + ...), so
        /// HeaderValid comes at most 8 symbols after the sync.
        /// </summary>
        private const int HeaderSymbols = 8;

        /// <summary>SetRx time-out 0xFFFFFF: continuous RX (§13.1.5), used to run the random number generator.</summary>
        private const int RxContinuous = 0xFFFFFF;

        /// <summary>Time in continuous RX before reading RandomNumberGen.</summary>
        private const int RandomSettleMilliseconds = 1;

        /// <summary>
        /// Register 0x08E2 bit 0: LNA enable. Cleared while the RNG runs so RandomNumberGen samples the front end without
        /// the LNA (LoRaMac-node <c>SX126xGetRandom</c>, Semtech sx126x_driver <c>sx126x_get_random_numbers</c>, RadioLib
        /// <c>randomByte</c>; the datasheet does not document the register).
        /// </summary>
        private const byte AnaLnaEnableBit = 0b0000_0001;

        /// <summary>Register 0x08E5 bit 7: mixer enable, cleared around the RNG read like <see cref="AnaLnaEnableBit"/>.</summary>
        private const byte AnaMixerEnableBit = 0b1000_0000;

        /// <summary>
        /// Time the driver allows itself, from a Receive call, to wake the chip and send the window's configuration before
        /// SetRx: about fifteen SPI commands behind the BUSY handshake plus the wake-up from warm-start sleep. The driver pads
        /// to exactly this, so the receiver starts a fixed <see cref="ReceiveStartupMicroseconds"/> after the call.
        /// </summary>
        internal const int ReceiveSetupAllowanceMicroseconds = 3000;

        private readonly ISpiDevice _spi;
        private readonly IOutputPin _reset;
        private readonly IInputPin _busy;
        private readonly IInputPin _dio1;
        private readonly IClock _clock;
        private readonly Sx126xBoardProfile _board;

        /// <summary>Opcode + offset + 255 data bytes + slack, out and in.</summary>
        private readonly byte[] _out = new byte[MaxPayloadLength + 8];
        private readonly byte[] _in = new byte[MaxPayloadLength + 8];

        private bool _initialized;
        private bool _needsReconfiguration;
        private bool _asleep;
        private bool _busyFault;
        private int _calibratedBand = -1;
        private long _transmitMicroseconds;
        private long _receiveMicroseconds;

        /// <summary>Creates the driver; no SPI traffic until <see cref="Initialize"/>.</summary>
        /// <param name="spi">The radio's SPI device (NSS handled by the bus).</param>
        /// <param name="reset">NRESET output.</param>
        /// <param name="busy">BUSY input.</param>
        /// <param name="dio1">DIO1 input (IRQ line).</param>
        /// <param name="clock">Monotonic clock and delays; all waits are bounded on it.</param>
        /// <param name="board">Board wiring and RF front-end choices.</param>
        protected Sx126x(ISpiDevice spi, IOutputPin reset, IInputPin busy, IInputPin dio1, IClock clock, Sx126xBoardProfile board)
        {
            if (spi == null)
            {
                throw new ArgumentNullException(nameof(spi));
            }

            if (reset == null)
            {
                throw new ArgumentNullException(nameof(reset));
            }

            if (busy == null)
            {
                throw new ArgumentNullException(nameof(busy));
            }

            if (dio1 == null)
            {
                throw new ArgumentNullException(nameof(dio1));
            }

            if (clock == null)
            {
                throw new ArgumentNullException(nameof(clock));
            }

            if (board == null)
            {
                throw new ArgumentNullException(nameof(board));
            }

            _spi = spi;
            _reset = reset;
            _busy = busy;
            _dio1 = dio1;
            _clock = clock;
            _board = board;
        }

        /// <inheritdoc/>
        public long TransmitTimeMicroseconds
        {
            get { return _transmitMicroseconds; }
        }

        /// <inheritdoc/>
        public long ReceiveTimeMicroseconds
        {
            get { return _receiveMicroseconds; }
        }

        /// <inheritdoc/>
        /// <remarks>
        /// The set-up allowance plus, on a TCXO board, the TCXO start-up the chip waits after SetRx before it listens
        /// (SetDIO3AsTCXOCtrl delay, DS_SX1261-2 V2.1 §13.3.6; 5 ms on the Heltec V3). LoRaMac-node adds the same figure
        /// (<c>SX126xGetBoardTcxoWakeupTime</c> + its radio wake-up time) when it schedules RX1/RX2.
        /// </remarks>
        public int ReceiveStartupMicroseconds
        {
            get { return ReceiveSetupAllowanceMicroseconds + ChipStartMicroseconds; }
        }

        /// <summary>The board profile this driver was built with.</summary>
        public Sx126xBoardProfile Board
        {
            get { return _board; }
        }

        /// <inheritdoc/>
        public abstract uint MinFrequencyHz { get; }

        /// <inheritdoc/>
        public abstract uint MaxFrequencyHz { get; }

        /// <inheritdoc/>
        public int MinPowerDbm
        {
            get { return ChipMinPowerDbm; }
        }

        /// <inheritdoc/>
        public int MaxPowerDbm
        {
            get { return _board.MaxPowerDbm < ChipMaxPowerDbm ? _board.MaxPowerDbm : ChipMaxPowerDbm; }
        }

        /// <summary>Time from SetTx/SetRx in STDBY_RC until the chip transmits or listens: the TCXO start-up on a TCXO board.</summary>
        private int ChipStartMicroseconds
        {
            get { return _board.UsesTcxo ? _board.TcxoStartupMicroseconds : 0; }
        }

        /// <summary>Time in TX/RX since the command at <paramref name="commandMicroseconds"/>, without the TCXO start that precedes it.</summary>
        private long ActiveMicroseconds(long commandMicroseconds)
        {
            long active = _clock.UptimeMicroseconds - commandMicroseconds - ChipStartMicroseconds;
            return active > 0 ? active : 0;
        }

        /// <summary>Lowest power the chip's PA produces, in dBm.</summary>
        protected abstract int ChipMinPowerDbm { get; }

        /// <summary>Highest power the chip's PA produces, in dBm.</summary>
        protected abstract int ChipMaxPowerDbm { get; }

        /// <inheritdoc/>
        public RadioStatus Initialize()
        {
            _initialized = false;
            _busyFault = false;
            HardwareReset();
            if (_busyFault)
            {
                return FailBusy();
            }

            // Identity: right after a reset the LoRa sync word holds its documented reset value 0x1424 (Table 12-1).
            ReadRegisters(Register.LoRaSyncWordMsb, 2);
            if (_busyFault)
            {
                return FailBusy();
            }

            if (_in[4] != ResetSyncWordMsb || _in[5] != ResetSyncWordLsb)
            {
                SetSleep();
                return RadioStatus.WrongChip;
            }

            RadioStatus status = Configure();
            if (status != RadioStatus.Ok)
            {
                return status;
            }

            _initialized = true;
            return RadioStatus.Ok;
        }

        /// <inheritdoc/>
        public RadioStatus Sleep()
        {
            if (!_initialized)
            {
                return RadioStatus.NotInitialized;
            }

            if (_asleep)
            {
                return RadioStatus.Ok;
            }

            _busyFault = false;
            SetSleep();
            return _busyFault ? FailBusy() : RadioStatus.Ok;
        }

        /// <inheritdoc/>
        public RadioStatus Transmit(RadioTxSettings settings, byte[] buffer, int offset, int count, out long txEndMilliseconds)
        {
            txEndMilliseconds = 0;
            if (settings == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (!_initialized)
            {
                return RadioStatus.NotInitialized;
            }

            if (count < 1 || count > MaxPayloadLength || offset < 0 || offset > buffer.Length - count)
            {
                return RadioStatus.InvalidLength;
            }

            RadioStatus status = ModulationCheck.Check(MinFrequencyHz, MaxFrequencyHz, settings.FrequencyHz, settings.SpreadingFactor, settings.BandwidthHz, settings.CodingRateDenominator, settings.PreambleSymbols);
            if (status != RadioStatus.Ok)
            {
                return status;
            }

            byte paDutyCycle;
            byte hpMax;
            byte deviceSel;
            int txPowerDbm;
            if (settings.PowerDbm > _board.MaxPowerDbm
                || !PowerAmplifierSettings(settings.PowerDbm, out paDutyCycle, out hpMax, out deviceSel, out txPowerDbm))
            {
                return RadioStatus.InvalidPower;
            }

            status = BeginOperation();
            if (status != RadioStatus.Ok)
            {
                return status;
            }

            SetChannel(settings.FrequencyHz);
            SetPaConfig(paDutyCycle, hpMax, deviceSel);
            SetTxParams(txPowerDbm);
            SetModulation(settings.SpreadingFactor, settings.BandwidthHz, settings.CodingRateDenominator);
            SetPacketParams(settings.PreambleSymbols, count, true, settings.InvertIq);
            ApplyInvertedIqWorkaround(settings.InvertIq);

            // DS_SX1261-2 V2.1 §15.1 "Modulation Quality with 500 kHz LoRa Bandwidth": before any transmission,
            // 0x0889 bit 2 = 0 with BW 500 kHz, 1 with any other bandwidth.
            byte txModulation = ReadRegister(Register.TxModulation);
            WriteRegister(Register.TxModulation, settings.BandwidthHz == 500000
                ? (byte)(txModulation & ~TxModulationNot500KhzBit)
                : (byte)(txModulation | TxModulationNot500KhzBit));

            WriteBuffer(buffer, offset, count);
            ClearIrqStatus(IrqFlags.All);

            long airtimeMicroseconds = LoRaAirtime.TimeOnAirMicroseconds(settings.SpreadingFactor, settings.BandwidthHz, count, settings.CodingRateDenominator, settings.PreambleSymbols, true, true);
            long airtimeMilliseconds = RadioWait.CeilingDivide(airtimeMicroseconds, 1000);

            // The chip's own TX timer fires half-way through our margin, so a live chip reports Timeout before we give up.
            long chipTimeoutMicroseconds = (airtimeMilliseconds + (RadioWait.MarginMilliseconds(airtimeMilliseconds) / 2)) * 1000;
            SetTimeoutCommand(Command.SetTx, Sx126xCalculations.MicrosecondsToSteps(chipTimeoutMicroseconds));
            if (_busyFault)
            {
                return FailBusy();
            }

            long start = _clock.UptimeMilliseconds;

            long startMicroseconds = _clock.UptimeMicroseconds;
            bool signalled = RadioWait.ForPin(_clock, _dio1, start, airtimeMilliseconds - RadioWait.PollIntervalMilliseconds, airtimeMilliseconds);
            long end = _clock.UptimeMilliseconds;
            _transmitMicroseconds += ActiveMicroseconds(startMicroseconds);

            if (!signalled)
            {
                SetStandby();
                SetSleep();
                return _busyFault ? FailBusy() : RadioStatus.TxTimeout;
            }

            IrqFlags irq = GetIrqStatus();
            ClearIrqStatus(IrqFlags.All);
            SetSleep();
            if (_busyFault)
            {
                return FailBusy();
            }

            if ((irq & IrqFlags.TxDone) != 0)
            {
                // The chip sends after its TCXO has started (§13.3.6), then for the time on air.
                txEndMilliseconds = RadioWait.TxEndMilliseconds(startMicroseconds + ChipStartMicroseconds, airtimeMicroseconds, end);
                return RadioStatus.Ok;
            }

            return (irq & IrqFlags.Timeout) != 0 ? RadioStatus.TxTimeout : RadioStatus.HardwareFault;
        }

        /// <inheritdoc/>
        public RadioStatus Receive(RadioRxSettings settings, byte[] buffer, int offset, RadioPacket packet)
        {
            if (settings == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (packet == null)
            {
                throw new ArgumentNullException(nameof(packet));
            }

            packet.Clear();

            if (!_initialized)
            {
                return RadioStatus.NotInitialized;
            }

            if (settings.MaxLength < 1 || settings.MaxLength > MaxPayloadLength || offset < 0 || offset > buffer.Length)
            {
                return RadioStatus.InvalidLength;
            }

            RadioStatus status = ModulationCheck.Check(MinFrequencyHz, MaxFrequencyHz, settings.FrequencyHz, settings.SpreadingFactor, settings.BandwidthHz, settings.CodingRateDenominator, settings.PreambleSymbols);
            if (status != RadioStatus.Ok)
            {
                return status;
            }

            if (settings.SymbolTimeout < 1 || settings.SymbolTimeout > MaxSymbolTimeout)
            {
                return RadioStatus.InvalidModulation;
            }

            long callMicroseconds = _clock.UptimeMicroseconds;
            status = BeginOperation();
            if (status != RadioStatus.Ok)
            {
                return status;
            }

            SetChannel(settings.FrequencyHz);
            SetModulation(settings.SpreadingFactor, settings.BandwidthHz, settings.CodingRateDenominator);

            // Downlinks: explicit header, no payload CRC (LoRaWAN L2 1.0.4 §3), the header tells the real length.
            SetPacketParams(settings.PreambleSymbols, settings.MaxLength, false, settings.InvertIq);
            ApplyInvertedIqWorkaround(settings.InvertIq);

            // §15.3 (implicit header mode time-out) does not apply: LoRaWAN uses explicit headers only, so the RTC
            // is stopped by the chip itself and no 0x0902/0x0944 fix-up is needed.
            // Up to 248 symbols the modem's symbol count closes an empty window. Longer windows (US915 DR13 with a large clock
            // error) switch the count off (0) and let the SetRx timer below close the window on time instead.
            SetLoRaSymbNumTimeout(settings.SymbolTimeout > MaxSymbolNumber ? 0 : settings.SymbolTimeout);
            ClearIrqStatus(IrqFlags.All);

            // §13.1.6 StopTimerOnPreamble (default off): the SetRx timer stops only when the LoRa header is detected,
            // and on expiry it aborts the reception (§13.1.5). The symbol count (SetLoRaSymbNumTimeout) closes an empty
            // window; the timer must outlast a preamble found at the very end of that window plus its sync and header.
            long symbolMicroseconds = LoRaAirtime.SymbolTimeMicroseconds(settings.SpreadingFactor, settings.BandwidthHz);
            long windowMicroseconds = settings.SymbolTimeout * symbolMicroseconds;
            long headerSymbols = (long)settings.PreambleSymbols + SyncSymbolsRoundedUp + HeaderSymbols + RxTimerExtraSymbols;
            // SetRx goes out a fixed allowance after the call, so the receiver listens ReceiveStartupMicroseconds after it.
            if (!_busyFault && WaitWhileBusy())
            {
                RadioWait.UntilMicroseconds(_clock, callMicroseconds + ReceiveSetupAllowanceMicroseconds);
            }

            SetTimeoutCommand(Command.SetRx, Sx126xCalculations.MicrosecondsToSteps(windowMicroseconds + (headerSymbols * symbolMicroseconds)));
            if (_busyFault)
            {
                return FailBusy();
            }

            long start = _clock.UptimeMilliseconds;

            long startMicroseconds = _clock.UptimeMicroseconds;
            long packetMicroseconds = LoRaAirtime.TimeOnAirMicroseconds(settings.SpreadingFactor, settings.BandwidthHz, settings.MaxLength, settings.CodingRateDenominator, settings.PreambleSymbols, true, true);
            long boundMilliseconds = RadioWait.CeilingDivide(windowMicroseconds + packetMicroseconds, 1000);
            bool signalled = RadioWait.ForPin(_clock, _dio1, start, 0, boundMilliseconds);
            long end = _clock.UptimeMilliseconds;
            _receiveMicroseconds += ActiveMicroseconds(startMicroseconds);
            packet.EndMilliseconds = end;

            if (!signalled)
            {
                SetStandby();
                SetSleep();
                return _busyFault ? FailBusy() : RadioStatus.HardwareFault;
            }

            IrqFlags irq = GetIrqStatus();
            RadioStatus result;
            if ((irq & (IrqFlags.CrcErr | IrqFlags.HeaderErr)) != 0)
            {
                result = RadioStatus.CrcError;
            }
            else if ((irq & IrqFlags.RxDone) != 0)
            {
                result = ReadPacket(settings.MaxLength, buffer, offset, ref packet);
            }
            else if ((irq & IrqFlags.Timeout) != 0)
            {
                result = RadioStatus.RxTimeout;
            }
            else
            {
                result = RadioStatus.HardwareFault;
            }

            ClearIrqStatus(IrqFlags.All);

            // A header error leaves the chip in RX (§13.3.1 HeaderErr); the standby before sleeping ends it either way.
            SetStandby();
            SetSleep();
            if (_busyFault)
            {
                packet.Length = 0;
                return FailBusy();
            }

            return result;
        }

        /// <inheritdoc/>
        public uint Random()
        {
            if (!_initialized || BeginOperation() != RadioStatus.Ok)
            {
                return 0;
            }

            // RandomNumberGen (0x0819..0x081C, Table 12-1) is fed by the RX front end: run continuous RX briefly, with the
            // LNA (0x08E2 bit 0) and the mixer (0x08E5 bit 7) switched off as Semtech's drivers and RadioLib do, and put
            // both back afterwards (warm-start sleep keeps them, so a forgotten restore would deafen every later window).
            byte anaLna = ReadRegister(Register.AnaLna);
            WriteRegister(Register.AnaLna, (byte)(anaLna & ~AnaLnaEnableBit));
            byte anaMixer = ReadRegister(Register.AnaMixer);
            WriteRegister(Register.AnaMixer, (byte)(anaMixer & ~AnaMixerEnableBit));
            SetTimeoutCommand(Command.SetRx, RxContinuous);
            long startMicroseconds = _clock.UptimeMicroseconds;
            _clock.DelayMilliseconds(RandomSettleMilliseconds);
            ReadRegisters(Register.RandomNumberGen0, 4);
            uint value = (uint)((_in[4] << 24) | (_in[5] << 16) | (_in[6] << 8) | _in[7]);
            SetStandby();
            _receiveMicroseconds += _clock.UptimeMicroseconds - startMicroseconds;
            WriteRegister(Register.AnaLna, anaLna);
            WriteRegister(Register.AnaMixer, anaMixer);
            SetSleep();
            if (_busyFault)
            {
                FailBusy();
                return 0;
            }

            return value;
        }

        /// <summary>
        /// PA set-up for a requested conducted power: SetPaConfig arguments and the SetTxParams power.
        /// </summary>
        /// <returns>False when the chip cannot make <paramref name="powerDbm"/>.</returns>
        protected abstract bool PowerAmplifierSettings(int powerDbm, out byte paDutyCycle, out byte hpMax, out byte deviceSel, out int txPowerDbm);

        /// <summary>Starts a call: clears the BUSY latch, re-configures after a fault reset, wakes the chip, enters STDBY_RC.</summary>
        private RadioStatus BeginOperation()
        {
            _busyFault = false;
            if (_needsReconfiguration)
            {
                HardwareReset();
                RadioStatus status = _busyFault ? FailBusy() : Configure();
                if (status != RadioStatus.Ok)
                {
                    return status;
                }
            }

            WakeUp();
            SetStandby();
            return _busyFault ? FailBusy() : RadioStatus.Ok;
        }

        /// <summary>Chip set-up after a reset (§14.2-14.3 order): TCXO, calibration, regulator, RF switch, LoRa, sync word, errata, IRQs; ends asleep.</summary>
        private RadioStatus Configure()
        {
            SetStandby();
            if (_board.UsesTcxo)
            {
                // §13.3.6: with a TCXO on DIO3 the POR calibration ran without a clock, so recalibrate everything and clear
                // the XOSC start error it left behind.
                SetDIO3AsTCXOCtrl(_board.TcxoVoltage, Sx126xCalculations.MicrosecondsToSteps(_board.TcxoStartupMicroseconds));
                Command1(Command.Calibrate, CalibrateAllBlocks);
                Command2(Command.ClearDeviceErrors, 0x00, 0x00);
            }

            Command1(Command.SetRegulatorMode, _board.UseDcDcRegulator ? RegulatorDcDc : RegulatorLdo);
            if (_board.Dio2AsRfSwitch)
            {
                Command1(Command.SetDIO2AsRfSwitchCtrl, 0x01);
            }

            Command1(Command.SetPacketType, PacketTypeLoRa);
            Command2(Command.SetBufferBaseAddress, 0x00, 0x00);
            WriteRegister(Register.LoRaSyncWordMsb, PublicSyncWordMsb, PublicSyncWordLsb);

            // DS_SX1261-2 V2.1 §15.2 "Better Resistance of the SX1262 Tx to Antenna Mismatch": after each POR or cold start,
            // set bits 4-1 of TxClampConfig (0x08D8) to 1111.
            byte clamp = ReadRegister(Register.TxClampConfig);
            WriteRegister(Register.TxClampConfig, (byte)(clamp | TxClampBits));

            SetDioIrqParams(UsedIrqs, UsedIrqs);
            ClearIrqStatus(IrqFlags.All);
            SetSleep();
            if (_busyFault)
            {
                return FailBusy();
            }

            _calibratedBand = -1;
            _needsReconfiguration = false;
            return RadioStatus.Ok;
        }

        private void HardwareReset()
        {
            _reset.Write(false);
            _clock.DelayMicroseconds(ResetPulseMicroseconds);
            _reset.Write(true);
            _asleep = false;
            WaitWhileBusy();
        }

        /// <summary>
        /// BUSY stayed high: reset the chip (the only documented way out, §8.1), try to put it to sleep, and mark it for
        /// re-configuration on the next call because the reset dropped its settings.
        /// </summary>
        private RadioStatus FailBusy()
        {
            _busyFault = false;
            HardwareReset();
            SetSleep();
            _busyFault = false;
            _needsReconfiguration = true;
            return RadioStatus.BusyTimeout;
        }

        /// <summary>Image calibration when the band changes (§9.2.1, in STDBY_RC), then the carrier (§13.4.1).</summary>
        private void SetChannel(uint frequencyHz)
        {
            byte freq1;
            byte freq2;
            int band = Sx126xCalculations.ImageCalibration(frequencyHz, out freq1, out freq2);
            if (band != _calibratedBand)
            {
                Command2(Command.CalibrateImage, freq1, freq2);
                if (!_busyFault)
                {
                    _calibratedBand = band;
                }
            }

            SetRfFrequency(Sx126xCalculations.FrequencyToRfFrequency(frequencyHz));
        }

        private void SetModulation(int spreadingFactor, int bandwidthHz, int codingRateDenominator)
        {
            SetModulationParams(
                spreadingFactor,
                Sx126xCalculations.BandwidthCode(bandwidthHz),
                codingRateDenominator,
                LoRaAirtime.IsLowDataRateOptimized(spreadingFactor, bandwidthHz));
        }

        /// <summary>
        /// DS_SX1261-2 V2.1 §15.4 "Optimizing the Inverted IQ Operation": after SetPacketParams, register 0x0736 bit 2 must
        /// be 0 with inverted IQ and 1 with standard IQ.
        /// </summary>
        private void ApplyInvertedIqWorkaround(bool invertIq)
        {
            byte iq = ReadRegister(Register.IqPolaritySetup);
            WriteRegister(Register.IqPolaritySetup, invertIq ? (byte)(iq & ~IqPolarityStandardBit) : (byte)(iq | IqPolarityStandardBit));
        }

        private RadioStatus ReadPacket(int maxLength, byte[] buffer, int offset, ref RadioPacket packet)
        {
            GetRxBufferStatus();
            int length = _in[2];
            byte start = _in[3];
            if (length > maxLength || length > buffer.Length - offset)
            {
                return RadioStatus.InvalidLength;
            }

            ReadBuffer(start, length);
            Array.Copy(_in, 3, buffer, offset, length);
            GetPacketStatus();
            packet.Length = length;
            packet.RssiDbm = Sx126xCalculations.PacketRssiDbm(_in[2]);
            packet.SnrDb = Sx126xCalculations.PacketSnrDb(_in[3]);
            return RadioStatus.Ok;
        }
    }
}
