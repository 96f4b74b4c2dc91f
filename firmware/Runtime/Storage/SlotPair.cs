// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.Runtime.Storage
{
    /// <summary>
    /// One record kept power-loss-safe in two storage slots (A/B). Every save goes to the slot that does NOT hold
    /// the newest valid record, with the sequence number one higher, so a torn write can only damage the copy
    /// that was already superseded. Load reads both slots and keeps the valid record with the highest sequence
    /// number. Record layout (little-endian):
    /// <code>
    /// 0  magic (2)             chosen by the owner ('S' 'T' state, 'C' 'F' configuration)
    /// 2  payload version (1)   the owner's format version
    /// 3  flags (1)             the owner's flags
    /// 4  sequence number (4)   compared with wrap-around (serial-number arithmetic, RFC 1982 §3.2)
    /// 8  payload length (2)
    /// 10 payload
    /// .. CRC-32 (IEEE 802.3) of every byte before it (4)
    /// </code>
    /// A slot is valid when its magic matches, the length fits what was read and the CRC matches: erased flash
    /// (0xFF), a truncated file and a torn tail all fail one of those. The payload lives in <see cref="Image"/>
    /// from <see cref="PayloadOffset"/>; the owner fills it in place before <see cref="Save"/>, and reads it there
    /// after <see cref="Load"/>. Nothing is allocated after construction.
    /// </summary>
    public sealed class SlotPair
    {
        /// <summary>Bytes before the payload.</summary>
        public const int PayloadOffset = 10;

        /// <summary>Bytes a record adds to its payload (header and CRC).</summary>
        public const int OverheadBytes = PayloadOffset + CrcLength;

        private const int CrcLength = 4;
        private const int NoSlot = -1;

        private readonly IPersistentStorage storage;
        private readonly int slotA;
        private readonly int slotB;
        private readonly byte magic0;
        private readonly byte magic1;
        private readonly int maxPayloadBytes;
        private readonly byte[] image;
        private readonly byte[] scratch;

        private int currentSlot = NoSlot;
        private uint currentSequence;

        /// <summary>Creates the pair; allocates its two record buffers once.</summary>
        /// <param name="storage">The slots.</param>
        /// <param name="slotA">First slot number.</param>
        /// <param name="slotB">Second slot number.</param>
        /// <param name="magic0">First magic byte.</param>
        /// <param name="magic1">Second magic byte.</param>
        /// <param name="maxPayloadBytes">Largest payload the owner will save.</param>
        public SlotPair(IPersistentStorage storage, int slotA, int slotB, byte magic0, byte magic1, int maxPayloadBytes)
        {
            if (storage == null)
            {
                throw new ArgumentNullException(nameof(storage));
            }

            if (slotA == slotB || maxPayloadBytes <= 0 || maxPayloadBytes > 0xFFFF
                || maxPayloadBytes + OverheadBytes > storage.SlotCapacityBytes)
            {
                throw new ArgumentOutOfRangeException(nameof(maxPayloadBytes));
            }

            this.storage = storage;
            this.slotA = slotA;
            this.slotB = slotB;
            this.magic0 = magic0;
            this.magic1 = magic1;
            this.maxPayloadBytes = maxPayloadBytes;
            image = new byte[maxPayloadBytes + OverheadBytes];
            scratch = new byte[maxPayloadBytes + OverheadBytes];
        }

        /// <summary>The record buffer: payload from <see cref="PayloadOffset"/>, at most <see cref="MaxPayloadBytes"/>.</summary>
        public byte[] Image => image;

        /// <summary>Largest payload.</summary>
        public int MaxPayloadBytes => maxPayloadBytes;

        /// <summary>Payload length of the loaded or last saved record.</summary>
        public int PayloadLength { get; private set; }

        /// <summary>Payload version of the loaded record.</summary>
        public byte LoadedVersion { get; private set; }

        /// <summary>Flags of the loaded record.</summary>
        public byte LoadedFlags { get; private set; }

        /// <summary>Sequence number of the newest valid record (0 when none).</summary>
        public uint Sequence => currentSequence;

        /// <summary>True when a valid record was found by <see cref="Load"/> or written by <see cref="Save"/>.</summary>
        public bool HasRecord => currentSlot != NoSlot;

        /// <summary>Slots that held no valid record at the last <see cref="Load"/> (0, 1 or 2): a torn or erased copy.</summary>
        public int InvalidSlotsAtLoad { get; private set; }

        /// <summary>
        /// Reads both slots and keeps the newest valid record in <see cref="Image"/>. Returns
        /// <see cref="StoreStatus.Ok"/>, <see cref="StoreStatus.NoRecord"/> (neither slot valid: factory state) or
        /// <see cref="StoreStatus.StorageFailed"/> (a read of either slot failed for another reason than an empty slot:
        /// the newest record might be the unreadable one, so nothing is chosen).
        /// </summary>
        [HotPath]
        public StoreStatus Load()
        {
            currentSlot = NoSlot;
            currentSequence = 0;
            PayloadLength = 0;
            InvalidSlotsAtLoad = 0;

            int lengthA;
            StorageStatus readA = storage.Read(slotA, scratch, 0, scratch.Length, out lengthA);
            bool validA = readA == StorageStatus.Ok && IsValid(scratch, lengthA);
            uint sequenceA = validA ? LittleEndian.ReadUInt32(scratch, 4) : 0;

            int lengthB;
            StorageStatus readB = storage.Read(slotB, image, 0, image.Length, out lengthB);
            bool validB = readB == StorageStatus.Ok && IsValid(image, lengthB);
            uint sequenceB = validB ? LittleEndian.ReadUInt32(image, 4) : 0;

            // A slot that could not be read may hold the newest record: picking the other one could bring back
            // older counters, so refuse to choose.
            if ((readA != StorageStatus.Ok && readA != StorageStatus.Empty) || (readB != StorageStatus.Ok && readB != StorageStatus.Empty))
            {
                return StoreStatus.StorageFailed;
            }

            if (!validA)
            {
                InvalidSlotsAtLoad++;
            }

            if (!validB)
            {
                InvalidSlotsAtLoad++;
            }

            if (validA && (!validB || IsNewer(sequenceA, sequenceB)))
            {
                Array.Copy(scratch, 0, image, 0, PayloadOffset + LittleEndian.ReadUInt16(scratch, 8) + CrcLength);
                currentSlot = slotA;
                currentSequence = sequenceA;
            }
            else if (validB)
            {
                currentSlot = slotB;
                currentSequence = sequenceB;
            }
            else
            {
                return StoreStatus.NoRecord;
            }

            PayloadLength = LittleEndian.ReadUInt16(image, 8);
            LoadedVersion = image[2];
            LoadedFlags = image[3];
            return StoreStatus.Ok;
        }

        /// <summary>
        /// Writes the payload now in <see cref="Image"/> as the next record, to the slot that does not hold the
        /// newest valid one. On failure the previous record stays the newest (the next save targets the same slot).
        /// </summary>
        /// <param name="payloadLength">Payload bytes in <see cref="Image"/> from <see cref="PayloadOffset"/>.</param>
        /// <param name="version">Payload version.</param>
        /// <param name="flags">Owner's flags.</param>
        [HotPath]
        public StoreStatus Save(int payloadLength, byte version, byte flags)
        {
            if (payloadLength < 0 || payloadLength > maxPayloadBytes)
            {
                return StoreStatus.SectionTooLarge;
            }

            int target = currentSlot == slotA ? slotB : slotA;
            uint sequence = currentSequence + 1;
            image[0] = magic0;
            image[1] = magic1;
            image[2] = version;
            image[3] = flags;
            LittleEndian.WriteUInt32(image, 4, sequence);
            LittleEndian.WriteUInt16(image, 8, (ushort)payloadLength);
            int crcOffset = PayloadOffset + payloadLength;
            LittleEndian.WriteUInt32(image, crcOffset, Crc32.Compute(image, 0, crcOffset));
            if (storage.Write(target, image, 0, crcOffset + CrcLength) != StorageStatus.Ok)
            {
                return StoreStatus.StorageFailed;
            }

            currentSlot = target;
            currentSequence = sequence;
            PayloadLength = payloadLength;
            LoadedVersion = version;
            LoadedFlags = flags;
            return StoreStatus.Ok;
        }

        /// <summary>Record length of a save with <paramref name="payloadLength"/> payload bytes.</summary>
        /// <param name="payloadLength">Payload bytes.</param>
        public static int RecordLength(int payloadLength) => payloadLength + OverheadBytes;

        /// <summary>True when <paramref name="candidate"/> is newer than <paramref name="reference"/> (wraps at 2^32).</summary>
        /// <param name="candidate">Sequence number tested.</param>
        /// <param name="reference">Sequence number compared against.</param>
        public static bool IsNewer(uint candidate, uint reference) => (int)(candidate - reference) > 0;

        private bool IsValid(byte[] record, int length)
        {
            if (length < OverheadBytes || record[0] != magic0 || record[1] != magic1)
            {
                return false;
            }

            int payloadLength = LittleEndian.ReadUInt16(record, 8);
            if (payloadLength > maxPayloadBytes || PayloadOffset + payloadLength + CrcLength > length)
            {
                return false;
            }

            int crcOffset = PayloadOffset + payloadLength;
            return LittleEndian.ReadUInt32(record, crcOffset) == Crc32.Compute(record, 0, crcOffset);
        }
    }
}
