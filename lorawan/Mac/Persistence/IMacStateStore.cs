// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// Where the MAC state record lives (internal flash on the device, written power-loss-safe by the node runtime:
    /// two slots, sequence number). Byte-oriented on purpose: the store keeps opaque records and needs to know nothing
    /// about the MAC. The MAC calls <see cref="Save"/> before every transmission that uses a new frame counter or
    /// DevNonce, and at the end of each transaction; it never transmits if the save failed. <c>LoRaWanNode</c>
    /// calls <see cref="Load"/> once per start (cold start or wake).
    /// </summary>
    public interface IMacStateStore
    {
        /// <summary>Stores <paramref name="count"/> bytes of <paramref name="record"/> from <paramref name="offset"/> durably; false on failure.</summary>
        /// <param name="record">The record (see <see cref="MacStateRecord"/>).</param>
        /// <param name="offset">Its first byte.</param>
        /// <param name="count">Its length.</param>
        bool Save(byte[] record, int offset, int count);

        /// <summary>
        /// Copies the last record saved into <paramref name="buffer"/> from <paramref name="offset"/> and returns its
        /// length: 0 when nothing has ever been saved, −1 when the medium could not be read or the record is longer than
        /// <paramref name="capacity"/>. A store that keeps two slots returns the newest one that is intact.
        /// </summary>
        /// <param name="buffer">Receives the record.</param>
        /// <param name="offset">Where it starts.</param>
        /// <param name="capacity">Bytes available from <paramref name="offset"/>.</param>
        int Load(byte[] buffer, int offset, int capacity);
    }
}
