// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Radio
{
    /// <summary>
    /// Command-level model of an SX1262 as DS_SX1261-2 V2.1 describes it: opcodes decoded (§13), BUSY high while a command
    /// is processed, during calibration, after reset and in Sleep (§8.3.1); wake-up on NSS with the command ignored (§13.1.1);
    /// warm/cold start; data buffer with TX/RX base addresses (§7.2); IRQ status with IRQ and DIO1 masks (§13.3); TX raising
    /// TxDone after the time on air or Timeout after the SetTx timer; RX raising RxDone (with CrcErr/HeaderErr) or Timeout after
    /// SymbNum symbols / the SetRx timer; fallback to STDBY_RC. Commands sent while BUSY is high, and TX/RX without the §15
    /// workarounds, image calibration or TCXO supply, are recorded in <see cref="LoRaChipModel.Violations"/>.
    /// Undocumented reset values of the errata registers are placeholders chosen here (0x0736 = 0x0D, 0x0889 = 0x00, 0x08D8 = 0xC8).
    /// <para>
    /// Random numbers: RandomNumberGen (0x0819-0x081C) read in RX with the LNA (0x08E2 bit 0) or the mixer (0x08E5 bit 7)
    /// still on is a violation, as is a reception, a transmission or sleep with either left off (LoRaMac-node
    /// SX126xGetRandom, Semtech sx126x_driver and RadioLib all clear both around the read and restore them). Reset values
    /// of 0x08E2/0x08E5 are placeholders with the enable bits set (0x03, 0x80).
    /// </para>
    /// <para>
    /// TCXO: after SetDIO3AsTCXOCtrl, SetTx/SetRx from STDBY_RC first powers the TCXO and waits the programmed delay
    /// (§13.3.6), BUSY high, and only then transmits or listens. With <see cref="LoRaChipModel.DownlinkPreambleStartMicroseconds"/> set, a
    /// downlink is heard when at least <see cref="LoRaChipModel.PreambleDetectionSymbols"/> of its 8 preamble symbols fall inside the window.
    /// </para>
    /// </summary>
    public sealed class Sx1262Simulator : LoRaChipModel, ISpiDevice
    {
        /// <summary>Undocumented analog registers around the RNG read, with their enable bits.</summary>
        public const ushort AnaLna = 0x08E2, AnaMixer = 0x08E5;

        public const byte AnaLnaEnable = 0x01, AnaMixerEnable = 0x80, AnaLnaResetValue = 0x03, AnaMixerResetValue = 0x80;
        public enum ChipState { Sleep, StandbyRc, StandbyXosc, Tx, Rx }

        public const ushort IrqTxDone = 0x0001, IrqRxDone = 0x0002, IrqHeaderValid = 0x0010, IrqHeaderErr = 0x0020, IrqCrcErr = 0x0040, IrqTimeout = 0x0200;

        // Model timing (test-double parameters, not datasheet claims).
        public const long CommandBusyMicroseconds = 20, CalibrationBusyMicroseconds = 3500, ImageCalibrationBusyMicroseconds = 1000,
            ResetBusyMicroseconds = 3500, WakeUpBusyMicroseconds = 400;

        public const byte IqPolarityResetValue = 0x0D, TxModulationResetValue = 0x00, TxClampResetValue = 0xC8;

        private readonly VirtualClock _clock;
        private readonly Dictionary<ushort, byte> _registers = new();
        private readonly byte[] _buffer = new byte[256];
        private long _busyUntil;
        private long _resetFallAt = -1;
        private bool _warmStart = true;
        private bool _configLost;
        private long _eventAt = -1;
        private ushort _eventIrq;
        private long _operationStart;
        private uint _noise = 0x9E3779B9;
        private long _tcxoDelayMicroseconds;

        public Sx1262Simulator(VirtualClock clock)
        {
            _clock = clock;
            Busy = new ModelInputPin(BusyLevel);
            Dio1 = new ModelInputPin(() => { Update(); return (Irq & Dio1Mask) != 0; });
            Reset = new ModelOutputPin(OnReset);
            LoadResetValues();
            State = ChipState.StandbyRc;
        }

        public ModelInputPin Busy { get; }

        public ModelInputPin Dio1 { get; }

        public ModelOutputPin Reset { get; }

        public override string ChipName => "SX1262 model";

        /// <summary>TCXO start-up programmed by SetDIO3AsTCXOCtrl, in µs.</summary>
        public long TcxoDelayMicroseconds => _tcxoDelayMicroseconds;

        /// <summary>RandomNumberGen bytes read in RX.</summary>
        public int RandomReads { get; private set; }

        // Board.
        public bool HasTcxo { get; set; } = true;

        private long _sleepAt = long.MinValue / 2;

        // Faults and the air around the chip.
        public bool BusyStuck { get; set; }

        public bool NoChip { get; set; }

        public bool TxNeverCompletes { get; set; }

        public bool TxDoneMissing { get; set; }

        public byte[]? Downlink { get; set; }

        public long DownlinkArrivalMicroseconds { get; set; }

        public bool DownlinkInvertedIq { get; set; } = true;

        public bool DownlinkCrcError { get; set; }

        public bool DownlinkHeaderError { get; set; }

        public byte DownlinkRssiPkt { get; set; } = 180;

        public byte DownlinkSnrPkt { get; set; } = 0xF6;

        // State visible to tests.
        public ChipState State { get; private set; }

        public bool PacketTypeLoRa { get; private set; }

        public uint RfFrequency { get; private set; }

        public int SpreadingFactor { get; private set; }

        public int BandwidthCode { get; private set; }

        public int CodingRate { get; private set; }

        public bool LowDataRateOptimize { get; private set; }

        public int PreambleLength { get; private set; }

        public bool ImplicitHeader { get; private set; }

        public int PayloadLength { get; private set; }

        public bool CrcOn { get; private set; }

        public bool InvertIq { get; private set; }

        public byte TxBase { get; private set; }

        public byte RxBase { get; private set; }

        public ushort Irq { get; private set; }

        public ushort IrqMask { get; private set; }

        public ushort Dio1Mask { get; private set; }

        public int SymbNum { get; private set; }

        /// <summary>§13.1.6: false (reset) means the SetRx timer stops only on LoRa header detection.</summary>
        public bool StopTimerOnPreamble { get; private set; }

        public bool TcxoEnabled { get; private set; }

        public bool Dio2RfSwitch { get; private set; }

        public byte ImageFreq1 { get; private set; }

        public byte ImageFreq2 { get; private set; }

        public sbyte TxPower { get; private set; }

        public int ResetPulses { get; private set; }

        public int Transmissions { get; private set; }

        public byte[] LastTransmitted { get; } = new byte[256];

        public int LastTransmittedLength { get; private set; }

        public long AirMicroseconds { get; private set; }

        public long ReceiveMicroseconds { get; private set; }

        public double FrequencyHz => RfFrequency * 32e6 / (1 << 25);

        public byte Register(ushort address) => _registers.TryGetValue(address, out byte value) ? value : (byte)0;

        public void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer, int count) => Transaction(writeBuffer, 0, readBuffer, count);

        public void Write(byte[] buffer, int offset, int count) => Transaction(buffer, offset, null, count);

        private bool BusyLevel()
        {
            Update();
            return BusyStuck || State == ChipState.Sleep || _clock.UptimeMicroseconds < _busyUntil;
        }

        private void Transaction(byte[] mosi, int offset, byte[]? miso, int count)
        {
            Update();
            if (Logging)
            {
                Log.Add(Hex.Spaced(mosi, offset, count));
            }

            if (miso != null)
            {
                Array.Clear(miso, 0, count);
            }

            if (NoChip)
            {
                return;
            }

            if (State == ChipState.Sleep)
            {
                // An NSS edge before the chip is fully asleep (500 µs, Semtech's reference SX126x HAL) may be lost.
                if (_clock.UptimeMicroseconds - _sleepAt < 500)
                {
                    Violations.Add("NSS edge less than 500 µs after SetSleep");
                }

                // NSS falling edge wakes the chip; the command itself is not executed (§13.1.1).
                State = ChipState.StandbyRc;
                if (!_warmStart || _configLost)
                {
                    LoadResetValues();
                }

                _busyUntil = _clock.UptimeMicroseconds + WakeUpBusyMicroseconds;
                return;
            }

            if (BusyStuck || _clock.UptimeMicroseconds < _busyUntil)
            {
                Violations.Add($"command 0x{mosi[offset]:X2} sent while BUSY was high");
                return;
            }

            long busy = Execute(mosi, offset, miso, count);
            _busyUntil = _clock.UptimeMicroseconds + busy;
        }

        private static int Be16(byte[] b, int i) => (b[i] << 8) | b[i + 1];

        private static int Be24(byte[] b, int i) => (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];

        private long Execute(byte[] mosi, int o, byte[]? miso, int count)
        {
            byte opcode = mosi[o];
            switch (opcode)
            {
                case 0x80: // SetStandby
                    State = mosi[o + 1] == 0 ? ChipState.StandbyRc : ChipState.StandbyXosc;
                    _eventAt = -1;
                    break;
                case 0x84: // SetSleep
                    RequireStandby("SetSleep");
                    RequireFrontEndOn("SetSleep");
                    _warmStart = (mosi[o + 1] & 0x04) != 0;
                    _configLost = !_warmStart;
                    State = ChipState.Sleep;
                    _sleepAt = _clock.UptimeMicroseconds;
                    _eventAt = -1;
                    break;
                case 0x8A: // SetPacketType
                    RequireStandby("SetPacketType");
                    PacketTypeLoRa = mosi[o + 1] == 0x01;
                    break;
                case 0x86: // SetRfFrequency
                    RfFrequency = (uint)((mosi[o + 1] << 24) | Be24(mosi, o + 2));
                    break;
                case 0x95: // SetPaConfig: OCP goes back to 140 mA on the SX1262 (§13.1.14)
                    if (mosi[o + 3] != 0x00 || mosi[o + 4] != 0x01)
                    {
                        Violations.Add("SetPaConfig deviceSel/paLut not SX1262 values");
                    }

                    _registers[0x08E7] = 0x38;
                    break;
                case 0x8E: // SetTxParams
                    TxPower = (sbyte)mosi[o + 1];
                    if (TxPower < -9 || TxPower > 22)
                    {
                        Violations.Add("SetTxParams power out of -9..22");
                    }

                    break;
                case 0x8B: // SetModulationParams
                    RequireLoRa("SetModulationParams");
                    SpreadingFactor = mosi[o + 1];
                    BandwidthCode = mosi[o + 2];
                    CodingRate = mosi[o + 3];
                    LowDataRateOptimize = mosi[o + 4] == 0x01;
                    break;
                case 0x8C: // SetPacketParams
                    RequireLoRa("SetPacketParams");
                    PreambleLength = Be16(mosi, o + 1);
                    ImplicitHeader = mosi[o + 3] == 0x01;
                    PayloadLength = mosi[o + 4];
                    CrcOn = mosi[o + 5] == 0x01;
                    InvertIq = mosi[o + 6] == 0x01;
                    break;
                case 0x8F: // SetBufferBaseAddress
                    TxBase = mosi[o + 1];
                    RxBase = mosi[o + 2];
                    break;
                case 0x0E: // WriteBuffer
                    for (int i = 2; i < count; i++)
                    {
                        _buffer[(byte)(mosi[o + 1] + i - 2)] = mosi[o + i];
                    }

                    break;
                case 0x1E: // ReadBuffer: opcode, offset, NOP(status), data
                    for (int i = 3; i < count && miso != null; i++)
                    {
                        miso[i] = _buffer[(byte)(mosi[o + 1] + i - 3)];
                    }

                    break;
                case 0x0D: // WriteRegister
                    for (int i = 3; i < count; i++)
                    {
                        _registers[(ushort)(Be16(mosi, o + 1) + i - 3)] = mosi[o + i];
                    }

                    break;
                case 0x1D: // ReadRegister: opcode, address, NOP(status), data
                    for (int i = 4; i < count && miso != null; i++)
                    {
                        miso[i] = ReadRegister((ushort)(Be16(mosi, o + 1) + i - 4));
                    }

                    break;
                case 0x08: // SetDioIrqParams
                    IrqMask = (ushort)Be16(mosi, o + 1);
                    Dio1Mask = (ushort)Be16(mosi, o + 3);
                    break;
                case 0x02: // ClearIrqStatus
                    Irq &= (ushort)~Be16(mosi, o + 1);
                    break;
                case 0x12: // GetIrqStatus
                    if (miso != null)
                    {
                        miso[2] = (byte)(Irq >> 8);
                        miso[3] = (byte)Irq;
                    }

                    break;
                case 0x13: // GetRxBufferStatus
                    if (miso != null)
                    {
                        miso[2] = _rxLength;
                        miso[3] = _rxStart;
                    }

                    break;
                case 0x14: // GetPacketStatus
                    if (miso != null)
                    {
                        miso[2] = DownlinkRssiPkt;
                        miso[3] = DownlinkSnrPkt;
                        miso[4] = DownlinkRssiPkt;
                    }

                    break;
                case 0xA0: // SetLoRaSymbNumTimeout
                    SymbNum = mosi[o + 1];
                    if (!SymbNumEncodable(SymbNum))
                    {
                        // The chip reads SymbNum as mantissa (5 bits) × 2^(2 × exponent + 1) (Semtech's sx126x drivers).
                        Violations.Add($"SymbNum {SymbNum} not of the form m << (2e + 1), m <= 31");
                    }

                    break;
                case 0x98: // CalibrateImage, in STDBY_RC
                    if (State != ChipState.StandbyRc)
                    {
                        Violations.Add("CalibrateImage outside STDBY_RC");
                    }

                    ImageFreq1 = mosi[o + 1];
                    ImageFreq2 = mosi[o + 2];
                    return ImageCalibrationBusyMicroseconds;
                case 0x89: // Calibrate
                    RequireStandby("Calibrate");
                    return CalibrationBusyMicroseconds;
                case 0x97: // SetDIO3AsTCXOCtrl: voltage, then the start-up delay in 15.625 µs steps (§13.3.6)
                    TcxoEnabled = true;
                    _tcxoDelayMicroseconds = (long)Math.Ceiling(Be24(mosi, o + 2) * 15.625);
                    break;
                case 0x9D: // SetDIO2AsRfSwitchCtrl
                    Dio2RfSwitch = mosi[o + 1] == 0x01;
                    break;
                case 0x96: // SetRegulatorMode
                case 0x07: // ClearDeviceErrors
                case 0xC0: // GetStatus
                    break;
                case 0x9F: // StopTimerOnPreamble (§13.1.6): 0x01 stops the SetRx timer on preamble detection
                    StopTimerOnPreamble = mosi[o + 1] == 0x01;
                    break;
                case 0x83: // SetTx
                    {
                        long start = TcxoStart();
                        StartTransmit(Be24(mosi, o + 1), start);
                        return start - _clock.UptimeMicroseconds + CommandBusyMicroseconds;
                    }

                case 0x82: // SetRx
                    {
                        long start = TcxoStart();
                        StartReceive(Be24(mosi, o + 1), start);
                        return start - _clock.UptimeMicroseconds + CommandBusyMicroseconds;
                    }
                default:
                    Violations.Add($"unknown opcode 0x{opcode:X2}");
                    break;
            }

            return CommandBusyMicroseconds;
        }

        private byte _rxLength;
        private byte _rxStart;

        /// <summary>When TX/RX really starts: after the TCXO delay if the TCXO has to start (from STDBY_RC, §13.3.6).</summary>
        private long TcxoStart()
            => TcxoEnabled && State == ChipState.StandbyRc ? _clock.UptimeMicroseconds + _tcxoDelayMicroseconds : _clock.UptimeMicroseconds;

        private void RequireFrontEndOn(string command)
        {
            if ((Register(AnaLna) & AnaLnaEnable) == 0 || (Register(AnaMixer) & AnaMixerEnable) == 0)
            {
                Violations.Add($"{command} with the LNA (0x08E2 bit 0) or mixer (0x08E5 bit 7) left off after a random-number read");
            }
        }

        private byte ReadRegister(ushort address)
        {
            if (address >= 0x0819 && address <= 0x081C && State == ChipState.Rx)
            {
                if ((Register(AnaLna) & AnaLnaEnable) != 0 || (Register(AnaMixer) & AnaMixerEnable) != 0)
                {
                    Violations.Add("RandomNumberGen read with the LNA (0x08E2 bit 0) or mixer (0x08E5 bit 7) on");
                }

                RandomReads++;
                _noise ^= _noise << 13;
                _noise ^= _noise >> 17;
                _noise ^= _noise << 5;
                return (byte)_noise;
            }

            return Register(address);
        }

        private void RequireStandby(string command)
        {
            if (State != ChipState.StandbyRc && State != ChipState.StandbyXosc)
            {
                Violations.Add($"{command} outside standby");
            }
        }

        private void RequireLoRa(string command)
        {
            if (!PacketTypeLoRa)
            {
                Violations.Add($"{command} before SetPacketType(LoRa)");
            }
        }

        private double BandwidthHz => BandwidthCode switch { 0x04 => 125e3, 0x05 => 250e3, 0x06 => 500e3, _ => double.NaN };

        private void CheckRadioPath(bool transmit)
        {
            RequireLoRa(transmit ? "SetTx" : "SetRx");
            if (HasTcxo && !TcxoEnabled)
            {
                Violations.Add("TX/RX without the TCXO supply on DIO3");
            }

            double f = FrequencyHz;
            if (f < ImageFreq1 * 4e6 || f > ImageFreq2 * 4e6)
            {
                Violations.Add($"image not calibrated for {f / 1e6:F3} MHz");
            }

            // §15.4: bit 2 of 0x0736 must be 0 with inverted IQ, 1 with standard IQ.
            if (((Register(0x0736) & 0x04) != 0) == InvertIq)
            {
                Violations.Add("§15.4 inverted-IQ workaround not applied");
            }

            if (transmit)
            {
                // §15.1: bit 2 of 0x0889 is 0 with BW 500 kHz, 1 otherwise; §15.2: bits 4-1 of 0x08D8 = 1111.
                if (((Register(0x0889) & 0x04) != 0) == (BandwidthCode == 0x06))
                {
                    Violations.Add("§15.1 500 kHz modulation-quality workaround not applied");
                }

                if ((Register(0x08D8) & 0x1E) != 0x1E)
                {
                    Violations.Add("§15.2 TxClampConfig workaround not applied");
                }
            }

            if (Register(0x0740) != 0x34 || Register(0x0741) != 0x44)
            {
                Violations.Add("sync word is not the public 0x3444");
            }

            double tsym = ReferenceAirtime.SymbolSeconds(SpreadingFactor, BandwidthHz);
            if (tsym >= 0.016 && !LowDataRateOptimize)
            {
                Violations.Add("LowDataRateOptimize off with a symbol time of 16 ms or more");
            }
        }

        private long Airtime(int length, bool crc)
            => ReferenceAirtime.PacketMicroseconds(SpreadingFactor, BandwidthHz, CodingRate, PreambleLength, length, crc, ImplicitHeader, LowDataRateOptimize);

        private void StartTransmit(int timeoutSteps, long start)
        {
            RequireStandby("SetTx");
            CheckRadioPath(true);
            RequireFrontEndOn("SetTx");
            State = ChipState.Tx;
            _operationStart = start;
            LastTransmitStartMicroseconds = start;
            LastTransmittedLength = PayloadLength;
            for (int i = 0; i < PayloadLength; i++)
            {
                LastTransmitted[i] = _buffer[(byte)(TxBase + i)];
            }

            Transmissions++;
            if (TxNeverCompletes)
            {
                _eventAt = -1;
                return;
            }

            long airtime = Airtime(PayloadLength, CrcOn);
            long timeout = (long)Math.Ceiling(timeoutSteps * 15.625);
            if (TxDoneMissing || (timeoutSteps != 0 && timeout < airtime))
            {
                _eventAt = timeoutSteps != 0 ? _operationStart + timeout : -1;
                _eventIrq = IrqTimeout;
            }
            else
            {
                _eventAt = _operationStart + airtime;
                _eventIrq = IrqTxDone;
                LastTxDoneMicroseconds = _eventAt;
            }
        }

        private static bool SymbNumEncodable(int value)
        {
            for (int exponent = 0; exponent < 4; exponent++)
            {
                int shift = (2 * exponent) + 1;
                if ((value >> shift) <= 31 && ((value >> shift) << shift) == value)
                {
                    return true;
                }
            }

            return false;
        }

        private void StartReceive(int timeoutSteps, long start)
        {
            RequireStandby("SetRx");
            State = ChipState.Rx;
            _operationStart = start;
            _eventAt = -1;
            if (timeoutSteps == 0xFFFFFF)
            {
                return;
            }

            CheckRadioPath(false);
            RequireFrontEndOn("SetRx");
            LastListenStartMicroseconds = start;
            if (SymbNum != 0)
            {
                // Register 0x0706 must mirror SymbNum as exponent + (mantissa << 3) (Semtech's sx126x drivers).
                int exponent = 0;
                while ((SymbNum >> ((2 * exponent) + 1)) > 31)
                {
                    exponent++;
                }

                int mirror = exponent + ((SymbNum >> ((2 * exponent) + 1)) << 3);
                if (_registers[0x0706] != mirror)
                {
                    Violations.Add($"register 0x0706 = 0x{_registers[0x0706]:X2}, expected 0x{mirror:X2} for SymbNum {SymbNum}");
                }
            }

            double tsym = ReferenceAirtime.SymbolSeconds(SpreadingFactor, BandwidthHz);
            long symbolWindow = SymbNum != 0 ? (long)Math.Ceiling(SymbNum * tsym * 1e6) : long.MaxValue;
            long timer = timeoutSteps != 0 ? (long)Math.Ceiling(timeoutSteps * 15.625) : long.MaxValue;

            // The preamble is detected when it starts inside both the symbol window and the timer. The SetRx timer then
            // keeps running until the header is detected, (preamble + 4.25 sync + 8 header-block) symbols after the
            // preamble start (§13.1.5/§13.1.6, §6.1.4), unless StopTimerOnPreamble stopped it at the preamble.
            long? placed = PlacedPreambleStart();
            long arrival = placed is long absolute ? absolute - _operationStart : DownlinkArrivalMicroseconds;
            long closesAt = Math.Min(symbolWindow, timer);
            long heardFrom = HeardFrom(_operationStart, tsym * 1e6);
            long heardUntil = closesAt == long.MaxValue ? long.MaxValue : HeardUntil(_operationStart + closesAt, tsym * 1e6);
            bool preambleFound = Downlink != null && DownlinkInvertedIq == InvertIq && (placed.HasValue
                ? placed.Value >= heardFrom && placed.Value <= heardUntil
                : arrival <= symbolWindow && arrival <= timer);
            long headerAt = arrival + (long)Math.Ceiling((PreambleLength + 4.25 + 8) * tsym * 1e6);
            long timerStopsAt = StopTimerOnPreamble ? arrival : headerAt;
            if (!StopTimerOnPreamble && timer != long.MaxValue)
            {
                // A preamble found late is still lost if the timer expires before its header (§13.1.5/§13.1.6).
                heardUntil = Math.Min(heardUntil, _operationStart + timer - (long)Math.Ceiling((PreambleLength + 4.25 + 8) * tsym * 1e6));
            }

            RecordReception(_operationStart, SymbNum, heardFrom, heardUntil, preambleFound && timerStopsAt <= timer);

            if (preambleFound && timerStopsAt <= timer)
            {
                _eventAt = _operationStart + arrival + Airtime(Downlink!.Length, false);
                _eventIrq = DownlinkHeaderError ? IrqHeaderErr : (ushort)(IrqRxDone | IrqHeaderValid | (DownlinkCrcError ? IrqCrcErr : 0));
            }
            else if (preambleFound)
            {
                // The timer expires while the packet is still arriving: the reception is aborted (§13.1.5).
                _eventAt = _operationStart + timer;
                _eventIrq = IrqTimeout;
            }
            else if (Math.Min(symbolWindow, timer) != long.MaxValue)
            {
                _eventAt = _operationStart + Math.Min(symbolWindow, timer);
                _eventIrq = IrqTimeout;
            }
        }

        private void Update()
        {
            if (_eventAt < 0 || _clock.UptimeMicroseconds < _eventAt)
            {
                return;
            }

            long duration = _eventAt - _operationStart;
            if (State == ChipState.Tx)
            {
                AirMicroseconds += duration;
            }
            else
            {
                ReceiveMicroseconds += duration;
            }

            if ((_eventIrq & IrqRxDone) != 0 && Downlink != null)
            {
                for (int i = 0; i < Downlink.Length; i++)
                {
                    _buffer[(byte)(RxBase + i)] = Downlink[i];
                }

                _rxStart = RxBase;
                _rxLength = (byte)Downlink.Length;
            }

            Irq |= (ushort)(_eventIrq & IrqMask);

            // A header error leaves the receiver running; everything else falls back to STDBY_RC.
            if (_eventIrq != IrqHeaderErr)
            {
                State = ChipState.StandbyRc;
            }

            _eventAt = -1;
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

            if (_clock.UptimeMicroseconds - _resetFallAt < 50)
            {
                Violations.Add("NRESET low for less than 50 µs");
            }

            _resetFallAt = -1;
            ResetPulses++;
            LoadResetValues();
            State = ChipState.StandbyRc;
            _busyUntil = _clock.UptimeMicroseconds + ResetBusyMicroseconds;
        }

        private void LoadResetValues()
        {
            _registers.Clear();
            _registers[0x0740] = 0x14;
            _registers[0x0741] = 0x24;
            _registers[0x0736] = IqPolarityResetValue;
            _registers[0x0889] = TxModulationResetValue;
            _registers[0x08D8] = TxClampResetValue;
            _registers[0x08E7] = 0x18;
            _registers[AnaLna] = AnaLnaResetValue;
            _registers[AnaMixer] = AnaMixerResetValue;
            PacketTypeLoRa = false;
            TcxoEnabled = false;
            Dio2RfSwitch = false;
            IrqMask = 0;
            Dio1Mask = 0;
            Irq = 0;
            SymbNum = 0;
            StopTimerOnPreamble = false;
            ImageFreq1 = 0xE1;
            ImageFreq2 = 0xE9;
            TxBase = 0;
            RxBase = 0;
            _eventAt = -1;
            _configLost = false;
            _warmStart = true;
        }
    }
}
