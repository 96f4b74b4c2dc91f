// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.Runtime.Storage;

namespace SmartCityNodes.Runtime.Node
{
    /// <summary>
    /// The LoRaWAN stack's <see cref="IMacStateStore"/> over the node's <see cref="NodeStateStore"/>, with the counter
    /// reservation rule of docs/persistent-state.md. A save whose record carries a higher next FCntUp than the store
    /// (the stack's save before a frame leaves) becomes <see cref="NodeStateStore.ReserveUplinkCounter"/>(FCntUp − 1);
    /// one with a higher next DevNonce becomes <see cref="NodeStateStore.ReserveDevNonce"/>(DevNonce − 1); every other
    /// save (end of a transaction, a setter, ColdStart) only copies the bytes: the runtime's one <see cref="NodeStateStore.Save"/>
    /// at the end of the wake makes them durable (a power cut before it makes the next boot unclean, which continues at
    /// the reserved ceilings). <see cref="Load"/> raises the record's FCntUp and DevNonce to the store's when the store's
    /// are higher (after an unclean reset), so no counter is used twice. Allocation-free.
    /// <para>
    /// The counters are read and patched at their offsets in MacStateRecord version 2 (magic "LW", version, length,
    /// region, flags, DevAddr, NwkSKey, AppSKey, FCntUp u32 at 43, NFCntDown u32 at 47, DevNonce u24 at 51, CRC-32 last);
    /// a record of another version is refused (−1 on load, false on save) rather than guessed at.
    /// </para>
    /// </summary>
    [HotPath]
    public sealed class StoreBackedMacStateStore : IMacStateStore
    {
        /// <summary>The MacStateRecord version whose layout this adapter knows.</summary>
        public const byte SupportedRecordVersion = 2;

        private const int VersionOffset = 2;
        private const int FlagsOffset = 6;
        private const int FCntUpOffset = 43;
        private const int NFCntDownOffset = 47;
        private const int DevNonceOffset = 51;
        private const int MinimumLength = 58;
        private const int CrcLength = 4;
        private const byte FlagJoined = 0b0000_0001;

        private readonly NodeStateStore _store;

        /// <summary>Creates the adapter (once, at start-up).</summary>
        /// <param name="store">The node's state store.</param>
        public StoreBackedMacStateStore(NodeStateStore store)
        {
            if (store == null)
            {
                throw new ArgumentNullException();
            }

            _store = store;
        }

        /// <summary>Status of the last reservation (Ok when none was needed).</summary>
        public StoreStatus LastReservationStatus { get; private set; }

        /// <summary>Reservation writes made through this adapter (uplink counter blocks and DevNonces).</summary>
        public int ReservationWrites { get; private set; }

        /// <summary>NFCntDown of the record last saved (for the remote-configuration acknowledgement).</summary>
        public uint DownlinkCounter
        {
            get { return _store.MacRecordLength >= MinimumLength ? LittleEndian.ReadUInt32(_store.MacRecord, NFCntDownOffset) : 0; }
        }

        /// <summary>True when the record last saved holds an active session.</summary>
        public bool RecordJoined
        {
            get { return _store.MacRecordLength >= MinimumLength && (_store.MacRecord[FlagsOffset] & FlagJoined) != 0; }
        }

        /// <inheritdoc/>
        public bool Save(byte[] record, int offset, int count)
        {
            LastReservationStatus = StoreStatus.Ok;
            if (record == null || count < MinimumLength || count > _store.MacRecord.Length || record[offset + VersionOffset] != SupportedRecordVersion)
            {
                return false;
            }

            uint nextFCntUp = LittleEndian.ReadUInt32(record, offset + FCntUpOffset);
            uint nextDevNonce = LittleEndian.ReadUInt24(record, offset + DevNonceOffset);
            bool joined = (record[offset + FlagsOffset] & FlagJoined) != 0;

            // Copy first: a reservation write persists the MAC section as it is now.
            byte[] previous = _store.MacRecord;
            Array.Copy(record, offset, previous, 0, count);
            _store.MacRecordLength = count;
            _store.DownlinkCounter = LittleEndian.ReadUInt32(record, offset + NFCntDownOffset);

            StoreStatus status = StoreStatus.Ok;
            if (nextDevNonce > _store.NextDevNonce)
            {
                status = _store.ReserveDevNonce(nextDevNonce - 1);
                ReservationWrites++;
            }
            else if (joined && nextFCntUp > _store.NextUplinkCounter)
            {
                uint ceiling = _store.UplinkCounterCeiling;
                status = _store.ReserveUplinkCounter(nextFCntUp - 1);
                if (_store.UplinkCounterCeiling != ceiling)
                {
                    ReservationWrites++;
                }
            }

            LastReservationStatus = status;
            return status == StoreStatus.Ok;
        }

        /// <inheritdoc/>
        public int Load(byte[] buffer, int offset, int capacity)
        {
            int length = _store.MacRecordLength;
            if (length == 0)
            {
                return 0;
            }

            if (length < MinimumLength || length > capacity || _store.MacRecord[VersionOffset] != SupportedRecordVersion)
            {
                return -1;
            }

            Array.Copy(_store.MacRecord, 0, buffer, offset, length);
            bool patched = false;
            bool joined = (buffer[offset + FlagsOffset] & FlagJoined) != 0;
            if (joined && LittleEndian.ReadUInt32(buffer, offset + FCntUpOffset) < _store.NextUplinkCounter)
            {
                LittleEndian.WriteUInt32(buffer, offset + FCntUpOffset, _store.NextUplinkCounter);
                patched = true;
            }

            if (LittleEndian.ReadUInt24(buffer, offset + DevNonceOffset) < _store.NextDevNonce)
            {
                LittleEndian.WriteUInt24(buffer, offset + DevNonceOffset, _store.NextDevNonce);
                patched = true;
            }

            if (patched)
            {
                int crcAt = offset + length - CrcLength;
                LittleEndian.WriteUInt32(buffer, crcAt, Crc32.Compute(buffer, offset, length - CrcLength));
            }

            return length;
        }
    }
}
