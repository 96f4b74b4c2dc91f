// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Storage
{
    /// <summary>Outcome of a store operation (<see cref="SlotPair"/>, <see cref="NodeStateStore"/>).</summary>
    public enum StoreStatus
    {
        /// <summary>Done.</summary>
        Ok = 0,

        /// <summary>Neither slot holds a valid record: the node starts from its factory state.</summary>
        NoRecord = 1,

        /// <summary>The storage failed to read or write; on a save, the previous record is still the valid one.</summary>
        StorageFailed = 2,

        /// <summary>A section is longer than the capacity fixed at start-up; nothing was written.</summary>
        SectionTooLarge = 3,

        /// <summary>The newest record has a payload version this firmware cannot read; only its counters were taken.</summary>
        UnsupportedVersion = 4,

        /// <summary>The record's CRC is right but its sections do not add up; only its counters were taken.</summary>
        Inconsistent = 5,

        /// <summary>The counter asked for is below one already handed out: the frame must not be sent.</summary>
        CounterBehind = 6,

        /// <summary>The counter space is used up (FCntUp 2^32-1, DevNonce 2^16-1): the device must rejoin or be re-provisioned.</summary>
        CounterExhausted = 7,
    }
}
