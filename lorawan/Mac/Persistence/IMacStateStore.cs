// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// Where the MAC state record goes (internal flash on the device, written power-loss-safe by the node runtime:
    /// two slots, sequence number). The MAC calls <see cref="Save"/> before every transmission that uses a new
    /// frame counter or DevNonce, and at the end of each transaction; it never transmits if the save failed.
    /// </summary>
    public interface IMacStateStore
    {
        /// <summary>Stores <paramref name="count"/> bytes of <paramref name="record"/> from <paramref name="offset"/> durably; false on failure.</summary>
        /// <param name="record">The record (see <see cref="MacStateRecord"/>).</param>
        /// <param name="offset">Its first byte.</param>
        /// <param name="count">Its length.</param>
        bool Save(byte[] record, int offset, int count);
    }
}
