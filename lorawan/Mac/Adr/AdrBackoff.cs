// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// The end-device side of ADR (LoRaWAN L2 1.0.4 §4.3.1.1). ADR_ACK_CNT counts uplinks (new frame counters,
    /// not repetitions) since the last class-A downlink. From ADR_ACK_LIMIT on, uplinks carry ADRACKReq. Each time
    /// a further ADR_ACK_DELAY uplinks pass without a downlink, the device relaxes one setting to regain the
    /// network: TX power to maximum first, then the data rate one step down per boundary, and at the lowest data
    /// rate it re-enables the default channels. Any downlink resets the counter.
    /// </summary>
    [HotPath]
    public static class AdrBackoff
    {
        /// <summary>Whether the next uplink sets ADRACKReq.</summary>
        /// <param name="adrEnabled">The device runs ADR (FCtrl.ADR set).</param>
        /// <param name="adrAckCounter">ADR_ACK_CNT before this uplink.</param>
        /// <param name="adrAckLimit">ADR_ACK_LIMIT (64 by default, RP002-1.0.4 §2.x "Default settings").</param>
        /// <param name="fullyBackedOff">Maximum power, lowest data rate and default channels already: nothing left for the network to restore, so no request (as LoRaMac-node does).</param>
        public static bool AdrAckReq(bool adrEnabled, uint adrAckCounter, int adrAckLimit, bool fullyBackedOff)
        {
            return adrEnabled && adrAckCounter >= (uint)adrAckLimit && !fullyBackedOff;
        }

        /// <summary>
        /// The back-off step due before the uplink sent with ADR_ACK_CNT = <paramref name="adrAckCounter"/>: a step
        /// at ADR_ACK_LIMIT + k·ADR_ACK_DELAY for k = 1, 2, ..., none elsewhere.
        /// </summary>
        /// <param name="adrEnabled">The device runs ADR.</param>
        /// <param name="adrAckCounter">ADR_ACK_CNT before this uplink.</param>
        /// <param name="adrAckLimit">ADR_ACK_LIMIT.</param>
        /// <param name="adrAckDelay">ADR_ACK_DELAY (32 by default), at least 1.</param>
        /// <param name="txPowerIndex">Current TXPower index; 0 is the maximum.</param>
        /// <param name="dataRate">Current uplink data rate.</param>
        /// <param name="minDataRate">Lowest uplink data rate the device may use (region, dwell time considered).</param>
        /// <param name="defaultChannelsEnabled">All default channels are enabled.</param>
        public static AdrBackoffStep NextStep(bool adrEnabled, uint adrAckCounter, int adrAckLimit, int adrAckDelay,
            int txPowerIndex, int dataRate, int minDataRate, bool defaultChannelsEnabled)
        {
            return NextStep(adrEnabled, adrAckCounter, adrAckLimit, adrAckDelay, txPowerIndex, dataRate, minDataRate, defaultChannelsEnabled, 1);
        }

        /// <summary>
        /// As <see cref="NextStep(bool, uint, int, int, int, int, int, bool)"/>, with NbTrans: the last step (L2 1.0.4
        /// §4.3.1.1 table 9, ADR_ACK_CNT ≥ 160) both re-enables the default channels and sets NbTrans to 1, so it is
        /// still due when the default channels are on but NbTrans is above 1.
        /// </summary>
        /// <param name="adrEnabled">The device runs ADR.</param>
        /// <param name="adrAckCounter">ADR_ACK_CNT before this uplink.</param>
        /// <param name="adrAckLimit">ADR_ACK_LIMIT.</param>
        /// <param name="adrAckDelay">ADR_ACK_DELAY (32 by default), at least 1.</param>
        /// <param name="txPowerIndex">Current TXPower index; 0 is the maximum.</param>
        /// <param name="dataRate">Current uplink data rate.</param>
        /// <param name="minDataRate">Lowest uplink data rate the device may use (region, dwell time considered).</param>
        /// <param name="defaultChannelsEnabled">All default channels are enabled.</param>
        /// <param name="nbTrans">Current NbTrans.</param>
        public static AdrBackoffStep NextStep(bool adrEnabled, uint adrAckCounter, int adrAckLimit, int adrAckDelay,
            int txPowerIndex, int dataRate, int minDataRate, bool defaultChannelsEnabled, int nbTrans)
        {
            if (!adrEnabled || adrAckDelay < 1 || adrAckCounter < (uint)(adrAckLimit + adrAckDelay))
            {
                return AdrBackoffStep.None;
            }

            if ((adrAckCounter - (uint)adrAckLimit) % (uint)adrAckDelay != 0)
            {
                return AdrBackoffStep.None;
            }

            if (txPowerIndex > 0)
            {
                return AdrBackoffStep.RaiseTxPower;
            }

            if (dataRate > minDataRate)
            {
                return AdrBackoffStep.LowerDataRate;
            }

            return defaultChannelsEnabled && nbTrans <= 1 ? AdrBackoffStep.None : AdrBackoffStep.EnableDefaultChannels;
        }
    }
}
