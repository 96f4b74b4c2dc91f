// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Region
{
    /// <content>The plan as a versioned byte record (every wake is a reboot).</content>
    public sealed partial class ChannelPlan
    {
        /// <summary>PHYPayload bytes around the MACPayload: MHDR 1 + MIC 4 (LoRaWAN L2 1.0.4 §4.1).</summary>
        public const int PhyPayloadOverhead = 5;

        /// <summary>Writes the plan (at most <see cref="MaxSerializedLength"/> bytes) and returns the count written.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where to start.</param>
        public int WriteTo(byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException();
            }

            int length = SerializedLength;
            if (offset < 0 || offset + length > buffer.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            int position = offset;
            buffer[position++] = SerializationVersion;
            buffer[position++] = (byte)_region.Id;
            buffer[position++] = (byte)((_uplinkDwellTime ? 1 : 0) | (_downlinkDwellTime ? 2 : 0));
            buffer[position++] = (byte)(sbyte)_maxEirpDbm;
            buffer[position++] = (byte)_joinStartDataRate;
            for (int word = 0; word < MaskWords; word++)
            {
                LittleEndian.WriteUInt16(buffer, position, _mask[word]);
                position += 2;
            }

            if (!_region.IsFixedChannelPlan)
            {
                for (int channel = 0; channel < _frequencyHz.Length; channel++)
                {
                    LittleEndian.WriteUInt24(buffer, position, (uint)(_frequencyHz[channel] / FrequencyUnitHz));
                    LittleEndian.WriteUInt24(buffer, position + 3, (uint)(_downlinkFrequencyHz[channel] / FrequencyUnitHz));
                    buffer[position + 6] = (byte)(_minDataRate[channel] | (_maxDataRate[channel] << 4));
                    position += ChannelRecordLength;
                }
            }

            return position - offset;
        }

        /// <summary>Bytes <see cref="WriteTo"/> writes: 127 for EU-like plans, 15 for fixed plans.</summary>
        public int SerializedLength => HeaderLength + (_region.IsFixedChannelPlan ? 0 : _frequencyHz.Length * ChannelRecordLength);

        /// <summary>
        /// Restores what <see cref="WriteTo"/> wrote. Returns the bytes read, or −1 (plan unchanged) for a short
        /// record, another version or another region.
        /// </summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Where the record starts.</param>
        /// <param name="count">Bytes available from <paramref name="offset"/>.</param>
        public int ReadFrom(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException();
            }

            int length = SerializedLength;
            if (offset < 0 || count < length || offset + length > buffer.Length
                || buffer[offset] != SerializationVersion || buffer[offset + 1] != (byte)_region.Id)
            {
                return -1;
            }

            int position = offset + 2;
            int flags = buffer[position++];
            _uplinkDwellTime = (flags & 1) != 0;
            _downlinkDwellTime = (flags & 2) != 0;
            _maxEirpDbm = (sbyte)buffer[position++];
            _joinStartDataRate = buffer[position++];
            for (int word = 0; word < MaskWords; word++)
            {
                _mask[word] = LittleEndian.ReadUInt16(buffer, position);
                position += 2;
            }

            if (!_region.IsFixedChannelPlan)
            {
                for (int channel = 0; channel < _frequencyHz.Length; channel++)
                {
                    _frequencyHz[channel] = LittleEndian.ReadUInt24(buffer, position) * FrequencyUnitHz;
                    _downlinkFrequencyHz[channel] = LittleEndian.ReadUInt24(buffer, position + 3) * FrequencyUnitHz;
                    _minDataRate[channel] = (byte)(buffer[position + 6] & 0x0F);
                    _maxDataRate[channel] = (byte)(buffer[position + 6] >> 4);
                    position += ChannelRecordLength;
                }
            }

            CopyMask(_mask, _pendingMask);
            return position - offset;
        }
    }
}
