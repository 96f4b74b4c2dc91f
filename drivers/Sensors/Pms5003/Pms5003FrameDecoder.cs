// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Pms5003
{
    /// <summary>
    /// Streaming decoder for PMS5003 frames (data manual V2.3, "Transport protocol – active mode"):
    /// start characters 0x42 0x4D, frame length (u16 big-endian, 2×13 data + 2 = 28), 13 data words, check code
    /// (u16 big-endian) = sum of every preceding byte. Command answers use the same envelope with length 4.
    /// A sliding window drops one byte at a time on a bad start, bad length or bad check code, so it
    /// resynchronises inside garbage and after truncated frames.
    /// </summary>
    public sealed class Pms5003FrameDecoder
    {
        /// <summary>Length of a measurement frame in bytes.</summary>
        public const int MeasurementFrameLength = 32;

        /// <summary>First start character.</summary>
        public const byte StartCharacter1 = 0x42;

        /// <summary>Second start character.</summary>
        public const byte StartCharacter2 = 0x4D;

        /// <summary>Frame-length field of a measurement frame: 2 × 13 data bytes + 2 check bytes.</summary>
        public const int MeasurementLengthField = 28;

        /// <summary>Frame-length field of a command answer.</summary>
        public const int AnswerLengthField = 4;

        private const int HeaderLength = 4;

        private readonly ResyncWindow _window = new ResyncWindow(MeasurementFrameLength);
        private readonly byte[] _frame = new byte[MeasurementFrameLength];

        /// <summary>Frames with a valid envelope whose check code did not match, since the last <see cref="Reset"/>.</summary>
        public int ChecksumErrors { get; private set; }

        /// <summary>The last complete frame (valid until the next frame completes).</summary>
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

        /// <summary>Feeds one received byte.</summary>
        /// <param name="value">The byte.</param>
        /// <returns>The kind of frame this byte completed, if any; the frame is then in <see cref="Frame"/>.</returns>
        public Pms5003FrameKind Push(byte value)
        {
            _window.Append(value);
            byte[] window = _window.Bytes;
            while (_window.Count > 0)
            {
                if (window[0] != StartCharacter1)
                {
                    _window.Drop(1);
                    continue;
                }

                if (_window.Count < 2)
                {
                    return Pms5003FrameKind.None;
                }

                if (window[1] != StartCharacter2)
                {
                    _window.Drop(1);
                    continue;
                }

                if (_window.Count < HeaderLength)
                {
                    return Pms5003FrameKind.None;
                }

                int lengthField = (window[2] << 8) | window[3];
                if (lengthField != MeasurementLengthField && lengthField != AnswerLengthField)
                {
                    _window.Drop(1);
                    continue;
                }

                int total = HeaderLength + lengthField;
                if (_window.Count < total)
                {
                    return Pms5003FrameKind.None;
                }

                int expected = (window[total - 2] << 8) | window[total - 1];
                if (Checksum(window, 0, total - 2) == expected)
                {
                    System.Array.Copy(window, 0, _frame, 0, total);
                    _window.Drop(total);
                    return lengthField == MeasurementLengthField ? Pms5003FrameKind.Measurement : Pms5003FrameKind.CommandAnswer;
                }

                ChecksumErrors++;
                _window.Drop(1);
            }

            return Pms5003FrameKind.None;
        }

        /// <summary>Check code: the 16-bit sum of <paramref name="count"/> bytes.</summary>
        /// <param name="buffer">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The sum modulo 65536.</returns>
        public static int Checksum(byte[] buffer, int offset, int count)
        {
            int sum = 0;
            for (int i = 0; i < count; i++)
            {
                sum += buffer[offset + i];
            }

            return sum & 0xFFFF;
        }

        /// <summary>Reads data word <paramref name="index"/> (1-based, as in the data manual: Data 1 … Data 13) of the last frame.</summary>
        /// <param name="index">Word number, 1..13.</param>
        /// <returns>The unsigned 16-bit big-endian value.</returns>
        public int DataWord(int index)
        {
            int offset = HeaderLength + (2 * (index - 1));
            return (_frame[offset] << 8) | _frame[offset + 1];
        }

    }
}
