// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
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
    /// <item>the join back-off (LoRaWAN L2 1.0.4 §7 "Retransmissions back-off", the same table as TR007-1.1 §4.8):
    /// aggregated Join-Request airtime &lt; 36 s during the first hour after power-up or reset (T0 &lt; t &lt; T0+1),
    /// &lt; 36 s during the next 10 hours (T0+1 &lt; t &lt; T0+11), then &lt; 8.7 s in each 24 hours
    /// T0+11+N·24 &lt; t &lt; T0+35+N·24. The windows are fixed, counted from the join epoch, not sliding.</item>
    /// </list>
    /// Time is the node's monotonic millisecond counter that survives reboots (docs/architecture.md "Every wake is a reboot");
    /// the whole state serializes with <see cref="WriteTo"/>/<see cref="ReadFrom"/>. Times must be non-decreasing.
    /// </summary>
    [HotPath]
    public sealed class DutyCycleLedger
    {
        /// <summary>Version byte at the start of the serialized record.</summary>
        public const byte SerializationVersion = 2;

        /// <summary>Observation window of the band duty cycle: one hour (ETSI EN 300 220-1 definition of duty cycle: on-time relative to a one-hour period).</summary>
        public const long BandWindowMilliseconds = 3600000;

        /// <summary>End of the first join back-off window, T0+1 h (LoRaWAN L2 1.0.4 §7: "first hour following power-up or reset").</summary>
        public const long JoinFirstWindowEndMilliseconds = 3600000;

        /// <summary>End of the second join back-off window, T0+11 h (LoRaWAN L2 1.0.4 §7: "the next 10 hours").</summary>
        public const long JoinSecondWindowEndMilliseconds = 11L * 3600000;

        /// <summary>Join-Request airtime allowed in each of the first two windows: 36 s (LoRaWAN L2 1.0.4 §7).</summary>
        public const long JoinEarlyWindowBudgetMilliseconds = 36000;

        /// <summary>Join-Request airtime allowed in each 24-hour window after T0+11 h: 8.7 s (LoRaWAN L2 1.0.4 §7).</summary>
        public const long JoinDailyBudgetMilliseconds = 8700;

        /// <summary>Length of each join back-off window after the first 11 hours: 24 h (LoRaWAN L2 1.0.4 §7, T0+11+N·24 to T0+35+N·24).</summary>
        public const long JoinDailyWindowMilliseconds = 24L * 3600000;

        /// <summary>Highest DutyCycleReq MaxDCycle value (LoRaWAN L2 1.0.4 §5.3: 0..15).</summary>
        public const int MaxDutyCycleLimit = 15;

        private const int BandSlotsPerWindow = 4;
        private const int HeaderLength = 20;
        private const int JoinStateLength = 16;

        private readonly RegionParameters _region;
        private readonly long[] _bandOffUntilMs;
        private readonly AirtimeWindow[] _bandWindows;
        private readonly int[] _bandDivisor;
        private long _aggregatedOffUntilMs;
        private int _maxDutyCycle;
        private long _joinEpochMs;

        // Join back-off: the window the last booking fell in (0 = first hour, 1 = hours 1..11, 2 + N = day N after
        // that), its airtime, and airtime already carried into the following window by a frame crossing the boundary.
        private long _joinWindow;
        private long _joinWindowUsedMilliseconds;
        private long _joinNextWindowUsedMilliseconds;

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

            Clear();
        }

        /// <summary>Bytes <see cref="WriteTo"/> writes for this region (EU868: 216; regions without duty-cycle bands: 36).</summary>
        public int SerializedLength => HeaderLength + JoinStateLength
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

            _aggregatedOffUntilMs = 0;
            _maxDutyCycle = 0;
            ResetJoinBackOff(0);
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
            _joinWindow = 0;
            _joinWindowUsedMilliseconds = 0;
            _joinNextWindowUsedMilliseconds = 0;
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
                BookJoinAirtime(txEndMilliseconds - airtimeMilliseconds, txEndMilliseconds);
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
            LittleEndian.WriteUInt32(buffer, position, (uint)_joinWindow);
            LittleEndian.WriteUInt32(buffer, position + 4, (uint)_joinWindowUsedMilliseconds);
            LittleEndian.WriteUInt32(buffer, position + 8, (uint)_joinNextWindowUsedMilliseconds);
            LittleEndian.WriteUInt32(buffer, position + 12, 0);
            position += JoinStateLength;
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
            _joinWindow = LittleEndian.ReadUInt32(buffer, position);
            _joinWindowUsedMilliseconds = LittleEndian.ReadUInt32(buffer, position + 4);
            _joinNextWindowUsedMilliseconds = LittleEndian.ReadUInt32(buffer, position + 8);
            position += JoinStateLength;
            for (int i = 0; i < _bandWindows.Length; i++)
            {
                _bandOffUntilMs[i] = (long)LittleEndian.ReadUInt64(buffer, position);
                position += 8;
                position += _bandWindows[i].ReadFrom(buffer, position);
            }

            return position - offset;
        }

        /// <summary>
        /// Earliest start ≥ <paramref name="fromMilliseconds"/> at which a Join-Request of <paramref name="airtimeMilliseconds"/>
        /// keeps every join back-off window within its budget, counting the part of the frame that falls in each window
        /// it touches; <see cref="long.MaxValue"/> when the frame is longer than the 8.7 s daily budget.
        /// </summary>
        private long JoinEarliestStart(long fromMilliseconds, long airtimeMilliseconds)
        {
            if (airtimeMilliseconds > JoinDailyBudgetMilliseconds && JoinWindowOf(fromMilliseconds) >= 2)
            {
                return long.MaxValue;
            }

            long start = fromMilliseconds;
            for (int guard = 0; guard < 4; guard++)
            {
                long end = start + airtimeMilliseconds;
                long first = JoinWindowOf(start);
                long last = JoinWindowOf(end - 1);
                long inFirst = first == last ? airtimeMilliseconds : JoinWindowStart(last) - start;
                if (JoinUsedIn(first) + inFirst > JoinWindowBudget(first))
                {
                    start = JoinWindowStart(first + 1);
                    continue;
                }

                if (first != last && JoinUsedIn(last) + (end - JoinWindowStart(last)) > JoinWindowBudget(last))
                {
                    start = JoinWindowStart(last + 1);
                    continue;
                }

                return start;
            }

            return long.MaxValue;
        }

        /// <summary>Books a Join-Request sent from <paramref name="startMilliseconds"/> to <paramref name="endMilliseconds"/> into the window(s) it touches.</summary>
        private void BookJoinAirtime(long startMilliseconds, long endMilliseconds)
        {
            long first = JoinWindowOf(startMilliseconds);
            long last = JoinWindowOf(endMilliseconds - 1);
            if (first > _joinWindow)
            {
                _joinWindowUsedMilliseconds = first == _joinWindow + 1 ? _joinNextWindowUsedMilliseconds : 0;
                _joinNextWindowUsedMilliseconds = 0;
                _joinWindow = first;
            }

            if (first == last)
            {
                _joinWindowUsedMilliseconds += endMilliseconds - startMilliseconds;
            }
            else
            {
                long boundary = JoinWindowStart(last);
                _joinWindowUsedMilliseconds += boundary - startMilliseconds;
                _joinNextWindowUsedMilliseconds += endMilliseconds - boundary;
            }
        }

        /// <summary>Join airtime already booked in window <paramref name="window"/>.</summary>
        private long JoinUsedIn(long window)
        {
            if (window == _joinWindow)
            {
                return _joinWindowUsedMilliseconds;
            }

            if (window == _joinWindow + 1)
            {
                return _joinNextWindowUsedMilliseconds;
            }

            // Later windows are fresh; earlier ones are in the past (time never goes back), so they are closed.
            return window > _joinWindow ? 0 : long.MaxValue / 2;
        }

        /// <summary>0 = first hour, 1 = hours 1 to 11, 2 + N = the N-th 24-hour window after that (LoRaWAN L2 1.0.4 §7).</summary>
        private long JoinWindowOf(long timeMilliseconds)
        {
            long sinceEpoch = timeMilliseconds - _joinEpochMs;
            if (sinceEpoch < JoinFirstWindowEndMilliseconds)
            {
                return 0;
            }

            if (sinceEpoch < JoinSecondWindowEndMilliseconds)
            {
                return 1;
            }

            return 2 + ((sinceEpoch - JoinSecondWindowEndMilliseconds) / JoinDailyWindowMilliseconds);
        }

        private long JoinWindowStart(long window)
        {
            if (window <= 0)
            {
                return _joinEpochMs;
            }

            if (window == 1)
            {
                return _joinEpochMs + JoinFirstWindowEndMilliseconds;
            }

            return _joinEpochMs + JoinSecondWindowEndMilliseconds + ((window - 2) * JoinDailyWindowMilliseconds);
        }

        private static long JoinWindowBudget(long window)
        {
            return window < 2 ? JoinEarlyWindowBudgetMilliseconds : JoinDailyBudgetMilliseconds;
        }

        private static long CeilingMilliseconds(long microseconds)
        {
            return microseconds <= 0 ? 0 : (microseconds + 999) / 1000;
        }
    }
}
