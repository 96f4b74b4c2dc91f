// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.LoRaWan.DutyCycle;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Region
{
    /// <content>Payload limits, RX1 data rate, uplink and join channel selection against the duty-cycle ledger, transmit power and the radio settings of a channel.</content>
    public sealed partial class ChannelPlan
    {
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
        [HotPath]
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
        [HotPath]
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
                return SelectAmong(chosenBlock * ChannelsPerSubBand, (chosenBlock + 1) * ChannelsPerSubBand, true, dataRate, airtime, true, random, ledger, nowMilliseconds, out channel, out earliestMilliseconds);
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
        /// <param name="settings">Caller-owned settings, filled in place; unchanged when the answer is false.</param>
        [HotPath]
        public bool GetUplinkRadioSettings(int channel, int dataRate, int txPowerIndex, int antennaGainDbi, RadioTxSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

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
        /// <param name="settings">Caller-owned settings, filled in place; unchanged when the answer is false.</param>
        [HotPath]
        public bool GetDownlinkRadioSettings(uint frequencyHz, int dataRate, int symbolTimeout, RadioRxSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

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
            for (int channel = block * ChannelsPerSubBand; channel < (block + 1) * ChannelsPerSubBand; channel++)
            {
                if (GetBit(_mask, channel))
                {
                    return true;
                }
            }

            return false;
        }

        private static uint Mix(uint value)
        {
            // xorshift32 (Marsaglia 2003) so that callers may pass counters or weak randoms.
            value ^= value << 13;
            value ^= value >> 17;
            value ^= value << 5;
            return value;
        }
    }
}
