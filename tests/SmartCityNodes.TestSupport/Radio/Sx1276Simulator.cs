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
    /// 5 ms before the chip answers (§7.2.2). Misuse is recorded in <see cref="Violations"/> instead of being silently accepted.
    /// </summary>
    public sealed class Sx1276Simulator : ISpiDevice
    {
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

        /// <summary>MOSI bytes of every SPI transaction as hex, when <see cref="Logging"/> is on.</summary>
        public List<string> Log { get; } = new();

        public bool Logging { get; set; } = true;

        public List<string> Violations { get; } = new();

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

        private void WriteRegister(int address, byte value)
        {
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

        private byte ReadRegister(int address)
        {
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
            _operationStart = _clock.UptimeMicroseconds;
            if (!TxNeverCompletes)
            {
                _eventAt = _clock.UptimeMicroseconds + Airtime(length, (_registers[RegModemConfig2] & 0x04) != 0);
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

            int symbolTimeout = ((_registers[RegModemConfig2] & 0x03) << 8) | _registers[RegSymbTimeoutLsb];
            long window = (long)Math.Ceiling(symbolTimeout * ReferenceAirtime.SymbolSeconds(SpreadingFactor, BandwidthHz) * 1e6);
            bool iqMatches = ((_registers[RegInvertIQ] & 0x40) != 0) == DownlinkInvertedIq;
            bool syncMatches = _registers[RegSyncWord] == 0x34;
            if (Downlink != null && DownlinkArrivalMicroseconds <= window && iqMatches && syncMatches)
            {
                _eventAt = _clock.UptimeMicroseconds + DownlinkArrivalMicroseconds + Airtime(Downlink.Length, false);
                _eventFlags = (byte)(FlagRxDone | FlagValidHeader | (DownlinkCrcError ? FlagPayloadCrcError : 0));
            }
            else
            {
                _eventAt = _clock.UptimeMicroseconds + window;
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
