// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.LoRaWan.DutyCycle;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>
    /// The device's mutable regional state: defined channels (frequency, data-rate range, RX1 downlink
    /// frequency), the enabled-channel mask, sub-band selection, dwell time and max EIRP. Up to 16 channels for
    /// EU-like plans, 72 fixed channels with masks for US915/AU915. It implements the regional halves of the MAC
    /// commands (LinkADRReq ChMaskCntl, NewChannelReq, DlChannelReq, TxParamSetupReq), the Join-Accept CFList,
    /// and uplink/join channel selection against a <see cref="DutyCycleLedger"/>. Allocation-free after construction;
    /// serializes with <see cref="WriteTo"/>/<see cref="ReadFrom"/>.
    /// </summary>
    public sealed class ChannelPlan
    {
        /// <summary>Version byte at the start of the serialized record.</summary>
        public const byte SerializationVersion = 1;

        /// <summary>Largest record <see cref="WriteTo"/> writes (an EU-like plan with 16 channels).</summary>
        public const int MaxSerializedLength = HeaderLength + (RegionParameters.DynamicPlanChannelCount * ChannelRecordLength);



        /// <summary>Number of 8-channel sub-bands of a fixed plan (RP002-1.0.4 §2.5.5 ChMaskCntl 5 "blocks").</summary>
        public const int SubBandCount = 8;

        private const int MaskWords = 5;
        private const int HeaderLength = 5 + (2 * MaskWords);
        private const int ChannelRecordLength = 7;
        private const uint FrequencyUnitHz = 100;

        private readonly RegionParameters _region;
        private readonly uint[] _frequencyHz;
        private readonly uint[] _downlinkFrequencyHz;
        private readonly byte[] _minDataRate;
        private readonly byte[] _maxDataRate;
        private readonly ushort[] _mask = new ushort[MaskWords];
        private readonly ushort[] _pendingMask = new ushort[MaskWords];
        private bool _uplinkDwellTime;
        private bool _downlinkDwellTime;
        private int _maxEirpDbm;
        private int _joinStartDataRate;

        /// <summary>Creates the plan of <paramref name="region"/> in its default state (see <see cref="Reset"/>).</summary>
        /// <param name="region">Regional parameters.</param>
        public ChannelPlan(RegionParameters region)
        {
            if (region == null)
            {
                throw new ArgumentNullException();
            }

            _region = region;
            int channels = region.MaxChannels;
            _frequencyHz = new uint[channels];
            _downlinkFrequencyHz = new uint[channels];
            _minDataRate = new byte[channels];
            _maxDataRate = new byte[channels];
            Reset();
        }

        /// <summary>The constant regional parameters behind this plan.</summary>
        public RegionParameters Region => _region;

        /// <summary>Size of the channel table (16 or 72).</summary>
        public int ChannelCount => _frequencyHz.Length;

        /// <summary>Uplink dwell time in force (US915: always; AS923/AU915: from TxParamSetupReq, region default before).</summary>
        public bool UplinkDwellTime => _uplinkDwellTime;

        /// <summary>Downlink dwell time in force (affects the AS923 RX1 data rate).</summary>
        public bool DownlinkDwellTime => _downlinkDwellTime;

        /// <summary>Uplink dwell-time limit in ms for <see cref="DutyCycleLedger.Check"/>: 400 when dwell time applies, else 0.</summary>
        public int UplinkDwellTimeLimitMilliseconds => _uplinkDwellTime ? RegionDefaults.DwellTimeLimitMilliseconds : 0;

        /// <summary>Max EIRP in dBm that TXPower 0 stands for (region default, lowered or raised by TxParamSetupReq).</summary>
        public int MaxEirpDbm => _maxEirpDbm;

        /// <summary>
        /// First data rate of join attempts on EU-like plans (default: the highest default-channel DR, e.g. DR5);
        /// later attempts step down (<see cref="SelectJoinChannel"/>). Ignored by fixed plans.
        /// </summary>
        public int JoinStartDataRate
        {
            get => _joinStartDataRate;
            set
            {
                int minimum = _region.MinUplinkDataRate(_uplinkDwellTime);
                int maximum = _region.DefaultChannelMaxDataRate;
                _joinStartDataRate = value < minimum ? minimum : (value > maximum ? maximum : value);
            }
        }

        /// <summary>
        /// Back to the region defaults: EU-like plans keep only the default channels (enabled); fixed plans enable
        /// all 72 channels; dwell time and max EIRP return to the region defaults.
        /// </summary>
        public void Reset()
        {
            for (int channel = 0; channel < _frequencyHz.Length; channel++)
            {
                uint frequency = _region.DefaultChannelFrequencyHz(channel);
                _frequencyHz[channel] = frequency;
                _downlinkFrequencyHz[channel] = frequency;
                bool wide = _region.IsFixedChannelPlan && channel >= RegionParameters.FixedPlanFirstWideChannel;
                _minDataRate[channel] = (byte)(wide ? _region.WideChannelDataRate : _region.DefaultChannelMinDataRate);
                _maxDataRate[channel] = (byte)(wide ? _region.WideChannelDataRate : _region.DefaultChannelMaxDataRate);
            }

            for (int word = 0; word < MaskWords; word++)
            {
                _mask[word] = 0;
            }

            for (int channel = 0; channel < _frequencyHz.Length; channel++)
            {
                if (_frequencyHz[channel] != 0)
                {
                    SetBit(_mask, channel, true);
                }
            }

            _uplinkDwellTime = _region.DefaultUplinkDwellTime;
            _downlinkDwellTime = _region.DefaultDownlinkDwellTime;
            _maxEirpDbm = _region.DefaultMaxEirpDbm;
            _joinStartDataRate = _region.DefaultChannelMaxDataRate;
            CopyMask(_mask, _pendingMask);
        }

        /// <summary>Uplink frequency of <paramref name="channel"/> in Hz; 0 when the channel is not defined.</summary>
        /// <param name="channel">Channel index.</param>
        public uint GetFrequencyHz(int channel) => IsIndex(channel) ? _frequencyHz[channel] : 0;

        /// <summary>
        /// RX1 frequency after an uplink on <paramref name="channel"/>: fixed plans 923.3 + 0.6·(channel mod 8) MHz
        /// (RP002-1.0.4 §2.5.7, §2.8.7); EU-like plans the channel's downlink frequency (the uplink frequency unless
        /// DlChannelReq changed it). 0 for an undefined channel.
        /// </summary>
        /// <param name="channel">Uplink channel index.</param>
        public uint GetRx1FrequencyHz(int channel)
        {
            if (!IsIndex(channel))
            {
                return 0;
            }

            if (_region.IsFixedChannelPlan)
            {
                return RegionParameters.FixedPlanDownlinkFirstHz
                    + ((uint)(channel % RegionParameters.FixedPlanDownlinkChannelCount) * RegionParameters.FixedPlanDownlinkStepHz);
            }

            return _downlinkFrequencyHz[channel];
        }

        /// <summary>Lowest data rate allowed on <paramref name="channel"/>.</summary>
        /// <param name="channel">Channel index.</param>
        public int GetMinDataRate(int channel) => IsIndex(channel) ? _minDataRate[channel] : -1;

        /// <summary>Highest data rate allowed on <paramref name="channel"/>.</summary>
        /// <param name="channel">Channel index.</param>
        public int GetMaxDataRate(int channel) => IsIndex(channel) ? _maxDataRate[channel] : -1;

        /// <summary>True when <paramref name="channel"/> has a frequency (fixed plans: always).</summary>
        /// <param name="channel">Channel index.</param>
        public bool IsDefined(int channel) => IsIndex(channel) && _frequencyHz[channel] != 0;

        /// <summary>True when <paramref name="channel"/> is defined and enabled in the channel mask.</summary>
        /// <param name="channel">Channel index.</param>
        public bool IsEnabled(int channel) => IsDefined(channel) && GetBit(_mask, channel);

        /// <summary>Number of enabled channels.</summary>
        public int EnabledChannelCount
        {
            get
            {
                int count = 0;
                for (int channel = 0; channel < _frequencyHz.Length; channel++)
                {
                    if (IsEnabled(channel))
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        /// <summary>Channel-mask word <paramref name="index"/> (0..4: channels 16·index .. 16·index + 15).</summary>
        /// <param name="index">0..4.</param>
        public int GetChannelMaskWord(int index) => index >= 0 && index < MaskWords ? _mask[index] : 0;

        /// <summary>
        /// Fixed plans: enables only the 8 × 125 kHz channels of <paramref name="subBand"/> (1..8) and its 500 kHz
        /// channel, e.g. The Things Network US915/AU915 sub-band 2 = channels 8..15 and 65. False on EU-like plans or
        /// for a sub-band outside 1..8.
        /// </summary>
        /// <param name="subBand">1..8 (the numbering network servers use).</param>
        public bool SelectSubBand(int subBand)
        {
            if (!_region.IsFixedChannelPlan || subBand < 1 || subBand > SubBandCount)
            {
                return false;
            }

            for (int word = 0; word < MaskWords; word++)
            {
                _mask[word] = 0;
            }

            int block = subBand - 1;
            for (int channel = block * 8; channel < (block * 8) + 8; channel++)
            {
                SetBit(_mask, channel, true);
            }

            SetBit(_mask, RegionParameters.FixedPlanFirstWideChannel + block, true);
            CopyMask(_mask, _pendingMask);
            return true;
        }

        /// <summary>
        /// Applies the 16-byte CFList of a Join-Accept. Type 0 (EU-like plans, RP002-1.0.4 §2.4.4): five 24-bit
        /// little-endian frequencies in 100 Hz units for the channels after the default ones; they replace every
        /// non-default channel, are enabled with DR range of the default channels; 0 or an invalid frequency leaves
        /// the channel undefined. Type 1 (US915/AU915, §2.5.4): ChMask0..ChMask4 (16 bits each, little-endian)
        /// replace the channel mask.
        /// </summary>
        /// <param name="buffer">Holds the CFList.</param>
        /// <param name="offset">Where the CFList starts.</param>
        public CFListResult ApplyCFList(byte[] buffer, int offset)
        {
            if (buffer == null || offset < 0 || offset + FrameLayout.CFListLength > buffer.Length)
            {
                return CFListResult.InvalidLength;
            }

            int type = buffer[offset + FrameLayout.CFListLength - 1];
            if (type == 0 && _region.SupportsCFListFrequencies)
            {
                int first = _region.DefaultChannelCount;
                for (int channel = first; channel < _frequencyHz.Length; channel++)
                {
                    ClearChannel(channel);
                }

                for (int i = 0; i < 5; i++)
                {
                    int channel = first + i;
                    uint frequency = LittleEndian.ReadUInt24(buffer, offset + (3 * i)) * FrequencyUnitHz;
                    if (channel < _frequencyHz.Length && frequency != 0 && _region.IsValidFrequency(frequency))
                    {
                        DefineChannel(channel, frequency, _region.DefaultChannelMinDataRate, _region.DefaultChannelMaxDataRate);
                    }
                }

                CopyMask(_mask, _pendingMask);
                return CFListResult.Applied;
            }

            if (type == 1 && _region.SupportsCFListChannelMask)
            {
                bool any = false;
                for (int word = 0; word < MaskWords; word++)
                {
                    int value = LittleEndian.ReadUInt16(buffer, offset + (2 * word));
                    if (word == MaskWords - 1)
                    {
                        value &= 0xFF;
                    }

                    _pendingMask[word] = (ushort)value;
                    any |= value != 0;
                }

                if (!any)
                {
                    CopyMask(_mask, _pendingMask);
                    return CFListResult.EmptyChannelMask;
                }

                CopyMask(_pendingMask, _mask);
                return CFListResult.Applied;
            }

            return CFListResult.UnsupportedType;
        }

        /// <summary>
        /// Starts a LinkADRReq block: the pending mask becomes a copy of the current one. Then call
        /// <see cref="ApplyLinkAdrChannelMask"/> for each LinkADRReq of the block in order, check the result with
        /// <see cref="PendingMaskHasEnabledChannel"/> and <see cref="PendingMaskAllowsDataRate"/>, and either
        /// <see cref="CommitLinkAdrChannelMask"/> or simply drop it (all-or-nothing, LoRaWAN L2 1.0.4 §5.3).
        /// </summary>
        public void BeginLinkAdrBlock()
        {
            CopyMask(_mask, _pendingMask);
        }

        /// <summary>
        /// Applies one LinkADRReq's ChMaskCntl/ChMask to the pending mask and returns that command's Channel mask ACK.
        /// EU-like plans (RP002-1.0.4 §2.4.5, §2.10.5, §2.11.5, §2.12.5): 0 = ChMask enables channels 0..15
        /// individually (enabling an undefined channel is NACKed), 6 = all defined channels on, others RFU (NACK).
        /// Fixed plans (§2.5.5, §2.8.5 with the 2023 errata marking bit 8 of ChMaskCntl 5 RFU): 0..3 = ChMask for
        /// channels 16·n..16·n+15, 4 = ChMask for channels 64..71, 5 = bits 0..7 switch blocks of 8 × 125 kHz channels
        /// plus the matching 500 kHz channel on or off, 6 = all 125 kHz on and ChMask for 64..71,
        /// 7 = all 125 kHz off and ChMask for 64..71. A NACKed command leaves the pending mask unchanged.
        /// </summary>
        /// <param name="channelMaskControl">ChMaskCntl, 0..7.</param>
        /// <param name="channelMask">ChMask, 16 bits.</param>
        public bool ApplyLinkAdrChannelMask(int channelMaskControl, int channelMask)
        {
            channelMask &= 0xFFFF;
            if (!_region.IsFixedChannelPlan)
            {
                if (channelMaskControl == 0)
                {
                    for (int channel = 0; channel < RegionParameters.DynamicPlanChannelCount; channel++)
                    {
                        if ((channelMask & (1 << channel)) != 0 && _frequencyHz[channel] == 0)
                        {
                            return false;
                        }
                    }

                    _pendingMask[0] = (ushort)channelMask;
                    return true;
                }

                if (channelMaskControl == 6)
                {
                    ushort all = 0;
                    for (int channel = 0; channel < RegionParameters.DynamicPlanChannelCount; channel++)
                    {
                        if (_frequencyHz[channel] != 0)
                        {
                            all |= (ushort)(1 << channel);
                        }
                    }

                    _pendingMask[0] = all;
                    return true;
                }

                return false;
            }

            switch (channelMaskControl)
            {
                case 0:
                case 1:
                case 2:
                case 3:
                    _pendingMask[channelMaskControl] = (ushort)channelMask;
                    return true;
                case 4:
                    _pendingMask[4] = (ushort)(channelMask & 0xFF);
                    return true;
                case 5:
                    for (int block = 0; block < SubBandCount; block++)
                    {
                        bool on = (channelMask & (1 << block)) != 0;
                        for (int channel = block * 8; channel < (block * 8) + 8; channel++)
                        {
                            SetBit(_pendingMask, channel, on);
                        }

                        SetBit(_pendingMask, RegionParameters.FixedPlanFirstWideChannel + block, on);
                    }

                    return true;
                case 6:
                case 7:
                    ushort narrow = channelMaskControl == 6 ? (ushort)0xFFFF : (ushort)0;
                    for (int word = 0; word < 4; word++)
                    {
                        _pendingMask[word] = narrow;
                    }

                    _pendingMask[4] = (ushort)(channelMask & 0xFF);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>True when the pending mask enables at least one defined channel (an empty mask is NACKed, L2 1.0.4 §5.3).</summary>
        public bool PendingMaskHasEnabledChannel()
        {
            for (int channel = 0; channel < _frequencyHz.Length; channel++)
            {
                if (_frequencyHz[channel] != 0 && GetBit(_pendingMask, channel))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="dataRate"/> is an uplink data rate this stack supports and at least one channel
        /// enabled in the pending mask allows it (LinkADRAns Data rate ACK).
        /// </summary>
        /// <param name="dataRate">Requested uplink DR.</param>
        public bool PendingMaskAllowsDataRate(int dataRate)
        {
            if (!_region.IsUplinkDataRateSupported(dataRate, _uplinkDwellTime))
            {
                return false;
            }

            for (int channel = 0; channel < _frequencyHz.Length; channel++)
            {
                if (_frequencyHz[channel] != 0 && GetBit(_pendingMask, channel)
                    && dataRate >= _minDataRate[channel] && dataRate <= _maxDataRate[channel])
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Makes the pending mask of the LinkADRReq block the channel mask.</summary>
        public void CommitLinkAdrChannelMask()
        {
            CopyMask(_pendingMask, _mask);
        }

        /// <summary>
        /// Re-enables the region's default channels (ADR back-off's last step, LoRaWAN L2 1.0.4 §4.3.1.1): EU-like
        /// plans enable the default channels, fixed plans enable all 72 channels.
        /// </summary>
        public void EnableDefaultChannels()
        {
            if (_region.IsFixedChannelPlan)
            {
                for (int channel = 0; channel < _frequencyHz.Length; channel++)
                {
                    SetBit(_mask, channel, true);
                }
            }
            else
            {
                for (int channel = 0; channel < _region.DefaultChannelCount; channel++)
                {
                    SetBit(_mask, channel, true);
                }
            }

            CopyMask(_mask, _pendingMask);
        }

        /// <summary>
        /// NewChannelReq (LoRaWAN L2 1.0.4 §5.6, RP002-1.0.4 per region). Returns false when the region does not
        /// implement it (US915/AU915): then no NewChannelAns is sent. Otherwise the two ACK bits come back; only
        /// when both are set is the channel created/changed (and enabled), or deleted for frequency 0. Default
        /// channels and indexes ≥ 16 are refused with both bits cleared.
        /// </summary>
        /// <param name="channelIndex">ChIndex.</param>
        /// <param name="frequencyHz">Freq × 100 Hz; 0 deletes the channel.</param>
        /// <param name="minDataRate">MinDR.</param>
        /// <param name="maxDataRate">MaxDR.</param>
        /// <param name="frequencyOk">Channel frequency ACK.</param>
        /// <param name="dataRateRangeOk">Data rate range ACK.</param>
        public bool NewChannel(int channelIndex, uint frequencyHz, int minDataRate, int maxDataRate, out bool frequencyOk, out bool dataRateRangeOk)
        {
            frequencyOk = false;
            dataRateRangeOk = false;
            if (_region.IsFixedChannelPlan)
            {
                return false;
            }

            if (channelIndex < _region.DefaultChannelCount || channelIndex >= _frequencyHz.Length)
            {
                return true;
            }

            if (frequencyHz == 0)
            {
                frequencyOk = true;
                dataRateRangeOk = true;
                ClearChannel(channelIndex);
                CopyMask(_mask, _pendingMask);
                return true;
            }

            frequencyOk = _region.IsValidFrequency(frequencyHz);
            // Both ends must be data rates this device can use (LoRa or FSK; not RFU, not LR-FHSS).
            dataRateRangeOk = minDataRate <= maxDataRate && IsUsableModulation(minDataRate) && IsUsableModulation(maxDataRate);
            if (frequencyOk && dataRateRangeOk)
            {
                DefineChannel(channelIndex, frequencyHz, minDataRate, maxDataRate);
                CopyMask(_mask, _pendingMask);
            }

            return true;
        }

        /// <summary>
        /// DlChannelReq (LoRaWAN L2 1.0.4 §5.6): sets the RX1 frequency of an existing uplink channel. Returns false
        /// when the region does not implement it (US915/AU915: no DlChannelAns). Only with both ACK bits set is the
        /// change made.
        /// </summary>
        /// <param name="channelIndex">ChIndex.</param>
        /// <param name="frequencyHz">Freq × 100 Hz.</param>
        /// <param name="frequencyOk">Channel frequency ACK.</param>
        /// <param name="uplinkFrequencyExists">Uplink frequency exists ACK.</param>
        public bool DlChannel(int channelIndex, uint frequencyHz, out bool frequencyOk, out bool uplinkFrequencyExists)
        {
            frequencyOk = false;
            uplinkFrequencyExists = false;
            if (_region.IsFixedChannelPlan)
            {
                return false;
            }

            uplinkFrequencyExists = IsDefined(channelIndex);
            frequencyOk = frequencyHz != 0 && _region.IsValidFrequency(frequencyHz);
            if (frequencyOk && uplinkFrequencyExists)
            {
                _downlinkFrequencyHz[channelIndex] = frequencyHz;
            }

            return true;
        }

        /// <summary>
        /// TxParamSetupReq (LoRaWAN L2 1.0.4 §5.8): EIRP_DwellTime byte, bit 5 DownlinkDwellTime, bit 4 UplinkDwellTime,
        /// bits 3..0 MaxEIRP code. Returns false (nothing changed, no answer) where the region does not implement it.
        /// </summary>
        /// <param name="eirpDwellTime">The command's payload byte.</param>
        public bool ApplyTxParamSetup(byte eirpDwellTime)
        {
            if (!_region.SupportsTxParamSetup)
            {
                return false;
            }

            _downlinkDwellTime = (eirpDwellTime & 0b0010_0000) != 0;
            _uplinkDwellTime = (eirpDwellTime & 0b0001_0000) != 0;
            _maxEirpDbm = RegionParameters.TxParamMaxEirpDbm(eirpDwellTime & 0x0F);
            JoinStartDataRate = _joinStartDataRate;
            return true;
        }

        /// <summary>Maximum FRMPayload (no FOpts) for an uplink at <paramref name="dataRate"/> under the current dwell setting; −1 if not allowed.</summary>
        /// <param name="dataRate">Uplink DR.</param>
        public int MaxUplinkFrmPayloadLength(int dataRate) => _region.MaxFrmPayloadLength(dataRate, _uplinkDwellTime);

        /// <summary>Maximum MACPayload for an uplink at <paramref name="dataRate"/> under the current dwell setting; −1 if not allowed.</summary>
        /// <param name="dataRate">Uplink DR.</param>
        public int MaxUplinkMacPayloadLength(int dataRate) => _region.MaxMacPayloadLength(dataRate, _uplinkDwellTime);

        /// <summary>RX1 data rate for an uplink at <paramref name="uplinkDataRate"/> with the current downlink dwell setting.</summary>
        /// <param name="uplinkDataRate">Uplink DR.</param>
        /// <param name="rx1DataRateOffset">RX1DROffset.</param>
        public int GetRx1DataRate(int uplinkDataRate, int rx1DataRateOffset) => _region.GetRx1DataRate(uplinkDataRate, rx1DataRateOffset, _downlinkDwellTime);

        /// <summary>
        /// Chooses a random enabled channel that allows <paramref name="dataRate"/> and that the ledger lets transmit
        /// <paramref name="phyPayloadLength"/> bytes now (pseudo-random channel choice, RP002-1.0.4 §2.3). When
        /// every suitable channel is closed, returns <see cref="ChannelSelectStatus.WaitForDutyCycle"/> with the
        /// earliest time one opens.
        /// </summary>
        /// <param name="dataRate">Uplink DR.</param>
        /// <param name="phyPayloadLength">PHYPayload length in bytes.</param>
        /// <param name="random">A random 32-bit value (e.g. IRadio.Random()).</param>
        /// <param name="ledger">Duty-cycle ledger; null for no duty-cycle accounting.</param>
        /// <param name="nowMilliseconds">Monotonic time in ms.</param>
        /// <param name="channel">Chosen channel, −1 when none.</param>
        /// <param name="earliestMilliseconds">Now when Ok; the earliest possible start when waiting; <see cref="long.MaxValue"/> otherwise.</param>
        public ChannelSelectStatus SelectUplinkChannel(int dataRate, int phyPayloadLength, uint random, DutyCycleLedger ledger, long nowMilliseconds, out int channel, out long earliestMilliseconds)
        {
            channel = -1;
            earliestMilliseconds = long.MaxValue;
            if (!_region.IsUplinkDataRateSupported(dataRate, _uplinkDwellTime))
            {
                return ChannelSelectStatus.InvalidDataRate;
            }

            long airtime = _region.UplinkTimeOnAirMicroseconds(dataRate, phyPayloadLength);
            return SelectAmong(0, _frequencyHz.Length, true, dataRate, airtime, false, random, ledger, nowMilliseconds, out channel, out earliestMilliseconds);
        }

        /// <summary>
        /// Chooses channel and data rate for join attempt number <paramref name="attempt"/> (0, 1, 2, ...).
        /// EU-like plans: a random default channel; the data rate starts at <see cref="JoinStartDataRate"/> and drops by
        /// one every second attempt down to the minimum, then starts over. Fixed plans (RP002-1.0.4 §2.5.2/§2.8.2):
        /// each pass probes every enabled 8-channel sub-band once (a random channel of it at DR0 US915 / DR2 AU915),
        /// then one enabled 500 kHz channel (DR4 / DR6); with a single sub-band selected this alternates 125 kHz and
        /// 500 kHz attempts. The ledger decides whether the attempt may go now (join back-off included).
        /// </summary>
        /// <param name="attempt">0-based attempt counter (persist it across wakes).</param>
        /// <param name="random">A random 32-bit value.</param>
        /// <param name="ledger">Duty-cycle ledger; null for none.</param>
        /// <param name="nowMilliseconds">Monotonic time in ms.</param>
        /// <param name="channel">Chosen channel, −1 when none.</param>
        /// <param name="dataRate">Data rate of this attempt.</param>
        /// <param name="earliestMilliseconds">Now when Ok; the earliest possible start when waiting.</param>
        public ChannelSelectStatus SelectJoinChannel(int attempt, uint random, DutyCycleLedger ledger, long nowMilliseconds, out int channel, out int dataRate, out long earliestMilliseconds)
        {
            if (attempt < 0)
            {
                attempt = 0;
            }

            channel = -1;
            earliestMilliseconds = long.MaxValue;
            if (!_region.IsFixedChannelPlan)
            {
                int minimum = _region.MinUplinkDataRate(_uplinkDwellTime);
                if (minimum < _region.DefaultChannelMinDataRate)
                {
                    minimum = _region.DefaultChannelMinDataRate;
                }

                int span = _joinStartDataRate - minimum + 1;
                dataRate = _joinStartDataRate - ((attempt / 2) % (span < 1 ? 1 : span));
                long joinAirtime = _region.UplinkTimeOnAirMicroseconds(dataRate, FrameLayout.JoinRequestLength);
                return SelectAmong(0, _region.DefaultChannelCount, false, dataRate, joinAirtime, true, random, ledger, nowMilliseconds, out channel, out earliestMilliseconds);
            }

            int blocks = 0;
            for (int block = 0; block < SubBandCount; block++)
            {
                if (BlockHasEnabledChannel(block))
                {
                    blocks++;
                }
            }

            bool wideAvailable = false;
            for (int wide = RegionParameters.FixedPlanFirstWideChannel; wide < RegionParameters.FixedPlanChannelCount; wide++)
            {
                wideAvailable |= GetBit(_mask, wide);
            }

            int passLength = blocks + (wideAvailable ? 1 : 0);
            if (passLength == 0)
            {
                dataRate = _region.JoinDataRate;
                return ChannelSelectStatus.NoChannel;
            }

            int position = attempt % passLength;
            int pass = attempt / passLength;
            if (position < blocks)
            {
                int wanted = (position + pass) % blocks;
                int chosenBlock = 0;
                for (int block = 0, seen = 0; block < SubBandCount; block++)
                {
                    if (BlockHasEnabledChannel(block))
                    {
                        if (seen == wanted)
                        {
                            chosenBlock = block;
                            break;
                        }

                        seen++;
                    }
                }

                dataRate = _region.JoinDataRate;
                long airtime = _region.UplinkTimeOnAirMicroseconds(dataRate, FrameLayout.JoinRequestLength);
                return SelectAmong(chosenBlock * 8, (chosenBlock * 8) + 8, true, dataRate, airtime, true, random, ledger, nowMilliseconds, out channel, out earliestMilliseconds);
            }

            dataRate = _region.WideChannelDataRate;
            long wideAirtime = _region.UplinkTimeOnAirMicroseconds(dataRate, FrameLayout.JoinRequestLength);
            return SelectAmong(RegionParameters.FixedPlanFirstWideChannel, RegionParameters.FixedPlanChannelCount, true, dataRate, wideAirtime, true, random, ledger, nowMilliseconds, out channel, out earliestMilliseconds);
        }

        /// <summary>
        /// EIRP in dBm for TXPower <paramref name="txPowerIndex"/> on <paramref name="channel"/>: MaxEIRP − 2·index with the
        /// plan's MaxEIRP, capped where the region caps a frequency range (KR920 below 922 MHz: +10 dBm, RP002-1.0.4 §2.11.3).
        /// <see cref="RegionParameters.InvalidPower"/> for an undefined index or channel.
        /// </summary>
        /// <param name="txPowerIndex">TXPower from LinkADRReq (0 = max).</param>
        /// <param name="channel">Uplink channel.</param>
        public int GetTxPowerEirpDbm(int txPowerIndex, int channel)
        {
            if (!IsDefined(channel))
            {
                return RegionParameters.InvalidPower;
            }

            int eirp = _region.TxPowerEirpDbm(txPowerIndex, _maxEirpDbm);
            if (eirp == RegionParameters.InvalidPower)
            {
                return eirp;
            }

            int cap = _region.MaxEirpDbmAt(_frequencyHz[channel]);
            return eirp > cap ? cap : eirp;
        }

        /// <summary>
        /// Radio settings of an uplink on <paramref name="channel"/> at <paramref name="dataRate"/>: frequency, SF/BW,
        /// CR 4/5, preamble 8, normal IQ, conducted power = EIRP − antenna gain. False (settings zeroed) for an undefined
        /// channel, a data rate this stack cannot send, or an undefined TXPower.
        /// </summary>
        /// <param name="channel">Uplink channel.</param>
        /// <param name="dataRate">Uplink DR.</param>
        /// <param name="txPowerIndex">TXPower (0 = max EIRP).</param>
        /// <param name="antennaGainDbi">Antenna gain in dBi (EIRP − gain = conducted power).</param>
        /// <param name="settings">Filled settings.</param>
        public bool GetUplinkRadioSettings(int channel, int dataRate, int txPowerIndex, int antennaGainDbi, out RadioTxSettings settings)
        {
            settings = default(RadioTxSettings);
            DataRate rate = _region.GetDataRate(dataRate);
            int eirp = GetTxPowerEirpDbm(txPowerIndex, channel);
            if (rate.Modulation != Modulation.LoRa || eirp == RegionParameters.InvalidPower)
            {
                return false;
            }

            settings.FrequencyHz = _frequencyHz[channel];
            settings.SpreadingFactor = rate.SpreadingFactor;
            settings.BandwidthHz = rate.BandwidthHz;
            settings.CodingRateDenominator = LoRaAirtime.LoRaWanCodingRateDenominator;
            settings.PreambleSymbols = LoRaAirtime.LoRaWanPreambleSymbols;
            settings.PowerDbm = eirp - antennaGainDbi;
            settings.InvertIq = false;
            return true;
        }

        /// <summary>
        /// Radio settings of a receive window on <paramref name="frequencyHz"/> at downlink <paramref name="dataRate"/>:
        /// SF/BW, CR 4/5, preamble 8, inverted IQ, and MaxLength = the region's downlink M (DwellTime 0, RP002-1.0.4
        /// §2.10.6) + 5 bytes of MHDR and MIC. False for a data rate that is not LoRa.
        /// </summary>
        /// <param name="frequencyHz">RX1 or RX2 frequency.</param>
        /// <param name="dataRate">RX1 or RX2 data rate.</param>
        /// <param name="symbolTimeout">Symbols to wait for a preamble (the MAC computes it from its timing error budget).</param>
        /// <param name="settings">Filled settings.</param>
        public bool GetDownlinkRadioSettings(uint frequencyHz, int dataRate, int symbolTimeout, out RadioRxSettings settings)
        {
            settings = default(RadioRxSettings);
            DataRate rate = _region.GetDataRate(dataRate);
            int macPayload = _region.MaxMacPayloadLength(dataRate, false);
            if (rate.Modulation != Modulation.LoRa || macPayload < 0)
            {
                return false;
            }

            settings.FrequencyHz = frequencyHz;
            settings.SpreadingFactor = rate.SpreadingFactor;
            settings.BandwidthHz = rate.BandwidthHz;
            settings.CodingRateDenominator = LoRaAirtime.LoRaWanCodingRateDenominator;
            settings.PreambleSymbols = LoRaAirtime.LoRaWanPreambleSymbols;
            settings.SymbolTimeout = symbolTimeout;
            settings.InvertIq = true;
            settings.MaxLength = macPayload + PhyPayloadOverhead;
            return true;
        }

        /// <summary>PHYPayload bytes around the MACPayload: MHDR 1 + MIC 4 (LoRaWAN L2 1.0.4 §4.1).</summary>
        public const int PhyPayloadOverhead = 5;

        /// <summary>Writes the plan (at most <see cref="MaxSerializedLength"/> bytes) and returns the count written.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where to start.</param>
        public int WriteTo(byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException();
            }

            int length = SerializedLength;
            if (offset < 0 || offset + length > buffer.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            int position = offset;
            buffer[position++] = SerializationVersion;
            buffer[position++] = (byte)_region.Id;
            buffer[position++] = (byte)((_uplinkDwellTime ? 1 : 0) | (_downlinkDwellTime ? 2 : 0));
            buffer[position++] = (byte)(sbyte)_maxEirpDbm;
            buffer[position++] = (byte)_joinStartDataRate;
            for (int word = 0; word < MaskWords; word++)
            {
                LittleEndian.WriteUInt16(buffer, position, _mask[word]);
                position += 2;
            }

            if (!_region.IsFixedChannelPlan)
            {
                for (int channel = 0; channel < _frequencyHz.Length; channel++)
                {
                    LittleEndian.WriteUInt24(buffer, position, (uint)(_frequencyHz[channel] / FrequencyUnitHz));
                    LittleEndian.WriteUInt24(buffer, position + 3, (uint)(_downlinkFrequencyHz[channel] / FrequencyUnitHz));
                    buffer[position + 6] = (byte)(_minDataRate[channel] | (_maxDataRate[channel] << 4));
                    position += ChannelRecordLength;
                }
            }

            return position - offset;
        }

        /// <summary>Bytes <see cref="WriteTo"/> writes: 127 for EU-like plans, 15 for fixed plans.</summary>
        public int SerializedLength => HeaderLength + (_region.IsFixedChannelPlan ? 0 : _frequencyHz.Length * ChannelRecordLength);

        /// <summary>
        /// Restores what <see cref="WriteTo"/> wrote. Returns the bytes read, or −1 (plan unchanged) for a short
        /// record, another version or another region.
        /// </summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Where the record starts.</param>
        /// <param name="count">Bytes available from <paramref name="offset"/>.</param>
        public int ReadFrom(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException();
            }

            int length = SerializedLength;
            if (offset < 0 || count < length || offset + length > buffer.Length
                || buffer[offset] != SerializationVersion || buffer[offset + 1] != (byte)_region.Id)
            {
                return -1;
            }

            int position = offset + 2;
            int flags = buffer[position++];
            _uplinkDwellTime = (flags & 1) != 0;
            _downlinkDwellTime = (flags & 2) != 0;
            _maxEirpDbm = (sbyte)buffer[position++];
            _joinStartDataRate = buffer[position++];
            for (int word = 0; word < MaskWords; word++)
            {
                _mask[word] = LittleEndian.ReadUInt16(buffer, position);
                position += 2;
            }

            if (!_region.IsFixedChannelPlan)
            {
                for (int channel = 0; channel < _frequencyHz.Length; channel++)
                {
                    _frequencyHz[channel] = LittleEndian.ReadUInt24(buffer, position) * FrequencyUnitHz;
                    _downlinkFrequencyHz[channel] = LittleEndian.ReadUInt24(buffer, position + 3) * FrequencyUnitHz;
                    _minDataRate[channel] = (byte)(buffer[position + 6] & 0x0F);
                    _maxDataRate[channel] = (byte)(buffer[position + 6] >> 4);
                    position += ChannelRecordLength;
                }
            }

            CopyMask(_mask, _pendingMask);
            return position - offset;
        }

        private ChannelSelectStatus SelectAmong(int first, int end, bool requireEnabled, int dataRate, long airtimeMicroseconds, bool isJoin, uint random, DutyCycleLedger ledger, long nowMilliseconds, out int channel, out long earliestMilliseconds)
        {
            channel = -1;
            earliestMilliseconds = long.MaxValue;
            if (airtimeMicroseconds < 0)
            {
                return ChannelSelectStatus.InvalidDataRate;
            }

            int dwellLimitMilliseconds = UplinkDwellTimeLimitMilliseconds;
            if (dwellLimitMilliseconds > 0 && airtimeMicroseconds > dwellLimitMilliseconds * 1000L)
            {
                return ChannelSelectStatus.DwellTimeExceeded;
            }

            int ready = 0;
            int suitable = 0;
            for (int candidate = first; candidate < end; candidate++)
            {
                if (!IsCandidate(candidate, requireEnabled, dataRate))
                {
                    continue;
                }

                suitable++;
                long earliest = nowMilliseconds;
                if (ledger != null)
                {
                    ledger.Check(_frequencyHz[candidate], airtimeMicroseconds, isJoin, dwellLimitMilliseconds, nowMilliseconds, out earliest);
                }

                if (earliest <= nowMilliseconds)
                {
                    ready++;
                }
                else if (earliest < earliestMilliseconds)
                {
                    earliestMilliseconds = earliest;
                }
            }

            if (suitable == 0)
            {
                return ChannelSelectStatus.NoChannel;
            }

            if (ready == 0)
            {
                return earliestMilliseconds == long.MaxValue ? ChannelSelectStatus.NoChannel : ChannelSelectStatus.WaitForDutyCycle;
            }

            int pick = (int)(Mix(random) % (uint)ready);
            for (int candidate = first; candidate < end; candidate++)
            {
                if (!IsCandidate(candidate, requireEnabled, dataRate))
                {
                    continue;
                }

                long earliest = nowMilliseconds;
                if (ledger != null)
                {
                    ledger.Check(_frequencyHz[candidate], airtimeMicroseconds, isJoin, dwellLimitMilliseconds, nowMilliseconds, out earliest);
                }

                if (earliest <= nowMilliseconds)
                {
                    if (pick == 0)
                    {
                        channel = candidate;
                        earliestMilliseconds = nowMilliseconds;
                        return ChannelSelectStatus.Ok;
                    }

                    pick--;
                }
            }

            return ChannelSelectStatus.NoChannel;
        }

        private bool IsCandidate(int channel, bool requireEnabled, int dataRate)
        {
            if (_frequencyHz[channel] == 0 || (requireEnabled && !GetBit(_mask, channel)))
            {
                return false;
            }

            return dataRate >= _minDataRate[channel] && dataRate <= _maxDataRate[channel];
        }

        private bool BlockHasEnabledChannel(int block)
        {
            for (int channel = block * 8; channel < (block * 8) + 8; channel++)
            {
                if (GetBit(_mask, channel))
                {
                    return true;
                }
            }

            return false;
        }

        private void DefineChannel(int channel, uint frequencyHz, int minDataRate, int maxDataRate)
        {
            _frequencyHz[channel] = frequencyHz;
            _downlinkFrequencyHz[channel] = frequencyHz;
            _minDataRate[channel] = (byte)minDataRate;
            _maxDataRate[channel] = (byte)maxDataRate;
            SetBit(_mask, channel, true);
        }

        private void ClearChannel(int channel)
        {
            _frequencyHz[channel] = 0;
            _downlinkFrequencyHz[channel] = 0;
            _minDataRate[channel] = 0;
            _maxDataRate[channel] = 0;
            SetBit(_mask, channel, false);
        }

        private bool IsUsableModulation(int dataRate)
        {
            Modulation modulation = _region.GetDataRate(dataRate).Modulation;
            return modulation == Modulation.LoRa || modulation == Modulation.Fsk;
        }

        private bool IsIndex(int channel) => channel >= 0 && channel < _frequencyHz.Length;

        private static uint Mix(uint value)
        {
            // xorshift32 (Marsaglia 2003) so that callers may pass counters or weak randoms.
            value ^= value << 13;
            value ^= value >> 17;
            value ^= value << 5;
            return value;
        }

        private static bool GetBit(ushort[] mask, int channel) => (mask[channel >> 4] & (1 << (channel & 15))) != 0;

        private static void SetBit(ushort[] mask, int channel, bool on)
        {
            int word = channel >> 4;
            int bit = 1 << (channel & 15);
            mask[word] = (ushort)(on ? (mask[word] | bit) : (mask[word] & ~bit));
        }

        private static void CopyMask(ushort[] source, ushort[] destination)
        {
            for (int word = 0; word < MaskWords; word++)
            {
                destination[word] = source[word];
            }
        }
    }
}
