// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// Walks a MAC command sequence (FOpts, or the decrypted FRMPayload of an FPort-0 frame) one command at a time
    /// without copying or allocating. It stops at the first unknown CID (LoRaWAN L2 1.0.4 §5) and at a command
    /// whose payload is cut off, and reports which of the two happened and how many bytes were valid.
    /// </summary>
    [HotPath]
    public sealed class MacCommandReader
    {
        private byte[] _buffer;
        private int _position;
        private int _end;
        private bool _uplink;

        /// <summary>Starts a walk over <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        /// <param name="buffer">The sequence.</param>
        /// <param name="offset">Its first byte.</param>
        /// <param name="length">Its length in bytes.</param>
        /// <param name="uplink">Direction: true when the sequence travels end-device to network (answers, LinkCheckReq, DeviceTimeReq).</param>
        public void Reset(byte[] buffer, int offset, int length, bool uplink)
        {
            _buffer = buffer;
            _position = offset;
            _end = offset + length;
            _uplink = uplink;
            Status = MacParseStatus.Ok;
            CommandCount = 0;
            ParsedLength = 0;
            CommandOffset = offset;
            CommandSize = 0;
        }

        /// <summary>The current command's identifier (valid after <see cref="MoveNext"/> returned true).</summary>
        public Cid Cid { get; private set; }

        /// <summary>Index of the current command's CID byte in the buffer.</summary>
        public int CommandOffset { get; private set; }

        /// <summary>Size of the current command, CID byte included.</summary>
        public int CommandSize { get; private set; }

        /// <summary>Ok while walking and after a complete walk; otherwise why the walk stopped early.</summary>
        public MacParseStatus Status { get; private set; }

        /// <summary>Complete, known commands returned so far.</summary>
        public int CommandCount { get; private set; }

        /// <summary>Bytes covered by those commands.</summary>
        public int ParsedLength { get; private set; }

        /// <summary>The byte buffer being walked.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Advances to the next command. False at the end of the sequence or when the walk stopped (see <see cref="Status"/>).</summary>
        public bool MoveNext()
        {
            if (Status != MacParseStatus.Ok || _buffer == null || _position >= _end)
            {
                return false;
            }

            byte cid = _buffer[_position];
            int payloadLength = MacCommandLength.Payload(cid, _uplink);
            if (payloadLength == MacCommandLength.Unknown)
            {
                Status = MacParseStatus.UnknownCid;
                return false;
            }

            if (_position + 1 + payloadLength > _end)
            {
                Status = MacParseStatus.Truncated;
                return false;
            }

            Cid = (Cid)cid;
            CommandOffset = _position;
            CommandSize = 1 + payloadLength;
            _position += CommandSize;
            ParsedLength += CommandSize;
            CommandCount++;
            return true;
        }

        /// <summary>The CID of the command after the current one, or -1 when there is none or it is incomplete/unknown.</summary>
        public int PeekNextCid()
        {
            if (Status != MacParseStatus.Ok || _buffer == null || _position >= _end)
            {
                return -1;
            }

            byte cid = _buffer[_position];
            int payloadLength = MacCommandLength.Payload(cid, _uplink);
            if (payloadLength == MacCommandLength.Unknown || _position + 1 + payloadLength > _end)
            {
                return -1;
            }

            return cid;
        }
    }
}
