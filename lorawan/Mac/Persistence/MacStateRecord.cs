// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using System;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// The whole <see cref="MacState"/> as one compact, versioned byte record with a CRC, for deep sleep and power
    /// loss. Layout (little-endian):
    /// <code>
    /// 0  'L' 'W'            magic
    /// 2  version (2)
    /// 3  total length (2)   including the CRC
    /// 5  region id (1)
    /// 6  flags (1)          bit0 joined, bit1 downlink received, bit2 ACK pending, bit3 ADR on, bit4 has JoinNonce
    /// 7  DevAddr (4) NwkSKey (16) AppSKey (16) FCntUp (4) NFCntDown (4)
    /// 51 DevNonce (3) LastJoinNonce (3) JoinAttempts (2)
    /// 59 DataRate, TxPowerIndex, NbTrans, Rx1DrOffset, Rx2DataRate (1 each) Rx2Frequency (4) Rx1Delay s (1)
    /// 69 ADR_ACK_CNT (4) MAC time at save in ms (8)
    /// 81 RETRANSMIT_TIMEOUT "not before" MAC time in ms (8), 0 when no ACK is outstanding (version 2)
    /// 89 channel plan (2-byte length + ChannelPlan record) ledger (2-byte length + DutyCycleLedger record)
    ///    pending answers (MacAnswerQueue state)
    ///    postponed transmissions: remaining (1), data rate (1), confirmed (1), frame length (1), frame bytes
    /// .. CRC-32 of everything before it (4)
    /// </code>
    /// </summary>
    public sealed class MacStateRecord
    {
        /// <summary>Record format version.</summary>
        public const byte Version = 2;

        private const byte Magic0 = (byte)'L';
        private const byte Magic1 = (byte)'W';
        private const int FixedLength = 89;
        private const int CrcLength = 4;
        private const int PendingHeaderLength = 4;

        private const byte FlagJoined = 0b0000_0001;
        private const byte FlagDownlinkReceived = 0b0000_0010;
        private const byte FlagAckPending = 0b0000_0100;
        private const byte FlagAdrEnabled = 0b0000_1000;
        private const byte FlagHasJoinNonce = 0b0001_0000;

        // Offsets of the fields a counter-keeping store reads and patches (layout above).
        private const int VersionOffset = 2;
        private const int FlagsOffset = 6;
        private const int FCntUpOffset = 43;
        private const int NFCntDownOffset = 47;
        private const int DevNonceOffset = 51;

        /// <summary>
        /// True when <paramref name="count"/> bytes at <paramref name="offset"/> can be a record of this version (long enough,
        /// version byte matches): only then may the counter accessors below be used on them. The CRC is not checked.
        /// </summary>
        /// <param name="record">Record bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Record length.</param>
        [HotPath]
        public static bool HasCounters(byte[] record, int offset, int count)
        {
            return record != null && offset >= 0 && count >= FixedLength + CrcLength && offset + count <= record.Length && record[offset + VersionOffset] == Version;
        }

        /// <summary>True when the record holds an active session (flags bit 0).</summary>
        /// <param name="record">Record bytes (<see cref="HasCounters"/>).</param>
        /// <param name="offset">First byte.</param>
        [HotPath]
        public static bool IsJoined(byte[] record, int offset)
        {
            return (record[offset + FlagsOffset] & FlagJoined) != 0;
        }

        /// <summary>Next FCntUp the record would use.</summary>
        /// <param name="record">Record bytes (<see cref="HasCounters"/>).</param>
        /// <param name="offset">First byte.</param>
        [HotPath]
        public static uint ReadUplinkCounter(byte[] record, int offset)
        {
            return LittleEndian.ReadUInt32(record, offset + FCntUpOffset);
        }

        /// <summary>Last NFCntDown accepted.</summary>
        /// <param name="record">Record bytes (<see cref="HasCounters"/>).</param>
        /// <param name="offset">First byte.</param>
        [HotPath]
        public static uint ReadDownlinkCounter(byte[] record, int offset)
        {
            return LittleEndian.ReadUInt32(record, offset + NFCntDownOffset);
        }

        /// <summary>Next DevNonce the record would use (24 bits).</summary>
        /// <param name="record">Record bytes (<see cref="HasCounters"/>).</param>
        /// <param name="offset">First byte.</param>
        [HotPath]
        public static uint ReadDevNonce(byte[] record, int offset)
        {
            return LittleEndian.ReadUInt24(record, offset + DevNonceOffset);
        }

        /// <summary>
        /// Raises the record's next FCntUp (when it holds a session) and next DevNonce to at least the given values and,
        /// when anything changed, re-computes the CRC. A store that kept counters ahead of the record (reserved before
        /// an unclean reset) calls it on load so no counter is used twice.
        /// </summary>
        /// <param name="record">Record bytes (<see cref="HasCounters"/>).</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Record length.</param>
        /// <param name="minimumUplinkCounter">Lowest next FCntUp allowed.</param>
        /// <param name="minimumDevNonce">Lowest next DevNonce allowed.</param>
        /// <returns>True when the record was changed.</returns>
        [HotPath]
        public static bool RaiseCounters(byte[] record, int offset, int count, uint minimumUplinkCounter, uint minimumDevNonce)
        {
            bool patched = false;
            if (IsJoined(record, offset) && ReadUplinkCounter(record, offset) < minimumUplinkCounter)
            {
                LittleEndian.WriteUInt32(record, offset + FCntUpOffset, minimumUplinkCounter);
                patched = true;
            }

            if (ReadDevNonce(record, offset) < minimumDevNonce)
            {
                LittleEndian.WriteUInt24(record, offset + DevNonceOffset, minimumDevNonce);
                patched = true;
            }

            if (patched)
            {
                int crcAt = offset + count - CrcLength;
                LittleEndian.WriteUInt32(record, crcAt, Crc32.Compute(record, offset, count - CrcLength));
            }

            return patched;
        }

        /// <summary>The largest record for <paramref name="state"/>'s region.</summary>
        /// <param name="state">The state to be saved.</param>
        [HotPath]
        public static int MaxLength(MacState state)
        {
            return FixedLength + 2 + ChannelPlan.MaxSerializedLength + 2 + state.Ledger.SerializedLength
                + 2 + MacAnswerQueue.CapacityEntries + MacAnswerQueue.CapacityBytes
                + PendingHeaderLength + FrameLayout.PhyPayloadMaxLength + CrcLength;
        }

        /// <summary>Writes the record; returns its length.</summary>
        /// <param name="state">State to save.</param>
        /// <param name="macTimeMilliseconds">MAC time now (restored on wake with the time slept added).</param>
        /// <param name="buffer">At least <see cref="MaxLength"/> bytes from <paramref name="offset"/>.</param>
        /// <param name="offset">First byte.</param>
        [HotPath]
        public static int Write(MacState state, long macTimeMilliseconds, byte[] buffer, int offset)
        {
            int p = offset;
            buffer[p++] = Magic0;
            buffer[p++] = Magic1;
            buffer[p++] = Version;
            p += 2; // length, filled below
            buffer[p++] = (byte)state.Region.Id;
            Session session = state.Session;
            buffer[p++] = (byte)((state.Joined ? FlagJoined : 0) | (session.DownlinkReceived ? FlagDownlinkReceived : 0)
                | (state.AckPending ? FlagAckPending : 0) | (state.AdrEnabled ? FlagAdrEnabled : 0)
                | (state.HasLastJoinNonce ? FlagHasJoinNonce : 0));
            LittleEndian.WriteUInt32(buffer, p, session.DevAddr);
            p += 4;
            Array.Copy(session.NwkSKey, 0, buffer, p, FrameLayout.KeyLength);
            p += FrameLayout.KeyLength;
            Array.Copy(session.AppSKey, 0, buffer, p, FrameLayout.KeyLength);
            p += FrameLayout.KeyLength;
            LittleEndian.WriteUInt32(buffer, p, session.FCntUp);
            p += 4;
            LittleEndian.WriteUInt32(buffer, p, session.NFCntDown);
            p += 4;
            LittleEndian.WriteUInt24(buffer, p, (uint)state.DevNonce);
            p += 3;
            LittleEndian.WriteUInt24(buffer, p, state.LastJoinNonce);
            p += 3;
            LittleEndian.WriteUInt16(buffer, p, (ushort)(state.JoinAttempts > 0xFFFF ? 0xFFFF : state.JoinAttempts));
            p += 2;
            buffer[p++] = (byte)state.DataRate;
            buffer[p++] = (byte)state.TxPowerIndex;
            buffer[p++] = (byte)state.NbTrans;
            buffer[p++] = (byte)state.Rx1DrOffset;
            buffer[p++] = (byte)state.Rx2DataRate;
            LittleEndian.WriteUInt32(buffer, p, state.Rx2FrequencyHz);
            p += 4;
            buffer[p++] = (byte)state.Rx1DelaySeconds;
            LittleEndian.WriteUInt32(buffer, p, state.AdrAckCounter);
            p += 4;
            LittleEndian.WriteUInt64(buffer, p, (ulong)macTimeMilliseconds);
            p += 8;
            LittleEndian.WriteUInt64(buffer, p, (ulong)state.RetransmitNotBeforeMilliseconds);
            p += 8;

            int planLength = state.Channels.WriteTo(buffer, p + 2);
            LittleEndian.WriteUInt16(buffer, p, (ushort)planLength);
            p += 2 + planLength;
            int ledgerLength = state.Ledger.WriteTo(buffer, p + 2);
            LittleEndian.WriteUInt16(buffer, p, (ushort)ledgerLength);
            p += 2 + ledgerLength;
            p += state.Answers.WriteState(buffer, p);
            int pendingLength = state.PendingTransmissions > 0 ? state.PendingFrameLength : 0;
            buffer[p++] = (byte)(pendingLength > 0 ? state.PendingTransmissions : 0);
            buffer[p++] = (byte)state.PendingDataRate;
            buffer[p++] = (byte)(state.PendingConfirmed ? 1 : 0);
            buffer[p++] = (byte)pendingLength;
            Array.Copy(state.PendingFrame, 0, buffer, p, pendingLength);
            p += pendingLength;

            int total = p + CrcLength - offset;
            LittleEndian.WriteUInt16(buffer, offset + 3, (ushort)total);
            LittleEndian.WriteUInt32(buffer, p, Crc32.Compute(buffer, offset, p - offset));
            return total;
        }

        /// <summary>
        /// Restores <paramref name="state"/> from a record. The whole record is checked first (magic, version,
        /// length, CRC, region, and every part: channel plan, ledger, answers, postponed frame); on any error
        /// (<see cref="LoRaWanStatus.StateRecordInvalid"/>) nothing in <paramref name="state"/> has changed.
        /// Allocates a scratch state for the check; <see cref="Read(MacState, MacState, byte[], int, int, out long)"/>
        /// takes a preallocated one.
        /// </summary>
        /// <param name="state">State to overwrite (its region must match the record's).</param>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Bytes available.</param>
        /// <param name="savedAtMilliseconds">MAC time at which the record was written.</param>
        public static LoRaWanStatus Read(MacState state, byte[] buffer, int offset, int count, out long savedAtMilliseconds)
        {
            if (state == null)
            {
                throw new ArgumentNullException();
            }

            return Read(state, new MacState(state.Region), buffer, offset, count, out savedAtMilliseconds);
        }

        /// <summary>
        /// Restores <paramref name="state"/> from a record without allocating: the record is first read completely
        /// into <paramref name="scratch"/> (a state of the same region whose content is then undefined), and only when
        /// every part of it is valid is it read into <paramref name="state"/>. On any error
        /// (<see cref="LoRaWanStatus.StateRecordInvalid"/>) nothing in <paramref name="state"/> has changed.
        /// </summary>
        /// <param name="state">State to overwrite (its region must match the record's).</param>
        /// <param name="scratch">Another state of the same region, used for the check.</param>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Bytes available.</param>
        /// <param name="savedAtMilliseconds">MAC time at which the record was written.</param>
        [HotPath]
        public static LoRaWanStatus Read(MacState state, MacState scratch, byte[] buffer, int offset, int count, out long savedAtMilliseconds)
        {
            if (state == null || scratch == null)
            {
                throw new ArgumentNullException();
            }

            if (scratch == state || scratch.Region.Id != state.Region.Id)
            {
                throw new ArgumentException();
            }

            LoRaWanStatus status = ReadInto(scratch, buffer, offset, count, out savedAtMilliseconds);
            if (status != LoRaWanStatus.Ok)
            {
                savedAtMilliseconds = 0;
                return status;
            }

            // The same bytes into a state of the same region: every check that passed above passes again.
            return ReadInto(state, buffer, offset, count, out savedAtMilliseconds);
        }

        /// <summary>Reads the record part by part into <paramref name="state"/>; on an error part of it may have been written.</summary>
        [HotPath]
        private static LoRaWanStatus ReadInto(MacState state, byte[] buffer, int offset, int count, out long savedAtMilliseconds)
        {
            savedAtMilliseconds = 0;
            if (buffer == null || offset < 0 || count < FixedLength + CrcLength || offset + count > buffer.Length)
            {
                return LoRaWanStatus.StateRecordInvalid;
            }

            int total = LittleEndian.ReadUInt16(buffer, offset + 3);
            if (buffer[offset] != Magic0 || buffer[offset + 1] != Magic1 || buffer[offset + 2] != Version
                || total < FixedLength + CrcLength || total > count
                || buffer[offset + 5] != (byte)state.Region.Id
                || Crc32.Compute(buffer, offset, total - CrcLength) != LittleEndian.ReadUInt32(buffer, offset + total - CrcLength))
            {
                return LoRaWanStatus.StateRecordInvalid;
            }

            int end = offset + total - CrcLength;
            int p = offset + FixedLength;
            if (p + 2 > end) { return LoRaWanStatus.StateRecordInvalid; }
            int planLength = LittleEndian.ReadUInt16(buffer, p);
            if (p + 2 + planLength > end || state.Channels.ReadFrom(buffer, p + 2, planLength) != planLength)
            {
                return LoRaWanStatus.StateRecordInvalid;
            }

            p += 2 + planLength;
            if (p + 2 > end) { return LoRaWanStatus.StateRecordInvalid; }
            int ledgerLength = LittleEndian.ReadUInt16(buffer, p);
            if (p + 2 + ledgerLength > end || state.Ledger.ReadFrom(buffer, p + 2, ledgerLength) != ledgerLength)
            {
                return LoRaWanStatus.StateRecordInvalid;
            }

            p += 2 + ledgerLength;
            int queueLength = state.Answers.ReadState(buffer, p, end - p);
            if (queueLength < 0 || p + queueLength + PendingHeaderLength > end)
            {
                return LoRaWanStatus.StateRecordInvalid;
            }

            p += queueLength;
            int pendingLength = buffer[p + 3];
            if (p + PendingHeaderLength + pendingLength != end)
            {
                return LoRaWanStatus.StateRecordInvalid;
            }

            state.PendingTransmissions = buffer[p];
            state.PendingDataRate = buffer[p + 1];
            state.PendingConfirmed = buffer[p + 2] != 0;
            state.PendingFrameLength = pendingLength;
            Array.Copy(buffer, p + PendingHeaderLength, state.PendingFrame, 0, pendingLength);

            p = offset + 6;
            byte flags = buffer[p++];
            Session session = state.Session;
            state.Joined = (flags & FlagJoined) != 0;
            session.DownlinkReceived = (flags & FlagDownlinkReceived) != 0;
            state.AckPending = (flags & FlagAckPending) != 0;
            state.AdrEnabled = (flags & FlagAdrEnabled) != 0;
            state.HasLastJoinNonce = (flags & FlagHasJoinNonce) != 0;
            session.DevAddr = LittleEndian.ReadUInt32(buffer, p);
            p += 4;
            Array.Copy(buffer, p, session.NwkSKey, 0, FrameLayout.KeyLength);
            p += FrameLayout.KeyLength;
            Array.Copy(buffer, p, session.AppSKey, 0, FrameLayout.KeyLength);
            p += FrameLayout.KeyLength;
            session.FCntUp = LittleEndian.ReadUInt32(buffer, p);
            p += 4;
            session.NFCntDown = LittleEndian.ReadUInt32(buffer, p);
            p += 4;
            state.DevNonce = (int)LittleEndian.ReadUInt24(buffer, p);
            p += 3;
            state.LastJoinNonce = LittleEndian.ReadUInt24(buffer, p);
            p += 3;
            state.JoinAttempts = LittleEndian.ReadUInt16(buffer, p);
            p += 2;
            state.DataRate = buffer[p++];
            state.TxPowerIndex = buffer[p++];
            state.NbTrans = buffer[p++];
            state.Rx1DrOffset = buffer[p++];
            state.Rx2DataRate = buffer[p++];
            state.Rx2FrequencyHz = LittleEndian.ReadUInt32(buffer, p);
            p += 4;
            state.Rx1DelaySeconds = buffer[p++];
            state.AdrAckCounter = LittleEndian.ReadUInt32(buffer, p);
            p += 4;
            savedAtMilliseconds = (long)LittleEndian.ReadUInt64(buffer, p);
            p += 8;
            state.RetransmitNotBeforeMilliseconds = (long)LittleEndian.ReadUInt64(buffer, p);
            return LoRaWanStatus.Ok;
        }
    }
}
