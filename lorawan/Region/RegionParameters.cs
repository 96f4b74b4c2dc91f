// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>
    /// The constant regional parameters of one channel plan (RP002-1.0.4), held as data: data-rate table,
    /// maximum payload sizes, TX power table, RX1/RX2 rules, default channels, frequency range and duty-cycle
    /// bands. One shared read-only instance per region (<see cref="Get"/>); the tables live in the per-region
    /// files (Eu868Table.cs, Us915Table.cs, ...). Mutable per-device state (enabled channels, dwell time,
    /// max EIRP) lives in <see cref="ChannelPlan"/>.
    /// </summary>
    public sealed class RegionParameters
    {
        /// <summary>Size of every data-rate indexed table (DR0..DR15).</summary>
        public const int DataRateCount = 16;

        /// <summary>Channels of an EU-like (dynamic) channel plan (RP002-1.0.4 §2.4.5: "supports a maximum of 16 channels").</summary>
        public const int DynamicPlanChannelCount = 16;

        /// <summary>Channels of a fixed US/AU plan: 64 × 125 kHz + 8 × 500 kHz (RP002-1.0.4 §2.5.2, §2.8.2).</summary>
        public const int FixedPlanChannelCount = 72;

        /// <summary>First 500 kHz channel index in a fixed plan (RP002-1.0.4 §2.5.2).</summary>
        public const int FixedPlanFirstWideChannel = 64;

        /// <summary>MACPayload minus FRMPayload when FOpts is empty: FHDR 7 + FPort 1 (RP002-1.0.4 "N = M − 8").</summary>
        public const int MacPayloadOverhead = 8;

        /// <summary>Fixed plans: downlink channel spacing in Hz (RP002-1.0.4 §2.5.2: 923.3 + 0.6·n MHz).</summary>
        public const uint FixedPlanDownlinkStepHz = 600000;

        /// <summary>Fixed plans: first downlink channel in Hz (RP002-1.0.4 §2.5.2 and §2.8.2: 923.3 MHz).</summary>
        public const uint FixedPlanDownlinkFirstHz = 923300000;

        /// <summary>Fixed plans: number of downlink channels (RP002-1.0.4 §2.5.7: RX1 channel = uplink channel mod 8).</summary>
        public const int FixedPlanDownlinkChannelCount = 8;

        /// <summary>Fixed plans: 125 kHz channel spacing in Hz (RP002-1.0.4 §2.5.2: 200 kHz).</summary>
        public const uint FixedPlanNarrowStepHz = 200000;

        /// <summary>Fixed plans: 500 kHz channel spacing in Hz (RP002-1.0.4 §2.5.2: 1.6 MHz).</summary>
        public const uint FixedPlanWideStepHz = 1600000;

        /// <summary>Slots of the region cache: one per <see cref="RegionId"/> value (1..9; slot 0 unused).</summary>
        internal const int RegionSlots = 10;

        // Filled one region at a time by Get, so a boot builds only the region the node uses (issue 15: building all
        // nine tables on first touch cost 0.25 ms in the interpreter, on every wake). Assigned on first use, not in a
        // static constructor, which nanoCLR would run before Main on every wake (docs/boot-budget.md).
        private static RegionParameters[] s_regions;

        internal RegionId IdValue;
        internal bool FixedPlan;
        internal uint[] DefaultFrequenciesHz;
        internal int DefaultMinDataRate;
        internal int DefaultMaxDataRate;
        internal uint NarrowFirstFrequencyHz;
        internal uint WideFirstFrequencyHz;
        internal int WideDataRate;
        internal DataRate[] DataRates;

        /// <summary>What <see cref="GetDataRate"/> answers outside the table (made with the region, so no call allocates).</summary>
        internal readonly DataRate OutOfTable = DataRate.Undefined();
        internal byte[] MaxMacPayload;
        internal byte[] MaxMacPayloadDwell;
        internal int UplinkMinDataRate;
        internal int UplinkMaxDataRate;
        internal int UplinkMinDataRateDwell;
        internal int DownlinkMinDataRate;
        internal int DownlinkMaxDataRate;
        internal Rx1DataRateRule Rx1Rule;
        internal int Rx1OffsetMax;

        /// <summary>RX1 data rate per uplink DR (rows) and RX1DROffset (Rx1OffsetMax + 1 columns), for <see cref="Rx1DataRateRule.Table"/>.</summary>
        internal sbyte[] Rx1Table;
        internal uint Rx2Frequency;
        internal int Rx2Rate;
        internal int MaxEirp;
        internal int TxPowerIndexMax;
        internal bool TxParamSetup;
        internal bool UplinkDwellDefault;
        internal bool DownlinkDwellDefault;
        internal int JoinNarrowDataRate;
        internal uint MinFrequency;
        internal uint MaxFrequency;

        /// <summary>Channel centres must lie on this grid counted from <see cref="MinFrequency"/> (KR920: 200 kHz); 0 for any frequency.</summary>
        internal uint FrequencyGridHz;
        internal DutyCycleBand[] Bands;
        internal bool CFListFrequencies;
        internal bool CFListChannelMask;

        internal RegionParameters()
        {
        }

        /// <summary>
        /// The shared parameters of <paramref name="id"/>; <c>null</c> for an unknown id. The first call for a region
        /// builds its table and keeps it; no other region is built.
        /// </summary>
        /// <param name="id">Region.</param>
        public static RegionParameters Get(RegionId id)
        {
            if (s_regions == null)
            {
                s_regions = new RegionParameters[RegionSlots];
            }

            return GetFrom(s_regions, id);
        }

        /// <summary>
        /// Returns the region from <paramref name="cache"/>, building it into its slot on first use. Separate from
        /// <see cref="Get"/> so a test can hand in its own cache and see that one call builds one region.
        /// </summary>
        /// <param name="cache"><see cref="RegionSlots"/> slots indexed by <see cref="RegionId"/>.</param>
        /// <param name="id">Region.</param>
        /// <returns>The region, or null for an unknown id.</returns>
        internal static RegionParameters GetFrom(RegionParameters[] cache, RegionId id)
        {
            int index = (int)id;
            if (index < 0 || index >= cache.Length)
            {
                return null;
            }

            RegionParameters region = cache[index];
            if (region == null)
            {
                region = Build(id);
                cache[index] = region;
            }

            return region;
        }

        private static RegionParameters Build(RegionId id)
        {
            switch (id)
            {
                case RegionId.Eu868:
                    return Eu868Table.Create();
                case RegionId.Us915:
                    return Us915Table.Create();
                case RegionId.Au915:
                    return Au915Table.Create();
                case RegionId.As923Group1:
                    return As923Table.Create(RegionId.As923Group1, 0);
                case RegionId.As923Group2:
                    return As923Table.Create(RegionId.As923Group2, As923Table.Group2OffsetHz);
                case RegionId.As923Group3:
                    return As923Table.Create(RegionId.As923Group3, As923Table.Group3OffsetHz);
                case RegionId.As923Group4:
                    return As923Table.Create(RegionId.As923Group4, As923Table.Group4OffsetHz);
                case RegionId.Kr920:
                    return Kr920Table.Create();
                case RegionId.In865:
                    return In865Table.Create();
                default:
                    return null;
            }
        }

        /// <summary>Which region these parameters describe.</summary>
        public RegionId Id => IdValue;

        /// <summary>True for US915/AU915: 72 fixed channels selected by masks; false for EU-like plans with up to 16 defined channels.</summary>
        public bool IsFixedChannelPlan => FixedPlan;

        /// <summary>Size of the channel table: 72 for fixed plans, 16 otherwise.</summary>
        public int MaxChannels => FixedPlan ? FixedPlanChannelCount : DynamicPlanChannelCount;

        /// <summary>Default channels a device always has and that NewChannelReq/CFList may not change (EU868 3, AS923 2, KR920 3, IN865 3; fixed plans 72).</summary>
        public int DefaultChannelCount => FixedPlan ? FixedPlanChannelCount : DefaultFrequenciesHz.Length;

        /// <summary>Lowest uplink data rate this stack can use (LoRa only); with uplink dwell time the minimum may rise (AS923/AU915: DR2).</summary>
        /// <param name="uplinkDwellTime">True when the 400 ms dwell limit is enforced.</param>
        public int MinUplinkDataRate(bool uplinkDwellTime) => uplinkDwellTime ? UplinkMinDataRateDwell : UplinkMinDataRate;

        /// <summary>Highest LoRa uplink data rate (EU868 DR6, US915 DR4, AU915 DR6, AS923 DR6, KR920 DR5, IN865 DR5).</summary>
        public int MaxUplinkDataRate => UplinkMaxDataRate;

        /// <summary>RX2 default frequency in Hz (EU868 869.525 MHz, US/AU 923.3 MHz, AS923-1 923.2 MHz, KR920 921.9 MHz, IN865 866.55 MHz).</summary>
        public uint Rx2DefaultFrequencyHz => Rx2Frequency;

        /// <summary>RX2 default data rate (EU868 DR0, US/AU DR8, AS923 DR2, KR920 DR0, IN865 DR2).</summary>
        public int Rx2DefaultDataRate => Rx2Rate;

        /// <summary>Highest RX1DROffset the region defines (EU868/KR920/AU915 5, US915 3, AS923/IN865 7).</summary>
        public int MaxRx1DrOffset => Rx1OffsetMax;

        /// <summary>Default max EIRP in dBm that TXPower 0 stands for (EU868/AS923 16, KR920 14, US915/AU915/IN865 30).</summary>
        public int DefaultMaxEirpDbm => MaxEirp;

        /// <summary>Highest valid TXPower index (EU868/AS923/KR920 7, IN865 10, US915/AU915 14).</summary>
        public int MaxTxPowerIndex => TxPowerIndexMax;

        /// <summary>True where TxParamSetupReq is implemented (AS923, AU915); elsewhere the device ignores it and sends no answer.</summary>
        public bool SupportsTxParamSetup => TxParamSetup;

        /// <summary>Uplink dwell time assumed before any TxParamSetupReq (AS923 and AU915: enforced; US915: always enforced).</summary>
        public bool DefaultUplinkDwellTime => UplinkDwellDefault;

        /// <summary>Downlink dwell time assumed before any TxParamSetupReq (AS923: enforced).</summary>
        public bool DefaultDownlinkDwellTime => DownlinkDwellDefault;

        /// <summary>Lowest carrier frequency the device may use, in Hz.</summary>
        public uint MinFrequencyHz => MinFrequency;

        /// <summary>Highest carrier frequency the device may use, in Hz.</summary>
        public uint MaxFrequencyHz => MaxFrequency;

        /// <summary>Number of regulatory duty-cycle bands (EU868 6; 0 where the region has no per-band duty cycle).</summary>
        public int DutyCycleBandCount => Bands.Length;

        /// <summary>True when the Join-Accept CFList type 0 (five frequencies) applies.</summary>
        public bool SupportsCFListFrequencies => CFListFrequencies;

        /// <summary>True when the Join-Accept CFList type 1 (channel mask) applies.</summary>
        public bool SupportsCFListChannelMask => CFListChannelMask;

        /// <summary>Data rate of join requests on 125 kHz channels (US915 DR0, AU915 DR2, AS923 DR2); EU-like plans choose per attempt.</summary>
        public int JoinDataRate => JoinNarrowDataRate;

        /// <summary>Data rate of the 500 kHz channels of a fixed plan (US915 DR4, AU915 DR6); −1 for EU-like plans.</summary>
        public int WideChannelDataRate => FixedPlan ? WideDataRate : -1;

        /// <summary>
        /// The data-rate table entry, the table's own read-only instance (never a copy); <see cref="Modulation.Undefined"/>
        /// outside 0..15 or for RFU.
        /// </summary>
        /// <param name="dataRate">DR index.</param>
        [HotPath]
        public DataRate GetDataRate(int dataRate)
        {
            if (dataRate < 0 || dataRate >= DataRateCount)
            {
                return OutOfTable;
            }

            return DataRates[dataRate];
        }

        /// <summary>
        /// Maximum MACPayload size M for an uplink or downlink at <paramref name="dataRate"/> (not repeater compatible
        /// tables of RP002-1.0.4 §x.6); −1 where the table says N/A or not defined.
        /// </summary>
        /// <param name="dataRate">DR index.</param>
        /// <param name="dwellTime">True for the UplinkDwellTime = 1 column (AS923, AU915; US915 always). Downlinks: pass false (RP002-1.0.4 §2.10.6).</param>
        public int MaxMacPayloadLength(int dataRate, bool dwellTime)
        {
            if (dataRate < 0 || dataRate >= DataRateCount)
            {
                return -1;
            }

            int value = dwellTime ? MaxMacPayloadDwell[dataRate] : MaxMacPayload[dataRate];
            return value == 0 ? -1 : value;
        }

        /// <summary>Maximum FRMPayload size N = M − 8 (FOpts empty); −1 where not allowed.</summary>
        /// <param name="dataRate">DR index.</param>
        /// <param name="dwellTime">True for the dwell-time column.</param>
        public int MaxFrmPayloadLength(int dataRate, bool dwellTime)
        {
            int macPayload = MaxMacPayloadLength(dataRate, dwellTime);
            return macPayload < 0 ? -1 : macPayload - MacPayloadOverhead;
        }

        /// <summary>
        /// True when this stack can send uplinks at <paramref name="dataRate"/>: a LoRa entry inside the region's
        /// uplink range, with a payload size defined for the dwell setting.
        /// </summary>
        /// <param name="dataRate">DR index.</param>
        /// <param name="uplinkDwellTime">Whether the 400 ms dwell limit is enforced.</param>
        public bool IsUplinkDataRateSupported(int dataRate, bool uplinkDwellTime)
        {
            if (dataRate < MinUplinkDataRate(uplinkDwellTime) || dataRate > UplinkMaxDataRate)
            {
                return false;
            }

            return DataRates[dataRate].Modulation == Modulation.LoRa && MaxMacPayloadLength(dataRate, uplinkDwellTime) > 0;
        }

        /// <summary>True when <paramref name="dataRate"/> is a LoRa downlink data rate of the region (RXParamSetupReq RX2 DR check).</summary>
        /// <param name="dataRate">DR index.</param>
        public bool IsDownlinkDataRateSupported(int dataRate)
        {
            if (dataRate < DownlinkMinDataRate || dataRate > DownlinkMaxDataRate)
            {
                return false;
            }

            return DataRates[dataRate].Modulation == Modulation.LoRa;
        }

        /// <summary>True when <paramref name="offset"/> is an RX1DROffset the region defines.</summary>
        /// <param name="offset">RX1DROffset.</param>
        public bool IsValidRx1DrOffset(int offset) => offset >= 0 && offset <= Rx1OffsetMax;

        /// <summary>
        /// RX1 downlink data rate for an uplink at <paramref name="uplinkDataRate"/> (RP002-1.0.4 "downlink RX1 data rate
        /// mapping" table of each region); −1 for an invalid offset or uplink data rate.
        /// </summary>
        /// <param name="uplinkDataRate">Uplink DR.</param>
        /// <param name="rx1DataRateOffset">RX1DROffset from the Join-Accept or RXParamSetupReq.</param>
        /// <param name="downlinkDwellTime">DownlinkDwellTime (AS923 only: DR0/DR1 are then not allowed).</param>
        public int GetRx1DataRate(int uplinkDataRate, int rx1DataRateOffset, bool downlinkDwellTime)
        {
            if (!IsValidRx1DrOffset(rx1DataRateOffset) || uplinkDataRate < UplinkMinDataRate || uplinkDataRate > UplinkMaxDataRate)
            {
                return -1;
            }

            switch (Rx1Rule)
            {
                case Rx1DataRateRule.Us915:
                    return Clamp(10 + uplinkDataRate - rx1DataRateOffset, 8, 13);
                case Rx1DataRateRule.Au915:
                    return Clamp(8 + uplinkDataRate - rx1DataRateOffset, 8, 13);
                case Rx1DataRateRule.As923:
                    return Clamp(uplinkDataRate - EffectiveOffset(rx1DataRateOffset), downlinkDwellTime ? 2 : 0, 7);
                case Rx1DataRateRule.Table:
                    return Rx1Table[(uplinkDataRate * (Rx1OffsetMax + 1)) + rx1DataRateOffset];
                default:
                    return Clamp(uplinkDataRate - rx1DataRateOffset, DownlinkMinDataRate, DownlinkMaxDataRate);
            }
        }

        /// <summary>
        /// EIRP in dBm of TXPower index <paramref name="txPowerIndex"/>: maxEirp − 2·index (RP002-1.0.4 "TX power table"
        /// of every region); −1000 for an index the region does not define.
        /// </summary>
        /// <param name="txPowerIndex">0..MaxTxPowerIndex.</param>
        /// <param name="maxEirpDbm">The device's max EIRP (region default or as lowered by TxParamSetupReq).</param>
        public int TxPowerEirpDbm(int txPowerIndex, int maxEirpDbm)
        {
            if (txPowerIndex < 0 || txPowerIndex > TxPowerIndexMax)
            {
                return InvalidPower;
            }

            return maxEirpDbm - (2 * txPowerIndex);
        }

        /// <summary>Returned by <see cref="TxPowerEirpDbm"/> for an undefined index.</summary>
        public const int InvalidPower = -1000;

        /// <summary>The next lower uplink data rate for ADR back-off (LoRaWAN L2 1.0.4 §4.3.1.1); stays at the minimum.</summary>
        /// <param name="dataRate">Current uplink DR.</param>
        /// <param name="uplinkDwellTime">Whether the dwell limit is enforced (raises the minimum in AS923/AU915).</param>
        public int LowerDataRate(int dataRate, bool uplinkDwellTime)
        {
            int minimum = MinUplinkDataRate(uplinkDwellTime);
            int next = dataRate - 1;
            while (next > minimum && !IsUplinkDataRateSupported(next, uplinkDwellTime))
            {
                next--;
            }

            return next < minimum ? minimum : next;
        }

        /// <summary>Time on air of an uplink PHYPayload at <paramref name="dataRate"/> in microseconds; −1 for a DR the stack cannot send.</summary>
        /// <param name="dataRate">DR index.</param>
        /// <param name="phyPayloadLength">PHYPayload bytes (MHDR + MACPayload + MIC).</param>
        [HotPath]
        public long UplinkTimeOnAirMicroseconds(int dataRate, int phyPayloadLength)
        {
            DataRate rate = GetDataRate(dataRate);
            if (rate.Modulation == Modulation.LoRa)
            {
                return LoRaAirtime.UplinkTimeOnAirMicroseconds(rate.SpreadingFactor, rate.BandwidthHz, phyPayloadLength);
            }

            if (rate.Modulation == Modulation.Fsk)
            {
                return LoRaAirtime.FskTimeOnAirMicroseconds(rate.BitRate, phyPayloadLength);
            }

            return LoRaAirtime.Invalid;
        }

        /// <summary>
        /// Highest EIRP in dBm allowed at <paramref name="frequencyHz"/> regardless of MaxEIRP: KR920 limits channels
        /// below 922 MHz to +10 dBm (RP002-1.0.4 §2.11.3); elsewhere no extra cap (<see cref="int.MaxValue"/>).
        /// </summary>
        /// <param name="frequencyHz">Carrier frequency.</param>
        public int MaxEirpDbmAt(uint frequencyHz)
        {
            if (IdValue == RegionId.Kr920 && frequencyHz < Kr920LowPowerLimitHz)
            {
                return Kr920LowPowerEirpDbm;
            }

            return int.MaxValue;
        }

        /// <summary>KR920: channels below this frequency are limited to <see cref="Kr920LowPowerEirpDbm"/> (RP002-1.0.4 §2.11.3).</summary>
        public const uint Kr920LowPowerLimitHz = 922000000;

        /// <summary>KR920: EIRP limit below 922 MHz, +10 dBm (RP002-1.0.4 §2.11.3).</summary>
        public const int Kr920LowPowerEirpDbm = 10;

        /// <summary>Duty-cycle band <paramref name="index"/>.</summary>
        /// <param name="index">0..DutyCycleBandCount−1.</param>
        public DutyCycleBand GetDutyCycleBand(int index) => Bands[index];

        /// <summary>Index of the duty-cycle band containing <paramref name="frequencyHz"/>, or −1.</summary>
        /// <param name="frequencyHz">Carrier frequency.</param>
        [HotPath]
        public int FindDutyCycleBand(uint frequencyHz)
        {
            for (int i = 0; i < Bands.Length; i++)
            {
                if (Bands[i].Contains(frequencyHz))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// True when a device of this region may use <paramref name="frequencyHz"/> for an uplink or downlink channel:
        /// inside the region's range and, where the region has duty-cycle bands, inside one of them.
        /// </summary>
        /// <param name="frequencyHz">Carrier frequency.</param>
        public bool IsValidFrequency(uint frequencyHz)
        {
            if (frequencyHz < MinFrequency || frequencyHz > MaxFrequency)
            {
                return false;
            }

            if (FrequencyGridHz != 0 && (frequencyHz - MinFrequency) % FrequencyGridHz != 0)
            {
                return false;
            }

            return Bands.Length == 0 || FindDutyCycleBand(frequencyHz) >= 0;
        }

        /// <summary>
        /// True when <paramref name="frequencyHz"/> may be a downlink (RX2) frequency: in fixed plans (US915, AU915) one
        /// of the eight downlink channels 923.3 + 0.6·k MHz (RP002-1.0.4 §2.5.2 / §2.8.2; RXParamSetupReq must not move
        /// RX2 between them, as LoRaMac-node's RegionUS915/AU915 RxParamSetupReq check), elsewhere any valid channel
        /// frequency (<see cref="IsValidFrequency"/>).
        /// </summary>
        /// <param name="frequencyHz">Carrier frequency.</param>
        public bool IsValidDownlinkFrequency(uint frequencyHz)
        {
            if (!FixedPlan)
            {
                return IsValidFrequency(frequencyHz);
            }

            if (frequencyHz < FixedPlanDownlinkFirstHz)
            {
                return false;
            }

            uint above = frequencyHz - FixedPlanDownlinkFirstHz;
            return above % FixedPlanDownlinkStepHz == 0 && above / FixedPlanDownlinkStepHz < FixedPlanDownlinkChannelCount;
        }

        /// <summary>
        /// Default uplink frequency of channel <paramref name="channel"/>: the default channels of an EU-like plan,
        /// or 902.3 + 0.2·n / 903.0 + 1.6·(n−64) MHz (US915), 915.2 + 0.2·n / 915.9 + 1.6·(n−64) MHz (AU915). 0 if undefined.
        /// </summary>
        /// <param name="channel">Channel index.</param>
        public uint DefaultChannelFrequencyHz(int channel)
        {
            if (FixedPlan)
            {
                if (channel < 0 || channel >= FixedPlanChannelCount)
                {
                    return 0;
                }

                return channel < FixedPlanFirstWideChannel
                    ? NarrowFirstFrequencyHz + ((uint)channel * FixedPlanNarrowStepHz)
                    : WideFirstFrequencyHz + ((uint)(channel - FixedPlanFirstWideChannel) * FixedPlanWideStepHz);
            }

            if (channel < 0 || channel >= DefaultFrequenciesHz.Length)
            {
                return 0;
            }

            return DefaultFrequenciesHz[channel];
        }

        /// <summary>Lowest data rate of a default channel (fixed plans: of the 125 kHz channels).</summary>
        public int DefaultChannelMinDataRate => DefaultMinDataRate;

        /// <summary>Highest data rate of a default channel (fixed plans: of the 125 kHz channels).</summary>
        public int DefaultChannelMaxDataRate => DefaultMaxDataRate;

        /// <summary>
        /// Max EIRP in dBm that the MaxEIRP field (bits 3:0) of TxParamSetupReq encodes (LoRaWAN L2 1.0.4 §5.8
        /// TxParamSetupReq table: 8, 10, 12, 13, 14, 16, 18, 20, 21, 24, 26, 27, 29, 30, 33, 36 dBm).
        /// </summary>
        /// <param name="maxEirpCode">0..15.</param>
        public static int TxParamMaxEirpDbm(int maxEirpCode)
        {
            switch (maxEirpCode & 0x0F)
            {
                case 0: return 8;
                case 1: return 10;
                case 2: return 12;
                case 3: return 13;
                case 4: return 14;
                case 5: return 16;
                case 6: return 18;
                case 7: return 20;
                case 8: return 21;
                case 9: return 24;
                case 10: return 26;
                case 11: return 27;
                case 12: return 29;
                case 13: return 30;
                case 14: return 33;
                default: return 36;
            }
        }

        private static int EffectiveOffset(int offset)
        {
            // RP002-1.0.4 §2.10.7 (AS923): offsets 6 and 7 raise the RX1 data rate by 1 and 2.
            return offset <= 5 ? offset : 5 - offset;
        }

        private static int Clamp(int value, int minimum, int maximum)
        {
            if (value < minimum)
            {
                return minimum;
            }

            return value > maximum ? maximum : value;
        }
    }
}
