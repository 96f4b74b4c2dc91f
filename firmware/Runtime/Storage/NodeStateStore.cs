// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Runtime.Storage
{
    /// <summary>
    /// Everything a node remembers across deep sleep and power loss, in one <see cref="SlotPair"/>: the frame
    /// counters and DevNonce (with their reservations), the LoRaWAN stack's MAC record, the application's state,
    /// the planner's schedule and the runtime's own small state such as a pending remote-configuration
    /// acknowledgement (the last four opaque bytes). Payload layout, version 1 (little-endian):
    /// <code>
    /// 0  next FCntUp (4)        the first uplink counter not yet used
    /// 4  FCntUp ceiling (4)     no counter at or above it has ever been used (reservation)
    /// 8  NFCntDown (4)          last downlink counter accepted
    /// 12 next DevNonce (4)
    /// 16 DevNonce ceiling (4)
    /// 20 MAC record length (2) + bytes, application state length (2) + bytes, schedule length (2) + bytes,
    ///    runtime state length (2) + bytes
    /// </code>
    /// The counter block stays first, at these offsets, in every later version, so any firmware can keep the
    /// counters even from a record it cannot otherwise read. Record flag bit 0 ("quiescent") marks a save made
    /// after a finished transaction (<see cref="Save"/>); a reservation write (<see cref="ReserveUplinkCounter"/>)
    /// clears it.
    /// <para>
    /// Counter rule: before a frame with FCntUp f leaves, <see cref="ReserveUplinkCounter"/> must return Ok. It
    /// writes only when f reaches the persisted ceiling, and then moves the ceiling to f + block. After an unclean
    /// reset (any wake that is not a deep-sleep wake after a successful <see cref="Save"/>, or a record written
    /// mid-transaction) the node continues at the ceiling, skipping at most block counters. Block 1 persists
    /// every counter before use and never skips one. See docs/persistent-state.md for the trade.
    /// </para>
    /// </summary>
    public sealed class NodeStateStore
    {
        /// <summary>Payload format version written by this firmware.</summary>
        public const byte FormatVersion = 1;

        /// <summary>Bytes of the counter block at the start of every version's payload.</summary>
        public const int CounterBlockLength = 20;

        /// <summary>Largest DevNonce (LoRaWAN L2 1.0.4 §6.2.5: a 16-bit counter that must never repeat).</summary>
        public const uint MaxDevNonce = 0xFFFF;

        private const byte FlagQuiescent = 0b0000_0001;
        private const int SectionLengthBytes = 2;
        private const int SectionCount = 4;

        private readonly SlotPair pair;
        private readonly uint uplinkBlock;
        private readonly byte[] macRecord;
        private readonly byte[] applicationState;
        private readonly byte[] scheduleState;
        private readonly byte[] runtimeState;

        private uint uplinkCeiling;
        private uint devNonceCeiling;

        /// <summary>Creates the store and its buffers (once, at start-up).</summary>
        /// <param name="storage">The slots.</param>
        /// <param name="slotA">First slot of the pair.</param>
        /// <param name="slotB">Second slot of the pair.</param>
        /// <param name="macCapacityBytes">Largest MAC record (<c>MacStateRecord.MaxLength</c>).</param>
        /// <param name="applicationCapacityBytes">Largest application state.</param>
        /// <param name="scheduleCapacityBytes">Largest schedule state.</param>
        /// <param name="runtimeCapacityBytes">Largest runtime state (e.g. <c>RemoteConfigProcessor.StateLength</c>).</param>
        /// <param name="uplinkReservationBlock">Uplink counters reserved per write (1 = persist every counter).</param>
        public NodeStateStore(IPersistentStorage storage, int slotA, int slotB, int macCapacityBytes,
            int applicationCapacityBytes, int scheduleCapacityBytes, int runtimeCapacityBytes, int uplinkReservationBlock)
        {
            if (macCapacityBytes < 0 || applicationCapacityBytes < 0 || scheduleCapacityBytes < 0 || runtimeCapacityBytes < 0
                || macCapacityBytes > 0xFFFF || applicationCapacityBytes > 0xFFFF || scheduleCapacityBytes > 0xFFFF || runtimeCapacityBytes > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException(nameof(macCapacityBytes));
            }

            if (uplinkReservationBlock < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(uplinkReservationBlock));
            }

            pair = new SlotPair(storage, slotA, slotB, (byte)'S', (byte)'T',
                CounterBlockLength + (SectionCount * SectionLengthBytes) + macCapacityBytes + applicationCapacityBytes + scheduleCapacityBytes + runtimeCapacityBytes);
            uplinkBlock = (uint)uplinkReservationBlock;
            macRecord = new byte[macCapacityBytes];
            applicationState = new byte[applicationCapacityBytes];
            scheduleState = new byte[scheduleCapacityBytes];
            runtimeState = new byte[runtimeCapacityBytes];
        }

        /// <summary>The LoRaWAN stack's MAC record (opaque here): fill in place, set <see cref="MacRecordLength"/>.</summary>
        public byte[] MacRecord => macRecord;

        /// <summary>Bytes used in <see cref="MacRecord"/>.</summary>
        public int MacRecordLength { get; set; }

        /// <summary>The application's state (opaque here).</summary>
        public byte[] ApplicationState => applicationState;

        /// <summary>Bytes used in <see cref="ApplicationState"/>.</summary>
        public int ApplicationStateLength { get; set; }

        /// <summary>The wake planner's schedule state (opaque here).</summary>
        public byte[] ScheduleState => scheduleState;

        /// <summary>Bytes used in <see cref="ScheduleState"/>.</summary>
        public int ScheduleStateLength { get; set; }

        /// <summary>The runtime's own state (opaque here): pending remote-configuration acknowledgement and requests.</summary>
        public byte[] RuntimeState => runtimeState;

        /// <summary>Bytes used in <see cref="RuntimeState"/>.</summary>
        public int RuntimeStateLength { get; set; }

        /// <summary>The first FCntUp this node may still use. After <see cref="Load"/> it is at or above every counter ever used.</summary>
        public uint NextUplinkCounter { get; private set; }

        /// <summary>Uplink counters persisted as reserved: none at or above this value was ever used.</summary>
        public uint UplinkCounterCeiling => uplinkCeiling;

        /// <summary>Last accepted downlink counter (NFCntDown); the caller sets it before <see cref="Save"/>.</summary>
        public uint DownlinkCounter { get; set; }

        /// <summary>The first DevNonce this node may still use.</summary>
        public uint NextDevNonce { get; private set; }

        /// <summary>Uplink counters skipped by the last <see cref="Load"/> (the reservation jump after an unclean reset).</summary>
        public uint UplinkCountersSkippedAtLoad { get; private set; }

        /// <summary>True when the last <see cref="Load"/> treated the reset as unclean.</summary>
        public bool LoadedAfterUncleanReset { get; private set; }

        /// <summary>True when the last write succeeded (or nothing was written yet): the runtime may deep-sleep as a clean wake.</summary>
        public bool LastWriteSucceeded { get; private set; } = true;

        /// <summary>Sequence number of the newest record.</summary>
        public uint Sequence => pair.Sequence;

        /// <summary>
        /// Loads the newest valid record. <paramref name="cleanWake"/> is true only for a wake from deep sleep that
        /// the runtime entered after <see cref="Save"/> returned Ok (the wake cause says deep sleep, not power-on,
        /// brown-out, watchdog or panic). Any other boot continues the counters at the reserved ceilings.
        /// Returns Ok, NoRecord (factory state, counters 0), UnsupportedVersion or Inconsistent (counters kept,
        /// sections emptied), or StorageFailed (counters unknown: the node must not transmit).
        /// </summary>
        /// <param name="cleanWake">Whether the previous run ended in a deliberate deep sleep after a successful save.</param>
        [HotPath]
        public StoreStatus Load(bool cleanWake)
        {
            MacRecordLength = 0;
            ApplicationStateLength = 0;
            ScheduleStateLength = 0;
            RuntimeStateLength = 0;
            NextUplinkCounter = 0;
            uplinkCeiling = 0;
            DownlinkCounter = 0;
            NextDevNonce = 0;
            devNonceCeiling = 0;
            UplinkCountersSkippedAtLoad = 0;
            LoadedAfterUncleanReset = !cleanWake;
            LastWriteSucceeded = true;

            StoreStatus status = pair.Load();
            if (status != StoreStatus.Ok)
            {
                return status;
            }

            byte[] image = pair.Image;
            int p = SlotPair.PayloadOffset;
            if (pair.PayloadLength < CounterBlockLength)
            {
                // A CRC-valid record without a counter block was never written by any version: refuse to guess.
                return StoreStatus.StorageFailed;
            }

            NextUplinkCounter = LittleEndian.ReadUInt32(image, p);
            uplinkCeiling = LittleEndian.ReadUInt32(image, p + 4);
            DownlinkCounter = LittleEndian.ReadUInt32(image, p + 8);
            NextDevNonce = LittleEndian.ReadUInt32(image, p + 12);
            devNonceCeiling = LittleEndian.ReadUInt32(image, p + 16);

            StoreStatus sections = pair.LoadedVersion == FormatVersion ? ReadSections(image, p + CounterBlockLength, pair.PayloadLength - CounterBlockLength)
                : StoreStatus.UnsupportedVersion;
            bool quiescent = (pair.LoadedFlags & FlagQuiescent) != 0;
            if (!cleanWake || !quiescent || sections != StoreStatus.Ok)
            {
                LoadedAfterUncleanReset = true;
                if (uplinkCeiling > NextUplinkCounter)
                {
                    UplinkCountersSkippedAtLoad = uplinkCeiling - NextUplinkCounter;
                    NextUplinkCounter = uplinkCeiling;
                }

                if (devNonceCeiling > NextDevNonce)
                {
                    NextDevNonce = devNonceCeiling;
                }
            }

            return sections;
        }

        /// <summary>
        /// Call before a frame with uplink counter <paramref name="fCntUp"/> leaves; send it only on Ok. Writes the
        /// record (not quiescent) only when <paramref name="fCntUp"/> reaches the persisted ceiling, then reserves
        /// the next block. Retransmissions of the same frame need no new call.
        /// </summary>
        /// <param name="fCntUp">The counter of the frame about to be sent.</param>
        [HotPath]
        public StoreStatus ReserveUplinkCounter(uint fCntUp)
        {
            if (fCntUp < NextUplinkCounter)
            {
                return StoreStatus.CounterBehind;
            }

            if (fCntUp == uint.MaxValue)
            {
                return StoreStatus.CounterExhausted;
            }

            uint previousNext = NextUplinkCounter;
            NextUplinkCounter = fCntUp + 1;
            if (NextUplinkCounter <= uplinkCeiling)
            {
                return StoreStatus.Ok;
            }

            uint previousCeiling = uplinkCeiling;
            uplinkCeiling = fCntUp >= uint.MaxValue - uplinkBlock ? uint.MaxValue : fCntUp + uplinkBlock;
            StoreStatus status = Write(false);
            if (status != StoreStatus.Ok)
            {
                NextUplinkCounter = previousNext;
                uplinkCeiling = previousCeiling;
            }

            return status;
        }

        /// <summary>
        /// Call before a Join-Request with <paramref name="devNonce"/> leaves; send it only on Ok. Joins are rare, so
        /// every DevNonce is persisted before use (block 1): a DevNonce is never skipped nor reused.
        /// </summary>
        /// <param name="devNonce">The DevNonce of the Join-Request about to be sent.</param>
        [HotPath]
        public StoreStatus ReserveDevNonce(uint devNonce)
        {
            if (devNonce < NextDevNonce)
            {
                return StoreStatus.CounterBehind;
            }

            if (devNonce > MaxDevNonce)
            {
                return StoreStatus.CounterExhausted;
            }

            uint previousNext = NextDevNonce;
            uint previousCeiling = devNonceCeiling;
            NextDevNonce = devNonce + 1;
            devNonceCeiling = devNonce + 1;
            StoreStatus status = Write(false);
            if (status != StoreStatus.Ok)
            {
                NextDevNonce = previousNext;
                devNonceCeiling = previousCeiling;
            }

            return status;
        }

        /// <summary>Writes everything as a quiescent record: call after the transaction (and before deep sleep).</summary>
        [HotPath]
        public StoreStatus Save() => Write(true);

        [HotPath]
        private StoreStatus Write(bool quiescent)
        {
            if (MacRecordLength < 0 || MacRecordLength > macRecord.Length || ApplicationStateLength < 0
                || ApplicationStateLength > applicationState.Length || ScheduleStateLength < 0
                || ScheduleStateLength > scheduleState.Length || RuntimeStateLength < 0 || RuntimeStateLength > runtimeState.Length)
            {
                return StoreStatus.SectionTooLarge;
            }

            byte[] image = pair.Image;
            int start = SlotPair.PayloadOffset;
            LittleEndian.WriteUInt32(image, start, NextUplinkCounter);
            LittleEndian.WriteUInt32(image, start + 4, uplinkCeiling);
            LittleEndian.WriteUInt32(image, start + 8, DownlinkCounter);
            LittleEndian.WriteUInt32(image, start + 12, NextDevNonce);
            LittleEndian.WriteUInt32(image, start + 16, devNonceCeiling);
            int p = start + CounterBlockLength;
            p = WriteSection(image, p, macRecord, MacRecordLength);
            p = WriteSection(image, p, applicationState, ApplicationStateLength);
            p = WriteSection(image, p, scheduleState, ScheduleStateLength);
            p = WriteSection(image, p, runtimeState, RuntimeStateLength);
            StoreStatus status = pair.Save(p - start, FormatVersion, quiescent ? FlagQuiescent : (byte)0);
            LastWriteSucceeded = status == StoreStatus.Ok;
            return status;
        }

        [HotPath]
        private StoreStatus ReadSections(byte[] image, int offset, int length)
        {
            int end = offset + length;
            int p = offset;
            int macLength = ReadSectionLength(image, p, end, macRecord.Length);
            if (macLength < 0)
            {
                return StoreStatus.Inconsistent;
            }

            int applicationOffset = p + SectionLengthBytes + macLength;
            int applicationLength = ReadSectionLength(image, applicationOffset, end, applicationState.Length);
            if (applicationLength < 0)
            {
                return StoreStatus.Inconsistent;
            }

            int scheduleOffset = applicationOffset + SectionLengthBytes + applicationLength;
            int scheduleLength = ReadSectionLength(image, scheduleOffset, end, scheduleState.Length);
            if (scheduleLength < 0)
            {
                return StoreStatus.Inconsistent;
            }

            int runtimeOffset = scheduleOffset + SectionLengthBytes + scheduleLength;
            int runtimeLength = ReadSectionLength(image, runtimeOffset, end, runtimeState.Length);
            if (runtimeLength < 0 || runtimeOffset + SectionLengthBytes + runtimeLength != end)
            {
                return StoreStatus.Inconsistent;
            }

            Array.Copy(image, p + SectionLengthBytes, macRecord, 0, macLength);
            Array.Copy(image, applicationOffset + SectionLengthBytes, applicationState, 0, applicationLength);
            Array.Copy(image, scheduleOffset + SectionLengthBytes, scheduleState, 0, scheduleLength);
            Array.Copy(image, runtimeOffset + SectionLengthBytes, runtimeState, 0, runtimeLength);
            MacRecordLength = macLength;
            ApplicationStateLength = applicationLength;
            ScheduleStateLength = scheduleLength;
            RuntimeStateLength = runtimeLength;
            return StoreStatus.Ok;
        }

        private static int ReadSectionLength(byte[] image, int offset, int end, int capacity)
        {
            if (offset + SectionLengthBytes > end)
            {
                return -1;
            }

            int length = LittleEndian.ReadUInt16(image, offset);
            return length > capacity || offset + SectionLengthBytes + length > end ? -1 : length;
        }

        private static int WriteSection(byte[] image, int offset, byte[] section, int length)
        {
            LittleEndian.WriteUInt16(image, offset, (ushort)length);
            Array.Copy(section, 0, image, offset + SectionLengthBytes, length);
            return offset + SectionLengthBytes + length;
        }

    }
}
