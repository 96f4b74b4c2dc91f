// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.DutyCycle;

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>
    /// The device's mutable regional state: defined channels (frequency, data-rate range, RX1 downlink
    /// frequency), the enabled-channel mask, sub-band selection, dwell time and max EIRP. Up to 16 channels for
    /// EU-like plans, 72 fixed channels with masks for US915/AU915. It implements the regional halves of the MAC
    /// commands (LinkADRReq ChMaskCntl, NewChannelReq, DlChannelReq, TxParamSetupReq), the Join-Accept CFList,
    /// and uplink/join channel selection against a <see cref="DutyCycleLedger"/>. Allocation-free after construction;
    /// serializes with <see cref="WriteTo"/>/<see cref="ReadFrom"/>. Split by job: this file holds the state and the
    /// channel table, <c>ChannelPlan.MacCommands.cs</c> the regional halves of the MAC commands and the CFList,
    /// <c>ChannelPlan.Selection.cs</c> payload limits, channel choice and radio settings, <c>ChannelPlan.Persistence.cs</c>
    /// the record.
    /// </summary>
    [HotPath]
    public sealed partial class ChannelPlan
    {
        /// <summary>Version byte at the start of the serialized record.</summary>
        public const byte SerializationVersion = 1;

        /// <summary>Largest record <see cref="WriteTo"/> writes (an EU-like plan with 16 channels).</summary>
        public const int MaxSerializedLength = HeaderLength + (RegionParameters.DynamicPlanChannelCount * ChannelRecordLength);



        /// <summary>Number of 8-channel sub-bands of a fixed plan (RP002-1.0.4 §2.5.5 ChMaskCntl 5 "blocks").</summary>
        public const int SubBandCount = 8;

        /// <summary>125 kHz channels in one sub-band of a fixed plan: channels 8·n .. 8·n + 7 (RP002-1.0.4 §2.5.5, §2.8.5).</summary>
        public const int ChannelsPerSubBand = 8;

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
            for (int channel = block * ChannelsPerSubBand; channel < (block + 1) * ChannelsPerSubBand; channel++)
            {
                SetBit(_mask, channel, true);
            }

            SetBit(_mask, RegionParameters.FixedPlanFirstWideChannel + block, true);
            CopyMask(_mask, _pendingMask);
            return true;
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
