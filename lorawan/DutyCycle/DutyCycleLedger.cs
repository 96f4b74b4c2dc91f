// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.DutyCycle
{
    /// <summary>
    /// Every transmit-time limit a class-A device must keep, in fixed memory, answering "may I send now, and if
    /// not, when?" so the scheduler can sleep instead of waiting awake:
    /// <list type="bullet">
    /// <item>per regulatory sub-band (EU868: K, g, g1, g2, g3, g4 of ETSI EN 300 220-2, RP002-1.0.4 §2.4.2): after a
    /// transmission of T the band stays closed for T·(1/dc − 1) (the LoRaWAN off-time rule), and in addition the
    /// airtime in any sliding hour stays within dc·3600 s;</item>
    /// <item>the aggregated limit of DutyCycleReq (LoRaWAN L2 1.0.4 §5.3): after any transmission of T the device is
    /// silent for T·(2^MaxDCycle − 1);</item>
    /// <item>the uplink dwell time (400 ms in US915, AS923/AU915 when TxParamSetupReq says so);</item>
    /// <item>the join back-off (LoRaWAN L2 1.0.4 §7 "Retransmissions back-off"): join-request airtime ≤ 36 s in any
    /// hour during the first 11 hours after power-up or reset, then ≤ 8.7 s in any 24 hours.</item>
    /// </list>
    /// Time is the node's monotonic millisecond counter that survives reboots (DESIGN.md "Every wake is a reboot");
    /// the whole state serializes with <see cref="WriteTo"/>/<see cref="ReadFrom"/>. Times must be non-decreasing.
    /// </summary>
    public sealed class DutyCycleLedger
    {
        /// <summary>Version byte at the start of the serialized record.</summary>
        public const byte SerializationVersion = 1;

        /// <summary>Observation window of the band duty cycle: one hour (ETSI EN 300 220-1 definition of duty cycle: on-time relative to a one-hour period).</summary>
        public const long BandWindowMilliseconds = 3600000;

        /// <summary>Join back-off: the first 11 hours after power-up use the hourly budget (LoRaWAN L2 1.0.4 §7).</summary>
        public const long JoinHourlyPeriodMilliseconds = 11L * 3600000;

        /// <summary>Join back-off budget per hour during the first 11 hours: 36 s (LoRaWAN L2 1.0.4 §7).</summary>
        public const long JoinHourlyBudgetMilliseconds = 36000;

        /// <summary>Join back-off budget per 24 hours after the first 11 hours: 8.7 s (LoRaWAN L2 1.0.4 §7).</summary>
        public const long JoinDailyBudgetMilliseconds = 8700;

        /// <summary>Length of the join back-off daily window: 24 h (LoRaWAN L2 1.0.4 §7).</summary>
        public const long JoinDailyWindowMilliseconds = 24L * 3600000;

        /// <summary>Highest DutyCycleReq MaxDCycle value (LoRaWAN L2 1.0.4 §5.3: 0..15).</summary>
        public const int MaxDutyCycleLimit = 15;

        private const int BandSlotsPerWindow = 4;
        private const int JoinHourSlotsPerWindow = 6;
        private const int JoinDaySlotsPerWindow = 12;
        private const int HeaderLength = 20;

        private readonly RegionParameters _region;
        private readonly long[] _bandOffUntilMs;
        private readonly AirtimeWindow[] _bandWindows;
        private readonly int[] _bandDivisor;
        private readonly AirtimeWindow _joinHour;
        private readonly AirtimeWindow _joinDay;
        private long _aggregatedOffUntilMs;
        private int _maxDutyCycle;
        private long _joinEpochMs;

        /// <summary>Creates an empty ledger for <paramref name="region"/> (all bands open, join epoch at time 0).</summary>
        /// <param name="region">The region whose duty-cycle bands apply.</param>
        public DutyCycleLedger(RegionParameters region)
        {
            if (region == null)
            {
                throw new ArgumentNullException();
            }

            _region = region;
            int bands = region.DutyCycleBandCount;
            _bandOffUntilMs = new long[bands];
            _bandWindows = new AirtimeWindow[bands];
            _bandDivisor = new int[bands];
            for (int i = 0; i < bands; i++)
            {
                int divisor = region.GetDutyCycleBand(i).DutyCycleDivisor;
                _bandDivisor[i] = divisor;
                _bandWindows[i] = new AirtimeWindow(BandWindowMilliseconds, BandSlotsPerWindow, BandWindowMilliseconds / divisor);
            }

            _joinHour = new AirtimeWindow(3600000, JoinHourSlotsPerWindow, JoinHourlyBudgetMilliseconds);
            _joinDay = new AirtimeWindow(JoinDailyWindowMilliseconds, JoinDaySlotsPerWindow, JoinDailyBudgetMilliseconds);
            Clear();
        }

        /// <summary>Bytes <see cref="WriteTo"/> writes for this region (EU868: 274; regions without duty-cycle bands: 94).</summary>
        public int SerializedLength => HeaderLength
            + AirtimeWindow.SerializedLength(JoinHourSlotsPerWindow)
            + AirtimeWindow.SerializedLength(JoinDaySlotsPerWindow)
            + (_bandWindows.Length * (8 + AirtimeWindow.SerializedLength(BandSlotsPerWindow)));

        /// <summary>The DutyCycleReq MaxDCycle in force (0 = no aggregated limit beyond the regional one).</summary>
        public int MaxDutyCycle => _maxDutyCycle;

        /// <summary>Start of the join back-off schedule (power-up or reset), in ms.</summary>
        public long JoinEpochMilliseconds => _joinEpochMs;

        /// <summary>Forgets every booking, sets MaxDCycle to 0 and the join epoch to 0 (a factory-fresh device).</summary>
        public void Clear()
        {
            for (int i = 0; i < _bandWindows.Length; i++)
            {
                _bandOffUntilMs[i] = 0;
                _bandWindows[i].Clear();
            }

            _joinHour.Clear();
            _joinDay.Clear();
            _aggregatedOffUntilMs = 0;
            _maxDutyCycle = 0;
            _joinEpochMs = 0;
        }

        /// <summary>
        /// Applies DutyCycleReq: aggregated duty cycle 1/2^<paramref name="maxDutyCycle"/> (LoRaWAN L2 1.0.4 §5.3).
        /// Returns false (and changes nothing) outside 0..15.
        /// </summary>
        /// <param name="maxDutyCycle">MaxDCycle field, 0..15; 0 removes the aggregated limit.</param>
        public bool SetMaxDutyCycle(int maxDutyCycle)
        {
            if (maxDutyCycle < 0 || maxDutyCycle > MaxDutyCycleLimit)
            {
                return false;
            }

            _maxDutyCycle = maxDutyCycle;
            return true;
        }

        /// <summary>
        /// Restarts the join back-off schedule at <paramref name="nowMilliseconds"/>: call at power-up or reset (a cold start
        /// without a persisted ledger), not on every wake.
        /// </summary>
        /// <param name="nowMilliseconds">Monotonic time in ms.</param>
        public void ResetJoinBackOff(long nowMilliseconds)
        {
            _joinEpochMs = nowMilliseconds;
            _joinHour.Clear();
            _joinDay.Clear();
        }

        /// <summary>
        /// May a transmission of <paramref name="timeOnAirMicroseconds"/> on <paramref name="frequencyHz"/> start at
        /// <paramref name="nowMilliseconds"/>? <paramref name="earliestMilliseconds"/> is the earliest start time (ms) at which every
        /// limit is met (= now when allowed, <see cref="long.MaxValue"/> when never).
        /// </summary>
        /// <param name="frequencyHz">Carrier frequency.</param>
        /// <param name="timeOnAirMicroseconds">Time on air of the frame.</param>
        /// <param name="isJoinRequest">True for a Join-Request (join back-off applies).</param>
        /// <param name="dwellTimeLimitMilliseconds">Uplink dwell limit in ms, 0 for none (see <see cref="ChannelPlan.UplinkDwellTimeLimitMilliseconds"/>).</param>
        /// <param name="nowMilliseconds">Monotonic time in ms.</param>
        /// <param name="earliestMilliseconds">Earliest allowed start in ms.</param>
        public TransmitPermission Check(uint frequencyHz, long timeOnAirMicroseconds, bool isJoinRequest, int dwellTimeLimitMilliseconds, long nowMilliseconds, out long earliestMilliseconds)
        {
            earliestMilliseconds = long.MaxValue;
            if (dwellTimeLimitMilliseconds > 0 && timeOnAirMicroseconds > dwellTimeLimitMilliseconds * 1000L)
            {
                return TransmitPermission.DwellTimeExceeded;
            }

            long airtimeMilliseconds = CeilingMilliseconds(timeOnAirMicroseconds);
            long earliest = nowMilliseconds;
            TransmitPermission reason = TransmitPermission.Allowed;

            if (_bandWindows.Length > 0)
            {
                int band = _region.FindDutyCycleBand(frequencyHz);
                if (band < 0)
                {
                    return TransmitPermission.FrequencyNotAllowed;
                }

                long bandEarliest = _bandWindows[band].EarliestStart(nowMilliseconds, airtimeMilliseconds);
                if (bandEarliest == long.MaxValue)
                {
                    return TransmitPermission.AirtimeTooLong;
                }

                if (_bandOffUntilMs[band] > bandEarliest)
                {
                    bandEarliest = _bandOffUntilMs[band];
                }

                if (bandEarliest > earliest)
                {
                    earliest = bandEarliest;
                    reason = TransmitPermission.WaitForBand;
                }
            }

            if (_aggregatedOffUntilMs > earliest)
            {
                earliest = _aggregatedOffUntilMs;
                reason = TransmitPermission.WaitForAggregatedDutyCycle;
            }

            if (isJoinRequest)
            {
                long joinEarliest = JoinEarliestStart(earliest, airtimeMilliseconds);
                if (joinEarliest == long.MaxValue)
                {
                    return TransmitPermission.AirtimeTooLong;
                }

                if (joinEarliest > earliest)
                {
                    earliest = joinEarliest;
                    reason = TransmitPermission.WaitForJoinBackOff;
                }
            }

            earliestMilliseconds = earliest;
            return earliest <= nowMilliseconds ? TransmitPermission.Allowed : reason;
        }

        /// <summary>
        /// Earliest start time (ms) ≥ <paramref name="nowMilliseconds"/> for this transmission; <see cref="long.MaxValue"/> if
        /// it can never be sent (dwell time, frequency outside the bands, airtime above a budget).
        /// </summary>
        /// <param name="frequencyHz">Carrier frequency.</param>
        /// <param name="timeOnAirMicroseconds">Time on air of the frame.</param>
        /// <param name="isJoinRequest">True for a Join-Request.</param>
        /// <param name="dwellTimeLimitMilliseconds">Uplink dwell limit in ms, 0 for none.</param>
        /// <param name="nowMilliseconds">Monotonic time in ms.</param>
        public long NextTransmitTimeMilliseconds(uint frequencyHz, long timeOnAirMicroseconds, bool isJoinRequest, int dwellTimeLimitMilliseconds, long nowMilliseconds)
        {
            long earliest;
            Check(frequencyHz, timeOnAirMicroseconds, isJoinRequest, dwellTimeLimitMilliseconds, nowMilliseconds, out earliest);
            return earliest;
        }

        /// <summary>
        /// Books a transmission that ended at <paramref name="txEndMilliseconds"/> (the radio's TxDone time): closes its band
        /// for T·(1/dc − 1), the device for T·(2^MaxDCycle − 1), and counts join airtime.
        /// </summary>
        /// <param name="frequencyHz">Carrier frequency used.</param>
        /// <param name="timeOnAirMicroseconds">Time on air of the frame.</param>
        /// <param name="isJoinRequest">True for a Join-Request.</param>
        /// <param name="txEndMilliseconds">Monotonic time of TxDone in ms.</param>
        public void Record(uint frequencyHz, long timeOnAirMicroseconds, bool isJoinRequest, long txEndMilliseconds)
        {
            long airtimeMilliseconds = CeilingMilliseconds(timeOnAirMicroseconds);
            int airtime = airtimeMilliseconds > int.MaxValue ? int.MaxValue : (int)airtimeMilliseconds;
            int band = _bandWindows.Length > 0 ? _region.FindDutyCycleBand(frequencyHz) : -1;
            if (band >= 0)
            {
                long offUntil = txEndMilliseconds + CeilingMilliseconds(timeOnAirMicroseconds * (_bandDivisor[band] - 1));
                if (offUntil > _bandOffUntilMs[band])
                {
                    _bandOffUntilMs[band] = offUntil;
                }

                _bandWindows[band].Add(txEndMilliseconds, airtime);
            }

            if (_maxDutyCycle > 0)
            {
                long offUntil = txEndMilliseconds + CeilingMilliseconds(timeOnAirMicroseconds * ((1L << _maxDutyCycle) - 1));
                if (offUntil > _aggregatedOffUntilMs)
                {
                    _aggregatedOffUntilMs = offUntil;
                }
            }

            if (isJoinRequest)
            {
                _joinHour.Add(txEndMilliseconds, airtime);
                if (txEndMilliseconds > _joinEpochMs + JoinHourlyPeriodMilliseconds)
                {
                    _joinDay.Add(txEndMilliseconds, airtime);
                }
            }
        }

        /// <summary>Writes the ledger (<see cref="SerializedLength"/> bytes) and returns the count written.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where to start.</param>
        public int WriteTo(byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException();
            }

            if (offset < 0 || offset + SerializedLength > buffer.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            int position = offset;
            buffer[position++] = SerializationVersion;
            buffer[position++] = (byte)_region.Id;
            buffer[position++] = (byte)_bandWindows.Length;
            buffer[position++] = (byte)_maxDutyCycle;
            LittleEndian.WriteUInt64(buffer, position, (ulong)_aggregatedOffUntilMs);
            position += 8;
            LittleEndian.WriteUInt64(buffer, position, (ulong)_joinEpochMs);
            position += 8;
            position += _joinHour.WriteTo(buffer, position);
            position += _joinDay.WriteTo(buffer, position);
            for (int i = 0; i < _bandWindows.Length; i++)
            {
                LittleEndian.WriteUInt64(buffer, position, (ulong)_bandOffUntilMs[i]);
                position += 8;
                position += _bandWindows[i].WriteTo(buffer, position);
            }

            return position - offset;
        }

        /// <summary>
        /// Restores what <see cref="WriteTo"/> wrote. Returns the bytes read, or −1 (ledger unchanged) when the
        /// record is too short, of another version, or of another region.
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
            if (offset < 0 || count < length || offset + length > buffer.Length)
            {
                return -1;
            }

            if (buffer[offset] != SerializationVersion || buffer[offset + 1] != (byte)_region.Id
                || buffer[offset + 2] != (byte)_bandWindows.Length || buffer[offset + 3] > MaxDutyCycleLimit)
            {
                return -1;
            }

            int position = offset + 3;
            _maxDutyCycle = buffer[position++];
            _aggregatedOffUntilMs = (long)LittleEndian.ReadUInt64(buffer, position);
            position += 8;
            _joinEpochMs = (long)LittleEndian.ReadUInt64(buffer, position);
            position += 8;
            position += _joinHour.ReadFrom(buffer, position);
            position += _joinDay.ReadFrom(buffer, position);
            for (int i = 0; i < _bandWindows.Length; i++)
            {
                _bandOffUntilMs[i] = (long)LittleEndian.ReadUInt64(buffer, position);
                position += 8;
                position += _bandWindows[i].ReadFrom(buffer, position);
            }

            return position - offset;
        }

        private long JoinEarliestStart(long fromMilliseconds, long airtimeMilliseconds)
        {
            long dailyStart = _joinEpochMs + JoinHourlyPeriodMilliseconds;
            long start = fromMilliseconds;
            for (int guard = 0; guard < 8; guard++)
            {
                long next = start;
                if (next < dailyStart)
                {
                    // Starts inside the first 11 hours: every hour window touching it must stay within 36 s.
                    next = _joinHour.EarliestStart(next, airtimeMilliseconds);
                    if (next == long.MaxValue)
                    {
                        return long.MaxValue;
                    }
                }

                if (next + airtimeMilliseconds > dailyStart)
                {
                    // Ends after the first 11 hours: every 24-hour window after that must stay within 8.7 s.
                    next = _joinDay.EarliestStart(next, airtimeMilliseconds);
                    if (next == long.MaxValue)
                    {
                        return long.MaxValue;
                    }
                }

                if (next == start)
                {
                    return start;
                }

                start = next;
            }

            return start;
        }

        private static long CeilingMilliseconds(long microseconds)
        {
            return microseconds <= 0 ? 0 : (microseconds + 999) / 1000;
        }
    }
}
