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
    /// The counters are read and patched through <see cref="MacStateRecord"/>'s accessors (the stack owns its layout);
    /// a record of another version is refused (−1 on load, false on save) rather than guessed at.
    /// </para>
    /// </summary>
    [HotPath]
    public sealed class StoreBackedMacStateStore : IMacStateStore
    {

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
            get { return MacStateRecord.HasCounters(_store.MacRecord, 0, _store.MacRecordLength) ? MacStateRecord.ReadDownlinkCounter(_store.MacRecord, 0) : 0; }
        }

        /// <summary>True when the record last saved holds an active session.</summary>
        public bool RecordJoined
        {
            get { return MacStateRecord.HasCounters(_store.MacRecord, 0, _store.MacRecordLength) && MacStateRecord.IsJoined(_store.MacRecord, 0); }
        }

        /// <inheritdoc/>
        public bool Save(byte[] record, int offset, int count)
        {
            LastReservationStatus = StoreStatus.Ok;
            if (!MacStateRecord.HasCounters(record, offset, count) || count > _store.MacRecord.Length)
            {
                return false;
            }

            uint nextFCntUp = MacStateRecord.ReadUplinkCounter(record, offset);
            uint nextDevNonce = MacStateRecord.ReadDevNonce(record, offset);
            bool joined = MacStateRecord.IsJoined(record, offset);

            // Copy first: a reservation write persists the MAC section as it is now.
            byte[] previous = _store.MacRecord;
            Array.Copy(record, offset, previous, 0, count);
            _store.MacRecordLength = count;
            _store.DownlinkCounter = MacStateRecord.ReadDownlinkCounter(record, offset);

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

            if (length > capacity || !MacStateRecord.HasCounters(_store.MacRecord, 0, length))
            {
                return -1;
            }

            Array.Copy(_store.MacRecord, 0, buffer, offset, length);
            MacStateRecord.RaiseCounters(buffer, offset, length, _store.NextUplinkCounter, _store.NextDevNonce);
            return length;
        }
    }
}
