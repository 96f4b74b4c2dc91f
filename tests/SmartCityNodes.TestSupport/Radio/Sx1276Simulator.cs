// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Radio
{
    /// <summary>
    /// Register-level model of an SX1276 in LoRa mode, as the SX1276/77/78/79 datasheet rev 7 describes it:
    /// SPI access with the wnr bit and burst auto-increment (§4.3), FIFO behind RegFifoAddrPtr that is not accessible
    /// (and lost) in Sleep (§4.1.2.3), LongRangeMode changeable only in Sleep (§6.4), TX that raises TxDone after the time
    /// on air and falls back to Standby, RXSINGLE that raises RxDone or RxTimeout after SymbTimeout symbols and falls back
    /// to Standby (§4.1.5), write-1-to-clear IRQ flags, DIO0/DIO1 following RegDioMapping1, a reset needing 100 µs low and
    /// 5 ms before the chip answers (§7.2.2). Misuse is recorded in <see cref="LoRaChipModel.Violations"/> instead of being silently accepted.
    /// <para>
    /// Receive-chain image calibration (§4.2.3.8): RegImageCal (0x3B) exists only in the FSK/OOK register map (in LoRa mode
    /// the address is RegInvertIQ2); ImageCalStart is accepted in FSK Standby with the PA cut (RegPaConfig 0x00, as
    /// LoRaMac-node's RxChainCalibration does), ImageCalRunning reads 1 for <see cref="ImageCalibrationMicroseconds"/>, and
    /// touching RegOpMode, Frf or RegImageCal meanwhile is a violation. The reset leaves only the LF port calibrated at
    /// 434 MHz; an RXSINGLE whose carrier is further than <see cref="ImageCalibrationToleranceHz"/> from the last calibration
    /// on its port is a violation.
    /// </para>
    /// <para>
    /// Timing: RXSINGLE listens <see cref="SynthesizerStartMicroseconds"/> (TS_FS) after the mode write. With
    /// <see cref="LoRaChipModel.DownlinkPreambleStartMicroseconds"/> set, a downlink is heard when at least
    /// <see cref="LoRaChipModel.PreambleDetectionSymbols"/> of its 8 preamble symbols fall inside the listening window.
    /// </para>
    /// </summary>
    public sealed class Sx1276Simulator : LoRaChipModel, ISpiDevice
    {
        /// <summary>RegImageCal address in the FSK/OOK map (§6.2), and its bits.</summary>
        public const byte RegImageCal = 0x3B, ImageCalStart = 0x40, ImageCalRunning = 0x20, ImageCalResetValue = 0x82;

        /// <summary>
        /// Model duration of one image calibration. The datasheet gives none; 10 ms is a test-double figure chosen so that a
        /// driver which does not poll ImageCalRunning is caught.
        /// </summary>
        public const long ImageCalibrationMicroseconds = 10000;

        /// <summary>
        /// How far a carrier may lie from the calibration frequency on its port: 13 MHz, half the widest LoRaWAN band
        /// (US915 902-928 MHz) — a model rule, the datasheet asks for the calibration "at the frequency of use".
        /// </summary>
        public const double ImageCalibrationToleranceHz = 13e6;

        /// <summary>TS_FS, synthesizer wake-up to PLL lock from Standby: 60 µs typical (datasheet rev 7 §2.5.1 timing table).</summary>
        public const long SynthesizerStartMicroseconds = 60;

        public const byte RegFifo = 0x00, RegOpMode = 0x01, RegFrfMsb = 0x06, RegFrfMid = 0x07, RegFrfLsb = 0x08, RegPaConfig = 0x09,
            RegOcp = 0x0B, RegLna = 0x0C, RegFifoAddrPtr = 0x0D, RegFifoTxBaseAddr = 0x0E, RegFifoRxBaseAddr = 0x0F,
            RegFifoRxCurrentAddr = 0x10, RegIrqFlagsMask = 0x11, RegIrqFlags = 0x12, RegRxNbBytes = 0x13, RegPktSnrValue = 0x19,
            RegPktRssiValue = 0x1A, RegModemConfig1 = 0x1D, RegModemConfig2 = 0x1E, RegSymbTimeoutLsb = 0x1F, RegPreambleMsb = 0x20,
            RegPreambleLsb = 0x21, RegPayloadLength = 0x22, RegModemConfig3 = 0x26, RegRssiWideband = 0x2C, RegInvertIQ = 0x33,
            RegHighBwOptimize1 = 0x36, RegSyncWord = 0x39, RegHighBwOptimize2 = 0x3A, RegInvertIQ2 = 0x3B, RegDioMapping1 = 0x40,
            RegVersion = 0x42, RegPaDac = 0x4D;

        public const byte ModeSleep = 0, ModeStandby = 1, ModeTx = 3, ModeRxContinuous = 5, ModeRxSingle = 6;
        public const byte FlagRxTimeout = 0x80, FlagRxDone = 0x40, FlagPayloadCrcError = 0x20, FlagValidHeader = 0x10, FlagTxDone = 0x08;

        private readonly byte[] _registers = new byte[0x80];
        private readonly byte[] _fifo = new byte[256];
        private readonly VirtualClock _clock;
        private long _eventAt = -1;
        private byte _eventFlags;
        private long _operationStart;
        private long _resetFallAt = -1;
        private long _readyAt;
        private uint _noise = 0x2545F491;
        private byte _imageCal = ImageCalResetValue;
        private long _imageCalEndsAt = -1;
        private double _calibratedHighPortHz = double.NaN;
        private double _calibratedLowPortHz = 434e6;

        public Sx1276Simulator(VirtualClock clock)
        {
            _clock = clock;
            Dio0 = new ModelInputPin(() => DioLevel(0));
            Dio1 = new ModelInputPin(() => DioLevel(1));
            Reset = new ModelOutputPin(OnReset);
            LoadResetValues();
        }

        public ModelInputPin Dio0 { get; }

        public ModelInputPin Dio1 { get; }

        public ModelOutputPin Reset { get; }

        public override string ChipName => "SX1276 model";

        /// <summary>SymbTimeout of the last RXSINGLE.</summary>
        public int LastSymbolTimeout { get; private set; }

        /// <summary>Image calibrations run since construction.</summary>
        public int ImageCalibrations { get; private set; }

        /// <summary>Carrier of the last image calibration, in Hz (NaN: none since the reset on the HF port).</summary>
        public double CalibratedHighPortHz => _calibratedHighPortHz;

        // Faults and the air around the chip.
        public byte Version { get; set; } = 0x12;

        public bool TxNeverCompletes { get; set; }

        public bool ReceiverSilent { get; set; }

        public byte[]? Downlink { get; set; }

        public long DownlinkArrivalMicroseconds { get; set; }

        public bool DownlinkInvertedIq { get; set; } = true;

        public bool DownlinkCrcError { get; set; }

        public byte DownlinkPacketRssi { get; set; } = 60;

        public byte DownlinkPacketSnr { get; set; } = 28;

        // What happened.
        public int ResetPulses { get; private set; }

        public int Transmissions { get; private set; }

        public byte[] LastTransmitted { get; } = new byte[256];

        public int LastTransmittedLength { get; private set; }

        public long AirMicroseconds { get; private set; }

        public long ReceiveMicroseconds { get; private set; }

        public byte Mode => (byte)(_registers[RegOpMode] & 0x07);

        public bool LoRa => (_registers[RegOpMode] & 0x80) != 0;

        public byte Register(byte address) => _registers[address];

        public double FrequencyHz => ((_registers[RegFrfMsb] << 16) | (_registers[RegFrfMid] << 8) | _registers[RegFrfLsb]) * 32e6 / (1 << 19);

        public void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer, int count) => Transaction(writeBuffer, 0, readBuffer, count);

        public void Write(byte[] buffer, int offset, int count) => Transaction(buffer, offset, null, count);

        private void Transaction(byte[] mosi, int offset, byte[]? miso, int count)
        {
            Update();
            if (Logging)
            {
                Log.Add(Hex.Spaced(mosi, offset, count));
            }

            if (_clock.UptimeMicroseconds < _readyAt)
            {
                Violations.Add("SPI access less than 5 ms after reset");
            }

            int address = mosi[offset] & 0x7F;
            bool write = (mosi[offset] & 0x80) != 0;
            if (miso != null)
            {
                miso[0] = 0;
            }

            for (int i = 1; i < count; i++)
            {
                if (write)
                {
                    WriteRegister(address, mosi[offset + i]);
                }
                else if (miso != null)
                {
                    miso[i] = ReadRegister(address);
                }

                if (address != RegFifo)
                {
                    address++;
                }
            }
        }

        private bool ImageCalibrationRunning => _imageCalEndsAt >= 0 && _clock.UptimeMicroseconds < _imageCalEndsAt;

        private void WriteRegister(int address, byte value)
        {
            if (ImageCalibrationRunning && (address == RegOpMode || (address >= RegFrfMsb && address <= RegFrfLsb) || (address == RegImageCal && !LoRa)))
            {
                Violations.Add($"register 0x{address:X2} written while ImageCalRunning");
            }

            if (address == RegImageCal && !LoRa)
            {
                WriteImageCal(value);
                return;
            }

            switch (address)
            {
                case RegOpMode:
                    SetOpMode(value);
                    return;
                case RegFifo:
                    if (Mode == ModeSleep || !LoRa)
                    {
                        Violations.Add("FIFO written in Sleep or FSK mode");
                        return;
                    }

                    _fifo[_registers[RegFifoAddrPtr]] = value;
                    _registers[RegFifoAddrPtr]++;
                    return;
                case RegIrqFlags:
                    _registers[RegIrqFlags] &= (byte)~value;
                    return;
                case RegVersion:
                    Violations.Add("RegVersion is read-only");
                    return;
            }

            if (!LoRa && address >= RegFifoAddrPtr && address <= 0x3F)
            {
                Violations.Add($"LoRa register 0x{address:X2} written in FSK mode");
                return;
            }

            _registers[address] = value;
        }

        private void WriteImageCal(byte value)
        {
            _imageCal = (byte)(value & ~(ImageCalStart | ImageCalRunning));
            if ((value & ImageCalStart) == 0)
            {
                return;
            }

            if (Mode != ModeStandby)
            {
                Violations.Add("ImageCalStart outside FSK Standby (§4.2.3.8)");
                return;
            }

            if (_registers[RegPaConfig] != 0x00)
            {
                Violations.Add("ImageCalStart with the PA not cut (RegPaConfig != 0x00, LoRaMac-node RxChainCalibration)");
            }

            ImageCalibrations++;
            _imageCalEndsAt = _clock.UptimeMicroseconds + ImageCalibrationMicroseconds;
            if (FrequencyHz < 525e6)
            {
                _calibratedLowPortHz = FrequencyHz;
            }
            else
            {
                _calibratedHighPortHz = FrequencyHz;
            }
        }

        private byte ReadRegister(int address)
        {
            if (address == RegImageCal && !LoRa)
            {
                return (byte)(_imageCal | (ImageCalibrationRunning ? ImageCalRunning : 0));
            }

            switch (address)
            {
                case RegFifo:
                    if (Mode == ModeSleep || !LoRa)
                    {
                        Violations.Add("FIFO read in Sleep or FSK mode");
                        return 0;
                    }

                    return _fifo[_registers[RegFifoAddrPtr]++];
                case RegVersion:
                    return Version;
                case RegRssiWideband:
                    if (Mode != ModeRxContinuous)
                    {
                        return 0;
                    }

                    _noise ^= _noise << 13;
                    _noise ^= _noise >> 17;
                    _noise ^= _noise << 5;
                    return (byte)_noise;
                default:
                    return _registers[address];
            }
        }

        private void SetOpMode(byte value)
        {
            bool wantLoRa = (value & 0x80) != 0;
            if (wantLoRa != LoRa && Mode != ModeSleep)
            {
                Violations.Add("LongRangeMode changed outside Sleep");
                value = (byte)((value & 0x7F) | (_registers[RegOpMode] & 0x80));
            }

            byte mode = (byte)(value & 0x07);
            _registers[RegOpMode] = value;
            _eventAt = -1;
            switch (mode)
            {
                case ModeSleep:
                    Array.Clear(_fifo);
                    break;
                case ModeTx:
                    StartTransmit();
                    break;
                case ModeRxSingle:
                    StartReceive();
                    break;
            }
        }

        private void StartTransmit()
        {
            if (!LoRa)
            {
                Violations.Add("TX in FSK mode");
                return;
            }

            int length = _registers[RegPayloadLength];
            for (int i = 0; i < length; i++)
            {
                LastTransmitted[i] = _fifo[(byte)(_registers[RegFifoTxBaseAddr] + i)];
            }

            LastTransmittedLength = length;
            Transmissions++;

            // The preamble starts once the synthesizer has locked (TS_FS); the time on air counts from there.
            _operationStart = _clock.UptimeMicroseconds + SynthesizerStartMicroseconds;
            LastTransmitStartMicroseconds = _operationStart;
            if (!TxNeverCompletes)
            {
                _eventAt = _operationStart + Airtime(length, (_registers[RegModemConfig2] & 0x04) != 0);
                LastTxDoneMicroseconds = _eventAt;
                _eventFlags = FlagTxDone;
            }
        }

        private void StartReceive()
        {
            _operationStart = _clock.UptimeMicroseconds;
            if (ReceiverSilent)
            {
                return;
            }

            // Errata note §2.3 "Receiver Spurious Reception of a LoRa Signal": below 500 kHz RegDetectOptimize (0x31)
            // bit 7 = 0, RegIfFreq2 (0x30) = 0x00, RegIfFreq1 (0x2F) = 0x40 (for 62.5-250 kHz); at 500 kHz bit 7 = 1.
            if (BandwidthHz < 500e3)
            {
                if ((_registers[0x31] & 0x80) != 0 || _registers[0x30] != 0x00 || _registers[0x2F] != 0x40)
                {
                    Violations.Add("errata 2.3 spurious-reception settings missing for BW < 500 kHz");
                }
            }
            else if ((_registers[0x31] & 0x80) == 0)
            {
                Violations.Add("errata 2.3: RegDetectOptimize bit 7 must be set at 500 kHz");
            }

            double calibratedHz = FrequencyHz < 525e6 ? _calibratedLowPortHz : _calibratedHighPortHz;
            if (double.IsNaN(calibratedHz) || Math.Abs(calibratedHz - FrequencyHz) > ImageCalibrationToleranceHz)
            {
                Violations.Add($"RXSINGLE at {FrequencyHz / 1e6:F3} MHz without an image calibration near it (§4.2.3.8)");
            }

            int symbolTimeout = ((_registers[RegModemConfig2] & 0x03) << 8) | _registers[RegSymbTimeoutLsb];
            double symbolMicroseconds = ReferenceAirtime.SymbolSeconds(SpreadingFactor, BandwidthHz) * 1e6;
            long window = (long)Math.Ceiling(symbolTimeout * symbolMicroseconds);
            long listen = _clock.UptimeMicroseconds + SynthesizerStartMicroseconds;
            _operationStart = listen;
            LastListenStartMicroseconds = listen;
            LastSymbolTimeout = symbolTimeout;
            bool iqMatches = ((_registers[RegInvertIQ] & 0x40) != 0) == DownlinkInvertedIq;
            bool syncMatches = _registers[RegSyncWord] == 0x34;
            bool heard;
            long preambleStart;
            long heardFrom = HeardFrom(listen, symbolMicroseconds);
            long heardUntil = HeardUntil(listen + window, symbolMicroseconds);
            if (PlacedPreambleStart() is long absolute)
            {
                // Heard when at least PreambleDetectionSymbols preamble symbols lie inside [listen, listen + window].
                preambleStart = absolute;
                heard = absolute >= heardFrom && absolute <= heardUntil;
            }
            else
            {
                preambleStart = listen + DownlinkArrivalMicroseconds;
                heard = DownlinkArrivalMicroseconds <= window;
            }

            RecordReception(listen, symbolTimeout, heardFrom, heardUntil, Downlink != null && heard && iqMatches && syncMatches);

            if (Downlink != null && heard && iqMatches && syncMatches)
            {
                _eventAt = preambleStart + Airtime(Downlink.Length, false);
                _eventFlags = (byte)(FlagRxDone | FlagValidHeader | (DownlinkCrcError ? FlagPayloadCrcError : 0));
            }
            else
            {
                _eventAt = listen + window;
                _eventFlags = FlagRxTimeout;
            }
        }

        private int SpreadingFactor => _registers[RegModemConfig2] >> 4;

        private double BandwidthHz => (_registers[RegModemConfig1] >> 4) switch
        {
            0b0111 => 125e3,
            0b1000 => 250e3,
            0b1001 => 500e3,
            _ => double.NaN,
        };

        private long Airtime(int length, bool crc)
        {
            bool lowDataRate = (_registers[RegModemConfig3] & 0x08) != 0;
            if (ReferenceAirtime.SymbolSeconds(SpreadingFactor, BandwidthHz) >= 0.016 && !lowDataRate)
            {
                Violations.Add("LowDataRateOptimize off with a symbol time of 16 ms or more");
            }

            if (double.IsNaN(BandwidthHz))
            {
                Violations.Add("Reserved bandwidth code");
                return 1000;
            }

            int codingRate = (_registers[RegModemConfig1] >> 1) & 0x07;
            int preamble = (_registers[RegPreambleMsb] << 8) | _registers[RegPreambleLsb];
            bool implicitHeader = (_registers[RegModemConfig1] & 0x01) != 0;
            return ReferenceAirtime.PacketMicroseconds(SpreadingFactor, BandwidthHz, codingRate, preamble, length, crc, implicitHeader, lowDataRate);
        }

        private void Update()
        {
            if (_eventAt < 0 || _clock.UptimeMicroseconds < _eventAt)
            {
                return;
            }

            long duration = _eventAt - _operationStart;
            if (_eventFlags == FlagTxDone)
            {
                AirMicroseconds += duration;
            }
            else
            {
                ReceiveMicroseconds += duration;
                if ((_eventFlags & FlagRxDone) != 0 && Downlink != null)
                {
                    byte start = _registers[RegFifoRxBaseAddr];
                    for (int i = 0; i < Downlink.Length; i++)
                    {
                        _fifo[(byte)(start + i)] = Downlink[i];
                    }

                    _registers[RegFifoRxCurrentAddr] = start;
                    _registers[RegRxNbBytes] = (byte)Downlink.Length;
                    _registers[RegPktRssiValue] = DownlinkPacketRssi;
                    _registers[RegPktSnrValue] = DownlinkPacketSnr;
                }
            }

            _registers[RegIrqFlags] |= (byte)(_eventFlags & ~_registers[RegIrqFlagsMask]);
            _registers[RegOpMode] = (byte)((_registers[RegOpMode] & 0xF8) | ModeStandby);
            _eventAt = -1;
        }

        private bool DioLevel(int dio)
        {
            Update();
            int mapping = dio == 0 ? _registers[RegDioMapping1] >> 6 : (_registers[RegDioMapping1] >> 4) & 0x03;
            int flag = dio == 0
                ? mapping switch { 0 => FlagRxDone, 1 => FlagTxDone, 2 => 0x04, _ => 0 }
                : mapping switch { 0 => FlagRxTimeout, 1 => 0x02, 2 => 0x01, _ => 0 };
            return (_registers[RegIrqFlags] & flag) != 0;
        }

        private void OnReset(bool high)
        {
            if (!high)
            {
                _resetFallAt = _clock.UptimeMicroseconds;
                return;
            }

            if (_resetFallAt < 0)
            {
                return;
            }

            if (_clock.UptimeMicroseconds - _resetFallAt < 100)
            {
                Violations.Add("NRESET pulse shorter than 100 µs");
            }

            _resetFallAt = -1;
            ResetPulses++;
            LoadResetValues();
            _readyAt = _clock.UptimeMicroseconds + 5000;

            // §4.2.3.8: the automatic calibration at power-on/reset covers the LF port at 434 MHz only.
            _imageCal = ImageCalResetValue;
            _imageCalEndsAt = -1;
            _calibratedHighPortHz = double.NaN;
            _calibratedLowPortHz = 434e6;
        }

        private void LoadResetValues()
        {
            Array.Clear(_registers);
            Array.Clear(_fifo);
            _eventAt = -1;

            // Reset values in LoRa mode (datasheet rev 7 §6.4); the chip powers up in FSK Standby (RegOpMode 0x09).
            _registers[RegOpMode] = 0x09;
            _registers[RegFrfMsb] = 0x6C;
            _registers[RegFrfMid] = 0x80;
            _registers[RegPaConfig] = 0x4F;
            _registers[0x0A] = 0x09;
            _registers[RegOcp] = 0x2B;
            _registers[RegLna] = 0x20;
            _registers[RegFifoTxBaseAddr] = 0x80;
            _registers[RegModemConfig1] = 0x72;
            _registers[RegModemConfig2] = 0x70;
            _registers[RegSymbTimeoutLsb] = 0x64;
            _registers[RegPreambleLsb] = 0x08;
            _registers[RegPayloadLength] = 0x01;
            _registers[0x23] = 0xFF;
            _registers[RegModemConfig3] = 0x04;
            _registers[0x31] = 0xC3;
            _registers[RegInvertIQ] = 0x27;
            _registers[0x37] = 0x0A;
            _registers[RegSyncWord] = 0x12;
            _registers[RegInvertIQ2] = 0x1D;
            _registers[RegPaDac] = 0x84;
        }
    }
}
