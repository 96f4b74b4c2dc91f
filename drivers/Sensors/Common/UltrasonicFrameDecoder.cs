// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>
    /// Streaming decoder for the 4-byte UART frame shared by the DFRobot A02YYUW and the JSN-SR04T v3 in UART mode:
    /// <c>FF H L SUM</c>, distance = H·256 + L millimetres, SUM = (0xFF + H + L) &amp; 0xFF
    /// (DFRobot SEN0311 wiki "Communication protocol"; JSN-SR04T v3.0 mode description, qariya.net product page).
    /// It keeps a 4-byte sliding window, so it resynchronises on garbage and on a data byte that happens to be 0xFF:
    /// a window that does not start with 0xFF or fails its checksum loses only its first byte.
    /// </summary>
    public sealed class UltrasonicFrameDecoder
    {
        /// <summary>Frame length in bytes.</summary>
        public const int FrameLength = 4;

        /// <summary>First byte of every frame.</summary>
        public const byte StartByte = 0xFF;

        private readonly ResyncWindow _window = new ResyncWindow(FrameLength);

        /// <summary>Frames that started with 0xFF but failed their checksum since the last <see cref="Reset"/>.</summary>
        public int ChecksumErrors { get; private set; }

        /// <summary>Forgets any partial frame and the error count.</summary>
        public void Reset()
        {
            _window.Clear();
            ChecksumErrors = 0;
        }

        /// <summary>Feeds one received byte.</summary>
        /// <param name="value">The byte.</param>
        /// <param name="distanceMillimetres">The decoded distance when the method returns true.</param>
        /// <returns>True when this byte completed a valid frame.</returns>
        public bool Push(byte value, out int distanceMillimetres)
        {
            distanceMillimetres = 0;
            _window.Append(value);
            byte[] window = _window.Bytes;
            while (_window.Count > 0)
            {
                if (window[0] != StartByte)
                {
                    _window.Drop(1);
                    continue;
                }

                if (_window.Count < FrameLength)
                {
                    return false;
                }

                if (ChecksumOf(window[1], window[2]) == window[3])
                {
                    distanceMillimetres = (window[1] << 8) | window[2];
                    _window.Clear();
                    return true;
                }

                ChecksumErrors++;
                _window.Drop(1);
            }

            return false;
        }

        /// <summary>The frame checksum: low byte of 0xFF + <paramref name="high"/> + <paramref name="low"/>.</summary>
        /// <param name="high">Distance high byte.</param>
        /// <param name="low">Distance low byte.</param>
        /// <returns>The checksum byte.</returns>
        public static byte ChecksumOf(byte high, byte low)
        {
            return (byte)((StartByte + high + low) & 0xFF);
        }

    }
}
