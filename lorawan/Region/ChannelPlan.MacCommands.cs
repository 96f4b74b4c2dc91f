// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Region
{
    /// <content>The regional halves of the MAC commands (LinkADRReq channel masks, NewChannelReq, DlChannelReq, TxParamSetupReq) and the Join-Accept CFList.</content>
    public sealed partial class ChannelPlan
    {
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
                        for (int channel = block * ChannelsPerSubBand; channel < (block + 1) * ChannelsPerSubBand; channel++)
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
    }
}
