// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Drivers.Radio.Sx127x
{
    /// <summary>
    /// Semtech SX127x LoRa transceiver family (SX1276/77/78/79 datasheet rev 7) behind the MAC's <see cref="IRadio"/>.
    /// Synchronous, polled through the DIO pins with bounded waits; every fault is a <see cref="RadioStatus"/> and leaves
    /// the chip in Sleep. Nothing is allocated after construction. A thin subclass per chip gives the version and limits.
    /// </summary>
    [HotPath]
    public abstract class Sx127x : IRadio
    {
        /// <summary>SPI address byte: bit 7 set selects a write access (datasheet rev 7 §4.3 "SPI Interface").</summary>
        private const byte WriteAccess = 0b1000_0000;

        /// <summary>FIFO capacity in bytes (datasheet rev 7 §4.1.2.3 "LoRa FIFO Data Buffer": 256 bytes).</summary>
        private const int FifoSize = 256;

        /// <summary>Longest LoRa payload (RegPayloadLength is 8 bits).</summary>
        private const int MaxPayloadLength = 255;

        /// <summary>NRESET low time: "pulled low for a hundred microseconds" (datasheet rev 7 §7.2.2 "Manual Reset").</summary>
        private const int ResetPulseMicroseconds = 100;

        /// <summary>Wait after releasing NRESET before using the chip: 5 ms (datasheet rev 7 §7.2.2).</summary>
        private const int ResetRecoveryMilliseconds = 5;

        /// <summary>LoRaWAN public-network sync word (LoRaWAN L2 1.0.4 / RP002-1.0.4: 0x34 on SX127x RegSyncWord).</summary>
        private const byte PublicSyncWord = 0x34;

        /// <summary>RegLna: LnaGain G1 (bits 7-5 = 001) and LnaBoostHf 11 = 150 % LNA current (§6.4 RegLna).</summary>
        private const byte LnaMaxGainBoostHf = 0b0010_0011;

        /// <summary>RegModemConfig2 RxPayloadCrcOn, bit 2 (§6.4).</summary>
        private const byte RxPayloadCrcOn = 0b0000_0100;

        /// <summary>RegModemConfig3 LowDataRateOptimize, bit 3 (§6.4; mandatory when T_sym exceeds 16 ms, §4.1.1.6).</summary>
        private const byte LowDataRateOptimizeOn = 0b0000_1000;

        /// <summary>RegModemConfig3 AgcAutoOn, bit 2: LNA gain set by the AGC (§6.4).</summary>
        private const byte AgcAutoOn = 0b0000_0100;

        /// <summary>RegInvertIQ with bit 6 (InvertIQ, RX path) clear and bit 0 set: normal I/Q in both directions (reset value 0x27, §6.4).</summary>
        private const byte InvertIqNormal = 0x27;

        /// <summary>RegInvertIQ bit 6 set: RX path inverted, for downlinks (§6.4 RegInvertIQ; LoRaWAN L2 1.0.4 §2.2 inverted-IQ downlinks).</summary>
        private const byte InvertIqReceiveInverted = 0x67;

        /// <summary>RegInvertIQ bit 0 clear: TX path inverted (bit 0 is the TX inversion, named RFLR_INVERTIQ_TX in Semtech's LoRaMac-node register map).</summary>
        private const byte InvertIqTransmitInverted = 0x26;

        /// <summary>RegInvertIQ2 for normal I/Q (§6.4: 0x1D).</summary>
        private const byte InvertIq2Normal = 0x1D;

        /// <summary>RegInvertIQ2 with inverted I/Q (§6.4: 0x19).</summary>
        private const byte InvertIq2Inverted = 0x19;

        /// <summary>RegDioMapping1: Dio0Mapping 01 = TxDone (§6.4, DIO mapping table for LoRa mode).</summary>
        private const byte DioMappingTxDone = 0b0100_0000;

        /// <summary>RegDioMapping1: Dio0Mapping 00 = RxDone, Dio1Mapping 00 = RxTimeout (§6.4).</summary>
        private const byte DioMappingRx = 0b0000_0000;

        /// <summary>SymbTimeout is a 10-bit field (RegModemConfig2 bits 1-0 and RegSymbTimeoutLsb, §6.4).</summary>
        private const int MaxSymbolTimeout = 1023;

        /// <summary>Errata note §2.1: RegHighBwOptimize1 = 0x02 with 500 kHz, 0x03 otherwise.</summary>
        private const byte HighBwOptimize1For500Khz = 0x02;

        /// <summary>Errata note §2.1: RegHighBwOptimize1 for bandwidths below 500 kHz.</summary>
        private const byte HighBwOptimize1Default = 0x03;

        /// <summary>Errata note §2.1: RegHighBwOptimize2 = 0x64 with 500 kHz above 525 MHz, 0x7F in 410-525 MHz.</summary>
        private const byte HighBwOptimize2HighFrequency = 0x64;

        /// <summary>Errata note §2.1: RegHighBwOptimize2 with 500 kHz in 410-525 MHz.</summary>
        private const byte HighBwOptimize2LowFrequency = 0x7F;

        /// <summary>
        /// Errata note §2.3 "Receiver Spurious Reception of a LoRa Signal", bandwidths below 500 kHz: RegDetectOptimize
        /// bit 7 (automatic IF) cleared on its reset value 0xC3 (bits 2-0 = 0x03 for SF7 to SF12, §6.4), giving 0x43.
        /// </summary>
        private const byte DetectOptimizeFixedIf = 0x43;

        /// <summary>Errata note §2.3, 500 kHz: RegDetectOptimize bit 7 set (its reset value 0xC3).</summary>
        private const byte DetectOptimizeAutomaticIf = 0xC3;

        /// <summary>Errata note §2.3, 62.5 to 250 kHz: RegIfFreq1 = 0x40.</summary>
        private const byte IfFreq1For125To250Khz = 0x40;

        /// <summary>Errata note §2.3, bandwidths below 500 kHz: RegIfFreq2 = 0x00.</summary>
        private const byte IfFreq2BelowHighBandwidth = 0x00;

        /// <summary>RegImageCal ImageCalStart, bit 6: writing 1 starts the receive-chain image calibration (§4.2.3.8, §6.2 FSK map).</summary>
        private const byte ImageCalStart = 0b0100_0000;

        /// <summary>RegImageCal ImageCalRunning, bit 5: reads 1 while the calibration runs (§6.2).</summary>
        private const byte ImageCalRunning = 0b0010_0000;

        /// <summary>RegPaConfig 0x00 during the calibration: RFO selected at its lowest setting, the PA cut (LoRaMac-node RxChainCalibration).</summary>
        private const byte PaConfigCut = 0x00;

        /// <summary>Poll step while ImageCalRunning is set.</summary>
        private const int ImageCalPollMicroseconds = 100;

        /// <summary>
        /// Bound on the calibration wait: 20 ms. The datasheet gives no duration for the image calibration; Semtech's
        /// drivers spin on ImageCalRunning without a bound. The wait is measured (<see cref="ImageCalibrationMicroseconds"/>).
        /// </summary>
        private const int ImageCalTimeoutMicroseconds = 20000;

        /// <summary>
        /// Time the driver allows itself, from a Receive call, to write the window's configuration (about twenty register
        /// writes) before it sets RXSINGLE. The driver pads to exactly this, so the receiver listens a fixed
        /// <see cref="ReceiveStartupMicroseconds"/> after the call.
        /// </summary>
        internal const int ReceiveSetupAllowanceMicroseconds = 3000;

        /// <summary>
        /// From RXSINGLE to listening: the frequency synthesizer's wake-up to PLL lock from Standby, TS_FS = 60 µs typical
        /// (datasheet rev 7 §2.5.1 timing table). The crystal is already running: the driver is in Standby since the
        /// configuration began (TS_OSC 250 µs passes during the set-up allowance).
        /// </summary>
        internal const int SynthesizerStartMicroseconds = 60;

        /// <summary>Random(): one wideband RSSI sample per bit, 1 ms apart so each read sees a new measurement.</summary>
        private const int RandomSampleIntervalMilliseconds = 1;

        private readonly ISpiDevice _spi;
        private readonly IOutputPin _reset;
        private readonly IInputPin _dio0;
        private readonly IInputPin _dio1;
        private readonly IClock _clock;
        private readonly Sx127xBoardProfile _board;

        /// <summary>Two-byte register command and reply.</summary>
        private readonly byte[] _command = new byte[2];
        private readonly byte[] _reply = new byte[2];

        /// <summary>Address byte + up to 256 bytes of FIFO data, out and in.</summary>
        private readonly byte[] _burstOut = new byte[FifoSize + 1];
        private readonly byte[] _burstIn = new byte[FifoSize + 1];

        private bool _initialized;
        private int _calibratedBand = -1;
        private long _imageCalibrationMicroseconds;
        private OpMode _modeBase = OpMode.LongRangeMode;
        private long _transmitMicroseconds;
        private long _receiveMicroseconds;

        /// <summary>Creates the driver; no SPI traffic until <see cref="Initialize"/>.</summary>
        /// <param name="spi">The radio's SPI device (NSS handled by the bus).</param>
        /// <param name="reset">NRESET output, or null when the board ties it to the MCU reset.</param>
        /// <param name="dio0">DIO0 input (TxDone / RxDone).</param>
        /// <param name="dio1">DIO1 input (RxTimeout), or null to poll RegIrqFlags instead.</param>
        /// <param name="clock">Monotonic clock and delays; all waits are bounded on it.</param>
        /// <param name="board">Board wiring and PA choice.</param>
        protected Sx127x(ISpiDevice spi, IOutputPin reset, IInputPin dio0, IInputPin dio1, IClock clock, Sx127xBoardProfile board)
        {
            if (spi == null)
            {
                throw new ArgumentNullException(nameof(spi));
            }

            if (dio0 == null)
            {
                throw new ArgumentNullException(nameof(dio0));
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
            _dio0 = dio0;
            _dio1 = dio1;
            _clock = clock;
            _board = board;
        }

        /// <summary>Value RegVersion (0x42) must read for this chip.</summary>
        protected abstract byte ExpectedVersion { get; }

        /// <inheritdoc/>
        public abstract uint MinFrequencyHz { get; }

        /// <inheritdoc/>
        public abstract uint MaxFrequencyHz { get; }

        /// <inheritdoc/>
        public int MinPowerDbm
        {
            get { return _board.PaOutput == PaOutput.PaBoost ? Sx127xCalculations.PaBoostMinDbm : Sx127xCalculations.RfoMinDbm; }
        }

        /// <inheritdoc/>
        public int MaxPowerDbm
        {
            get
            {
                int chipMaxDbm = _board.PaOutput == PaOutput.PaBoost ? Sx127xCalculations.PaBoostHighPowerMaxDbm : Sx127xCalculations.RfoMaxDbm;
                return _board.MaxPowerDbm < chipMaxDbm ? _board.MaxPowerDbm : chipMaxDbm;
            }
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
        /// <remarks>The set-up allowance plus the synthesizer start (TS_FS); LoRaMac-node reports 1 ms for the SX1276 (RADIO_WAKEUP_TIME).</remarks>
        public int ReceiveStartupMicroseconds
        {
            get { return ReceiveSetupAllowanceMicroseconds + SynthesizerStartMicroseconds; }
        }

        /// <summary>
        /// Total time spent in receive-chain image calibrations since construction, in microseconds: one per cold start and
        /// per band change, run in FSK Standby before the first TX/RX in the band (see <see cref="Sx127xCalculations.ImageCalibrationBand"/>).
        /// </summary>
        public long ImageCalibrationMicroseconds
        {
            get { return _imageCalibrationMicroseconds; }
        }

        /// <summary>The board profile this driver was built with.</summary>
        public Sx127xBoardProfile Board
        {
            get { return _board; }
        }

        /// <inheritdoc/>
        public RadioStatus Initialize()
        {
            _initialized = false;

            // A reset restarts the chip with only the power-on calibration (LF port at 434 MHz, §4.2.3.8): calibrate again.
            _calibratedBand = -1;
            if (_reset != null)
            {
                _reset.Write(false);
                _clock.DelayMicroseconds(ResetPulseMicroseconds);
                _reset.Write(true);
                _clock.DelayMilliseconds(ResetRecoveryMilliseconds);
            }

            byte version = ReadRegister(Register.RegVersion);
            if (version != ExpectedVersion)
            {
                // Not our chip (or no chip: MISO reads 0x00/0xFF). Sleep in whatever mode it is in.
                WriteRegister(Register.RegOpMode, (byte)OpMode.Sleep);
                return RadioStatus.WrongChip;
            }

            // LongRangeMode can only change in Sleep (§6.4 RegOpMode bit 7): FSK sleep first, then LoRa sleep.
            _modeBase = OpMode.LongRangeMode;
            WriteRegister(Register.RegOpMode, (byte)OpMode.Sleep);
            WriteRegister(Register.RegOpMode, (byte)(OpMode.LongRangeMode | OpMode.Sleep));

            // Whole 256-byte FIFO for either direction, one packet at a time (§4.1.2.3).
            WriteRegister(Register.RegFifoTxBaseAddr, 0x00);
            WriteRegister(Register.RegFifoRxBaseAddr, 0x00);
            WriteRegister(Register.RegSyncWord, PublicSyncWord);
            WriteRegister(Register.RegLna, LnaMaxGainBoostHf);
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

            EnterSleep();
            return RadioStatus.Ok;
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

            byte paConfig;
            byte paDac;
            byte ocp;
            if (settings.PowerDbm > _board.MaxPowerDbm
                || !Sx127xCalculations.PowerRegisters(_board.PaOutput, settings.PowerDbm, out paConfig, out paDac, out ocp))
            {
                return RadioStatus.InvalidPower;
            }

            if (!CalibrateImageForBand(settings.FrequencyHz))
            {
                return RadioStatus.HardwareFault;
            }

            WriteModem(settings.FrequencyHz, settings.SpreadingFactor, settings.BandwidthHz, settings.CodingRateDenominator, settings.PreambleSymbols, true, 0);
            WriteRegister(Register.RegInvertIQ, settings.InvertIq ? InvertIqTransmitInverted : InvertIqNormal);
            WriteRegister(Register.RegInvertIQ2, settings.InvertIq ? InvertIq2Inverted : InvertIq2Normal);
            WriteRegister(Register.RegPaConfig, paConfig);
            WriteRegister(Register.RegPaDac, paDac);
            WriteRegister(Register.RegOcp, ocp);

            // FIFO: point at the TX base (0x00), then burst-write the payload (§4.1.2.3, "Filling the FIFO" in Standby).
            WriteRegister(Register.RegFifoAddrPtr, 0x00);
            WriteRegister(Register.RegPayloadLength, (byte)count);
            WriteFifo(buffer, offset, count);

            WriteRegister(Register.RegDioMapping1, DioMappingTxDone);
            WriteRegister(Register.RegIrqFlags, (byte)IrqFlags.All);
            SetMode(OpMode.Transmit);
            long start = _clock.UptimeMilliseconds;
            long startMicroseconds = _clock.UptimeMicroseconds;

            long airtimeMicroseconds = LoRaAirtime.TimeOnAirMicroseconds(settings.SpreadingFactor, settings.BandwidthHz, count, settings.CodingRateDenominator, settings.PreambleSymbols, true, true);
            long airtimeMilliseconds = RadioWait.CeilingDivide(airtimeMicroseconds, 1000);
            bool signalled = RadioWait.ForPin(_clock, _dio0, start, airtimeMilliseconds - RadioWait.PollIntervalMilliseconds, airtimeMilliseconds);
            long end = _clock.UptimeMilliseconds;
            _transmitMicroseconds += _clock.UptimeMicroseconds - startMicroseconds;

            if (!signalled)
            {
                EnterSleep();
                return RadioStatus.TxTimeout;
            }

            IrqFlags flags = (IrqFlags)ReadRegister(Register.RegIrqFlags);
            WriteRegister(Register.RegIrqFlags, (byte)IrqFlags.All);
            EnterSleep();
            if ((flags & IrqFlags.TxDone) == 0)
            {
                return RadioStatus.HardwareFault;
            }

            txEndMilliseconds = RadioWait.TxEndMilliseconds(startMicroseconds + SynthesizerStartMicroseconds, airtimeMicroseconds, end);
            return RadioStatus.Ok;
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
            if (!CalibrateImageForBand(settings.FrequencyHz))
            {
                return RadioStatus.HardwareFault;
            }

            // Downlinks carry no payload CRC; in explicit-header mode the header says whether one follows (§4.1.1.4).
            WriteModem(settings.FrequencyHz, settings.SpreadingFactor, settings.BandwidthHz, settings.CodingRateDenominator, settings.PreambleSymbols, false, settings.SymbolTimeout);
            WriteRegister(Register.RegInvertIQ, settings.InvertIq ? InvertIqReceiveInverted : InvertIqNormal);
            WriteRegister(Register.RegInvertIQ2, settings.InvertIq ? InvertIq2Inverted : InvertIq2Normal);

            // Errata note §2.3 "Receiver Spurious Reception of a LoRa Signal": fixed IF below 500 kHz, automatic IF at 500 kHz.
            if (settings.BandwidthHz == 500000)
            {
                WriteRegister(Register.RegDetectOptimize, DetectOptimizeAutomaticIf);
            }
            else
            {
                WriteRegister(Register.RegDetectOptimize, DetectOptimizeFixedIf);
                WriteRegister(Register.RegIfFreq2, IfFreq2BelowHighBandwidth);
                WriteRegister(Register.RegIfFreq1, IfFreq1For125To250Khz);
            }

            WriteRegister(Register.RegFifoAddrPtr, 0x00);
            WriteRegister(Register.RegDioMapping1, DioMappingRx);
            WriteRegister(Register.RegIrqFlags, (byte)IrqFlags.All);

            // RXSINGLE goes out a fixed allowance after the call, so the receiver listens ReceiveStartupMicroseconds after it.
            RadioWait.UntilMicroseconds(_clock, callMicroseconds + ReceiveSetupAllowanceMicroseconds);
            SetMode(OpMode.ReceiveSingle);
            long start = _clock.UptimeMilliseconds;
            long startMicroseconds = _clock.UptimeMicroseconds;

            // Worst case: the preamble is found at the end of the symbol window, then the longest packet arrives.
            long windowMicroseconds = settings.SymbolTimeout * LoRaAirtime.SymbolTimeMicroseconds(settings.SpreadingFactor, settings.BandwidthHz);
            long packetMicroseconds = LoRaAirtime.TimeOnAirMicroseconds(settings.SpreadingFactor, settings.BandwidthHz, settings.MaxLength, settings.CodingRateDenominator, settings.PreambleSymbols, true, true);
            long boundMilliseconds = RadioWait.CeilingDivide(windowMicroseconds + packetMicroseconds, 1000);
            bool signalled = WaitForReceiveEnd(start, boundMilliseconds);
            long end = _clock.UptimeMilliseconds;
            _receiveMicroseconds += _clock.UptimeMicroseconds - startMicroseconds;
            packet.EndMilliseconds = end;

            if (!signalled)
            {
                EnterSleep();
                return RadioStatus.HardwareFault;
            }

            IrqFlags flags = (IrqFlags)ReadRegister(Register.RegIrqFlags);
            if ((flags & IrqFlags.RxDone) == 0)
            {
                WriteRegister(Register.RegIrqFlags, (byte)IrqFlags.All);
                EnterSleep();
                return (flags & IrqFlags.RxTimeout) != 0 ? RadioStatus.RxTimeout : RadioStatus.HardwareFault;
            }

            if ((flags & IrqFlags.PayloadCrcError) != 0)
            {
                WriteRegister(Register.RegIrqFlags, (byte)IrqFlags.All);
                EnterSleep();
                return RadioStatus.CrcError;
            }

            int length = ReadRegister(Register.RegRxNbBytes);
            if (length > settings.MaxLength || length > buffer.Length - offset)
            {
                WriteRegister(Register.RegIrqFlags, (byte)IrqFlags.All);
                EnterSleep();
                return RadioStatus.InvalidLength;
            }

            // Read from where the packet starts (§4.1.2.3: RegFifoRxCurrentAddr → RegFifoAddrPtr, then read RegRxNbBytes).
            WriteRegister(Register.RegFifoAddrPtr, ReadRegister(Register.RegFifoRxCurrentAddr));
            ReadBurst(Register.RegFifo, length);
            Array.Copy(_burstIn, 1, buffer, offset, length);

            ReadBurst(Register.RegPktSnrValue, 2);
            byte snr = _burstIn[1];
            byte rssi = _burstIn[2];
            WriteRegister(Register.RegIrqFlags, (byte)IrqFlags.All);
            EnterSleep();

            packet.Length = length;
            packet.SnrDb = Sx127xCalculations.PacketSnrDb(snr);
            packet.RssiDbm = Sx127xCalculations.PacketRssiDbm(rssi, snr, (_modeBase & OpMode.LowFrequencyModeOn) == 0);
            return RadioStatus.Ok;
        }

        /// <inheritdoc/>
        public uint Random()
        {
            if (!_initialized)
            {
                return 0;
            }

            // Wideband RSSI noise, one bit per read, in continuous RX (as Semtech's reference drivers do).
            SetMode(OpMode.Standby);
            WriteRegister(Register.RegIrqFlagsMask, (byte)IrqFlags.All);
            SetMode(OpMode.ReceiveContinuous);
            long start = _clock.UptimeMilliseconds;
            long startMicroseconds = _clock.UptimeMicroseconds;
            uint value = 0;
            for (int bit = 0; bit < 32; bit++)
            {
                _clock.DelayMilliseconds(RandomSampleIntervalMilliseconds);
                value |= (uint)(ReadRegister(Register.RegRssiWideband) & 0x01) << bit;
            }

            _receiveMicroseconds += _clock.UptimeMicroseconds - startMicroseconds;
            SetMode(OpMode.Standby);
            WriteRegister(Register.RegIrqFlagsMask, (byte)IrqFlags.None);
            WriteRegister(Register.RegIrqFlags, (byte)IrqFlags.All);
            EnterSleep();
            return value;
        }

        /// <summary>
        /// Receive-chain image calibration (datasheet rev 7 §4.2.3.8) when <paramref name="frequencyHz"/> lies in another
        /// calibration band than the last one since the reset. The power-on calibration covers only the LF port at 434 MHz;
        /// without this the HF port's image rejection is about 35 dB instead of 48 dB (§4.2.3.7). The register sits in the
        /// FSK/OOK map (RegImageCal 0x3B; in LoRa mode that address is RegInvertIQ2), so: FSK Sleep, FSK Standby, Frf at the
        /// band's calibration frequency, PA cut, ImageCalStart, wait for ImageCalRunning to clear, then back to LoRa Sleep
        /// (the order of LoRaMac-node's RxChainCalibration). False when ImageCalRunning never cleared.
        /// </summary>
        private bool CalibrateImageForBand(uint frequencyHz)
        {
            uint calibrationHz;
            int band = Sx127xCalculations.ImageCalibrationBand(frequencyHz, out calibrationHz);
            if (band == _calibratedBand)
            {
                return true;
            }

            long startMicroseconds = _clock.UptimeMicroseconds;
            OpMode fskBase = calibrationHz < Sx127xCalculations.LowFrequencyBandTopHz ? OpMode.LowFrequencyModeOn : 0;
            WriteRegister(Register.RegOpMode, (byte)(_modeBase | OpMode.Sleep));
            WriteRegister(Register.RegOpMode, (byte)(fskBase | OpMode.Sleep));
            WriteRegister(Register.RegOpMode, (byte)(fskBase | OpMode.Standby));
            WriteFrequency(calibrationHz);
            WriteRegister(Register.RegPaConfig, PaConfigCut);
            WriteRegister(Register.RegImageCal, (byte)(ReadRegister(Register.RegImageCal) | ImageCalStart));
            bool done = false;
            for (int waited = 0; waited <= ImageCalTimeoutMicroseconds; waited += ImageCalPollMicroseconds)
            {
                if ((ReadRegister(Register.RegImageCal) & ImageCalRunning) == 0)
                {
                    done = true;
                    break;
                }

                _clock.DelayMicroseconds(ImageCalPollMicroseconds);
            }

            // LongRangeMode changes only in Sleep (§6.4): FSK Sleep, then LoRa Sleep.
            WriteRegister(Register.RegOpMode, (byte)(fskBase | OpMode.Sleep));
            WriteRegister(Register.RegOpMode, (byte)(_modeBase | OpMode.Sleep));
            _imageCalibrationMicroseconds += _clock.UptimeMicroseconds - startMicroseconds;
            if (done)
            {
                _calibratedBand = band;
            }

            return done;
        }

        /// <summary>Frf MSB first; the new frequency takes effect when the LSB is written (§6.4 RegFrfLsb).</summary>
        private void WriteFrequency(uint frequencyHz)
        {
            uint frf = Sx127xCalculations.FrequencyToFrf(frequencyHz);
            _burstOut[0] = (byte)((byte)Register.RegFrfMsb | WriteAccess);
            _burstOut[1] = (byte)(frf >> 16);
            _burstOut[2] = (byte)(frf >> 8);
            _burstOut[3] = (byte)frf;
            _spi.Write(_burstOut, 0, 4);
        }

        /// <summary>Frequency, modem configuration, symbol time-out, preamble and the 500 kHz errata registers.</summary>
        private void WriteModem(uint frequencyHz, int spreadingFactor, int bandwidthHz, int codingRateDenominator, int preambleSymbols, bool crcOn, int symbolTimeout)
        {
            bool lowFrequency = frequencyHz < Sx127xCalculations.LowFrequencyBandTopHz;
            _modeBase = lowFrequency ? OpMode.LongRangeMode | OpMode.LowFrequencyModeOn : OpMode.LongRangeMode;

            // Mode bits are written with the band; writing Standby again is harmless (§4.1.5).
            WriteRegister(Register.RegOpMode, (byte)(_modeBase | OpMode.Standby));

            WriteFrequency(frequencyHz);

            int modemConfig1 = (Sx127xCalculations.BandwidthCode(bandwidthHz) << 4) | ((codingRateDenominator - 4) << 1);
            int modemConfig2 = (spreadingFactor << 4) | (crcOn ? RxPayloadCrcOn : 0) | ((symbolTimeout >> 8) & 0b11);
            int modemConfig3 = AgcAutoOn | (LoRaAirtime.IsLowDataRateOptimized(spreadingFactor, bandwidthHz) ? LowDataRateOptimizeOn : 0);
            WriteRegister(Register.RegModemConfig1, (byte)modemConfig1);
            WriteRegister(Register.RegModemConfig2, (byte)modemConfig2);
            if (symbolTimeout > 0)
            {
                WriteRegister(Register.RegSymbTimeoutLsb, (byte)symbolTimeout);
            }

            WriteRegister(Register.RegModemConfig3, (byte)modemConfig3);
            WriteRegister(Register.RegPreambleMsb, (byte)(preambleSymbols >> 8));
            WriteRegister(Register.RegPreambleLsb, (byte)preambleSymbols);

            // Errata note §2.1 "Sensitivity Optimization with a 500 kHz Bandwidth".
            if (bandwidthHz == 500000)
            {
                WriteRegister(Register.RegHighBwOptimize1, HighBwOptimize1For500Khz);
                WriteRegister(Register.RegHighBwOptimize2, lowFrequency ? HighBwOptimize2LowFrequency : HighBwOptimize2HighFrequency);
            }
            else
            {
                WriteRegister(Register.RegHighBwOptimize1, HighBwOptimize1Default);
            }
        }

        private bool WaitForReceiveEnd(long startMilliseconds, long boundMilliseconds)
        {
            long deadline = startMilliseconds + boundMilliseconds + RadioWait.MarginMilliseconds(boundMilliseconds);
            long iterations = deadline - startMilliseconds + 2;
            while (iterations-- > 0)
            {
                if (_dio0.Read())
                {
                    return true;
                }

                if (_dio1 != null)
                {
                    if (_dio1.Read())
                    {
                        return true;
                    }
                }
                else if ((ReadRegister(Register.RegIrqFlags) & (byte)(IrqFlags.RxTimeout | IrqFlags.RxDone)) != 0)
                {
                    return true;
                }

                if (_clock.UptimeMilliseconds >= deadline)
                {
                    return false;
                }

                _clock.DelayMilliseconds(RadioWait.PollIntervalMilliseconds);
            }

            return false;
        }

        private void SetMode(OpMode mode)
        {
            WriteRegister(Register.RegOpMode, (byte)(_modeBase | mode));
        }

        private void EnterSleep()
        {
            WriteRegister(Register.RegOpMode, (byte)(_modeBase | OpMode.Sleep));
        }

        private void WriteRegister(Register register, byte value)
        {
            _command[0] = (byte)((byte)register | WriteAccess);
            _command[1] = value;
            _spi.Write(_command, 0, 2);
        }

        private byte ReadRegister(Register register)
        {
            _command[0] = (byte)register;
            _command[1] = 0x00;
            _spi.TransferFullDuplex(_command, _reply, 2);
            return _reply[1];
        }

        private void WriteFifo(byte[] data, int offset, int count)
        {
            _burstOut[0] = (byte)((byte)Register.RegFifo | WriteAccess);
            Array.Copy(data, offset, _burstOut, 1, count);
            _spi.Write(_burstOut, 0, count + 1);
        }

        /// <summary>Burst read of <paramref name="count"/> bytes from <paramref name="register"/> into <c>_burstIn[1..]</c>.</summary>
        private void ReadBurst(Register register, int count)
        {
            _burstOut[0] = (byte)register;
            for (int i = 1; i <= count; i++)
            {
                _burstOut[i] = 0x00;
            }

            _spi.TransferFullDuplex(_burstOut, _burstIn, count + 1);
        }
    }
}
