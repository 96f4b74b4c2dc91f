// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Sds011
{
    /// <summary>
    /// Streaming decoder for SDS011 sensor-to-host frames (Laser Dust Sensor Control Protocol V1.3, section 1):
    /// 10 bytes <c>AA CMD d1 d2 d3 d4 d5 d6 CS AB</c>, CMD = 0xC0 (measurement: PM2.5 and PM10 as u16 little-endian
    /// in 0.1 µg/m³, then the device ID) or 0xC5 (reply to a host command), CS = (d1 + … + d6) &amp; 0xFF.
    /// A sliding window drops one byte on any mismatch, so it resynchronises on garbage and truncated frames.
    /// </summary>
    public sealed class Sds011FrameDecoder
    {
        /// <summary>Frame length in bytes.</summary>
        public const int FrameLength = 10;

        /// <summary>Message header.</summary>
        public const byte Head = 0xAA;

        /// <summary>Message tail.</summary>
        public const byte Tail = 0xAB;

        /// <summary>Commander number of a measurement frame.</summary>
        public const byte MeasurementCommand = 0xC0;

        /// <summary>Commander number of a reply to a host command.</summary>
        public const byte ReplyCommand = 0xC5;

        private readonly ResyncWindow _window = new ResyncWindow(FrameLength);
        private readonly byte[] _frame = new byte[FrameLength];

        /// <summary>Frames with a valid envelope whose checksum did not match, since the last <see cref="Reset"/>.</summary>
        public int ChecksumErrors { get; private set; }

        /// <summary>The last complete frame.</summary>
        public byte[] Frame
        {
            get { return _frame; }
        }

        /// <summary>Forgets any partial frame and the error count.</summary>
        public void Reset()
        {
            _window.Clear();
            ChecksumErrors = 0;
        }

        /// <summary>Feeds one byte.</summary>
        /// <param name="value">The byte.</param>
        /// <returns>True when a valid frame completed; it is then in <see cref="Frame"/>.</returns>
        public bool Push(byte value)
        {
            _window.Append(value);
            byte[] window = _window.Bytes;
            while (_window.Count > 0)
            {
                if (window[0] != Head)
                {
                    _window.Drop(1);
                    continue;
                }

                if (_window.Count < 2)
                {
                    return false;
                }

                if (window[1] != MeasurementCommand && window[1] != ReplyCommand)
                {
                    _window.Drop(1);
                    continue;
                }

                if (_window.Count < FrameLength)
                {
                    return false;
                }

                if (window[FrameLength - 1] == Tail && Checksum(window, 2, 6) == window[8])
                {
                    System.Array.Copy(window, 0, _frame, 0, FrameLength);
                    _window.Clear();
                    return true;
                }

                if (window[FrameLength - 1] == Tail)
                {
                    ChecksumErrors++;
                }

                _window.Drop(1);
            }

            return false;
        }

        /// <summary>The 8-bit sum used by the protocol in both directions.</summary>
        /// <param name="buffer">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The low byte of the sum.</returns>
        public static byte Checksum(byte[] buffer, int offset, int count)
        {
            int sum = 0;
            for (int i = 0; i < count; i++)
            {
                sum += buffer[offset + i];
            }

            return (byte)(sum & 0xFF);
        }

    }
}
