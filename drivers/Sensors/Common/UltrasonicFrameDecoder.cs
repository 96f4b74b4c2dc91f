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

        private readonly byte[] _window = new byte[FrameLength];
        private int _count;

        /// <summary>Frames that started with 0xFF but failed their checksum since the last <see cref="Reset"/>.</summary>
        public int ChecksumErrors { get; private set; }

        /// <summary>Forgets any partial frame and the error count.</summary>
        public void Reset()
        {
            _count = 0;
            ChecksumErrors = 0;
        }

        /// <summary>Feeds one received byte.</summary>
        /// <param name="value">The byte.</param>
        /// <param name="distanceMillimetres">The decoded distance when the method returns true.</param>
        /// <returns>True when this byte completed a valid frame.</returns>
        public bool Push(byte value, out int distanceMillimetres)
        {
            distanceMillimetres = 0;
            _window[_count++] = value;
            while (_count > 0)
            {
                if (_window[0] != StartByte)
                {
                    Drop();
                    continue;
                }

                if (_count < FrameLength)
                {
                    return false;
                }

                if (ChecksumOf(_window[1], _window[2]) == _window[3])
                {
                    distanceMillimetres = (_window[1] << 8) | _window[2];
                    _count = 0;
                    return true;
                }

                ChecksumErrors++;
                Drop();
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

        private void Drop()
        {
            for (int i = 1; i < _count; i++)
            {
                _window[i - 1] = _window[i];
            }

            _count--;
        }
    }
}
