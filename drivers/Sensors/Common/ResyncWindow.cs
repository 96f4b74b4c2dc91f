// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>
    /// The byte window the UART frame decoders slide over the stream: bytes are appended one at a time, and a window
    /// that cannot start a valid frame loses only its first byte, so decoding resynchronises inside garbage and after
    /// truncated frames. Fixed size, allocation-free after construction.
    /// </summary>
    internal sealed class ResyncWindow
    {
        /// <summary>Creates a window holding at most <paramref name="capacity"/> bytes (the longest frame).</summary>
        public ResyncWindow(int capacity)
        {
            Bytes = new byte[capacity];
        }

        /// <summary>The window; valid from index 0 to <see cref="Count"/> - 1.</summary>
        public byte[] Bytes { get; }

        /// <summary>Bytes currently in the window.</summary>
        public int Count { get; private set; }

        /// <summary>Appends one byte; the decoder keeps the window below capacity by dropping or completing frames.</summary>
        public void Append(byte value)
        {
            Bytes[Count++] = value;
        }

        /// <summary>Removes the first <paramref name="bytes"/> bytes (1 on a mismatch, a whole frame once decoded).</summary>
        public void Drop(int bytes)
        {
            for (int i = bytes; i < Count; i++)
            {
                Bytes[i - bytes] = Bytes[i];
            }

            Count -= bytes;
        }

        /// <summary>Empties the window.</summary>
        public void Clear()
        {
            Count = 0;
        }
    }
}
