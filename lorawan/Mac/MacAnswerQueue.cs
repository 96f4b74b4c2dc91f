// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// MAC commands waiting for the next uplink, in the order they were queued: answers to downlink requests and
    /// the requests the application asked for (LinkCheckReq, DeviceTimeReq). Preallocated; nothing allocates.
    /// <para>
    /// Ordinary entries leave the queue once an uplink carried them. Sticky entries (RXParamSetupAns,
    /// RXTimingSetupAns, DlChannelAns; LoRaWAN L2 1.0.4 §5.4, §5.6, §5.7) stay and are repeated in every uplink
    /// until a class-A downlink is received (<see cref="OnDownlinkReceived"/>).
    /// </para>
    /// </summary>
    [HotPath]
    public sealed class MacAnswerQueue
    {
        /// <summary>Bytes the queue holds; more than a 242-byte downlink full of requests can ask for in answers that still fit an uplink.</summary>
        public const int CapacityBytes = 128;

        /// <summary>Entries the queue holds.</summary>
        public const int CapacityEntries = 64;

        private readonly byte[] _bytes = new byte[CapacityBytes];
        private readonly byte[] _entrySize = new byte[CapacityEntries];
        private readonly bool[] _entrySticky = new bool[CapacityEntries];
        private readonly bool[] _entrySent = new bool[CapacityEntries];
        private int _count;
        private int _length;

        /// <summary>Queued entries.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Queued bytes (all entries, CIDs included).</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>Number of sticky entries queued.</summary>
        public int StickyCount
        {
            get
            {
                int sticky = 0;
                for (int i = 0; i < _count; i++)
                {
                    if (_entrySticky[i]) { sticky++; }
                }

                return sticky;
            }
        }

        /// <summary>Appends one encoded command; false (and nothing queued) when the queue is full.</summary>
        /// <param name="source">Buffer holding the command, CID first.</param>
        /// <param name="offset">Its first byte.</param>
        /// <param name="size">Its size in bytes, 1..6.</param>
        /// <param name="sticky">Repeat until a downlink arrives.</param>
        public bool Add(byte[] source, int offset, int size, bool sticky)
        {
            if (size <= 0 || size > 1 + MacCommandLength.PayloadMax || _count == CapacityEntries || _length + size > CapacityBytes)
            {
                return false;
            }

            System.Array.Copy(source, offset, _bytes, _length, size);
            _entrySize[_count] = (byte)size;
            _entrySticky[_count] = sticky;
            _entrySent[_count] = false;
            _count++;
            _length += size;
            return true;
        }

        /// <summary>True when an entry with this CID is queued.</summary>
        /// <param name="cid">The command looked for.</param>
        public bool Contains(Cid cid)
        {
            int position = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_bytes[position] == (byte)cid) { return true; }
                position += _entrySize[i];
            }

            return false;
        }

        /// <summary>
        /// Copies whole entries, in order, into <paramref name="destination"/> until the next one would exceed
        /// <paramref name="maxBytes"/>. Returns the bytes written; <paramref name="entries"/> tells how many entries
        /// that was (pass it to <see cref="OnSent"/> once the uplink has gone out).
        /// </summary>
        /// <param name="destination">FOpts or an FPort-0 payload buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <param name="maxBytes">Room available.</param>
        /// <param name="entries">Entries written.</param>
        public int WriteTo(byte[] destination, int offset, int maxBytes, out int entries)
        {
            int written = 0;
            entries = 0;
            while (entries < _count && written + _entrySize[entries] <= maxBytes)
            {
                System.Array.Copy(_bytes, written, destination, offset + written, _entrySize[entries]);
                written += _entrySize[entries];
                entries++;
            }

            return written;
        }

        /// <summary>
        /// True when some entry has not been transmitted yet. When only sticky answers that already went out are
        /// left, an application payload that has no room for them may go without them (they follow in a later
        /// uplink), so a sticky answer cannot starve the application at a small data rate.
        /// </summary>
        public bool HasUnsentEntries
        {
            get
            {
                for (int i = 0; i < _count; i++)
                {
                    if (!_entrySent[i]) { return true; }
                }

                return false;
            }
        }

        /// <summary>Drops the non-sticky entries among the first <paramref name="entries"/> (they have been transmitted) and marks the sticky ones as sent.</summary>
        /// <param name="entries">Number returned by <see cref="WriteTo"/>.</param>
        public void OnSent(int entries)
        {
            for (int i = 0; i < entries && i < _count; i++)
            {
                _entrySent[i] = true;
            }

            RemoveWhere(entries, false);
        }

        /// <summary>A class-A downlink was received: sticky answers have been heard and stop repeating.</summary>
        public void OnDownlinkReceived()
        {
            RemoveWhere(_count, true);
        }

        /// <summary>Empties the queue (new session).</summary>
        public void Clear()
        {
            _count = 0;
            _length = 0;
        }

        /// <summary>Bytes <see cref="WriteState"/> needs: counts, sizes, flags and the queued bytes.</summary>
        public int StateLength
        {
            get { return 2 + _count + _length; }
        }

        /// <summary>Writes the queue (for deep sleep): count, length, then per entry size | sent&lt;&lt;6 | sticky&lt;&lt;7, then the bytes. Returns bytes written.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        public int WriteState(byte[] buffer, int offset)
        {
            int position = offset;
            buffer[position++] = (byte)_count;
            buffer[position++] = (byte)_length;
            for (int i = 0; i < _count; i++)
            {
                buffer[position++] = (byte)(_entrySize[i] | (_entrySent[i] ? 0x40 : 0) | (_entrySticky[i] ? 0x80 : 0));
            }

            System.Array.Copy(_bytes, 0, buffer, position, _length);
            return position + _length - offset;
        }

        /// <summary>Restores what <see cref="WriteState"/> wrote; returns bytes read, or -1 when the data is inconsistent (queue left empty).</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="available">Bytes available from <paramref name="offset"/>.</param>
        public int ReadState(byte[] buffer, int offset, int available)
        {
            Clear();
            if (available < 2) { return -1; }
            int count = buffer[offset];
            int length = buffer[offset + 1];
            if (count > CapacityEntries || length > CapacityBytes || available < 2 + count + length) { return -1; }
            int sum = 0;
            for (int i = 0; i < count; i++)
            {
                byte packed = buffer[offset + 2 + i];
                _entrySize[i] = (byte)(packed & 0x3F);
                _entrySent[i] = (packed & 0x40) != 0;
                _entrySticky[i] = (packed & 0x80) != 0;
                sum += _entrySize[i];
            }

            if (sum != length) { return -1; }
            System.Array.Copy(buffer, offset + 2 + count, _bytes, 0, length);
            _count = count;
            _length = length;
            return 2 + count + length;
        }

        private void RemoveWhere(int firstEntries, bool sticky)
        {
            int read = 0;
            int write = 0;
            int kept = 0;
            for (int i = 0; i < _count; i++)
            {
                int size = _entrySize[i];
                bool remove = i < firstEntries && _entrySticky[i] == sticky;
                if (!remove)
                {
                    if (write != read) { System.Array.Copy(_bytes, read, _bytes, write, size); }
                    _entrySize[kept] = (byte)size;
                    _entrySticky[kept] = _entrySticky[i];
                    _entrySent[kept] = _entrySent[i];
                    kept++;
                    write += size;
                }

                read += size;
            }

            _count = kept;
            _length = write;
        }
    }
}
