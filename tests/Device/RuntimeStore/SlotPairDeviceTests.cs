// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.Runtime.Storage;

namespace SmartCityNodes.DeviceTests.RuntimeStore
{
    /// <summary>
    /// One record in two slots, on the device's own runtime, against the layout documented in
    /// firmware/Runtime/Storage/SlotPair.cs and docs/persistent-state.md (little-endian: 0 magic (2), 2 version, 3 flags,
    /// 4 sequence (4), 8 payload length (2), 10 payload, then CRC-32 (IEEE 802.3) of every byte before it): saves
    /// alternate between the slots, load keeps the valid record with the newest sequence number (RFC 1982 wrap-around), a
    /// torn or damaged copy falls back to the other one, and neither valid is the documented NoRecord.
    /// </summary>
    [TestClass]
    public class SlotPairDeviceTests
    {
        private const int SlotA = 0;
        private const int SlotB = 1;
        private const byte Magic0 = 0x44; // 'D'
        private const byte Magic1 = 0x54; // 'T'
        private const int MaxPayloadBytes = 16;

        // Each test starts from empty slots of its own (the launcher keeps static fields between the tests of a class).
        private static InMemorySlotStorage storage;

        /// <summary>The first save lands in slot A with the documented bytes, and a second instance (the next boot) reads it back.</summary>
        [TestMethod]
        public void Writes_the_documented_record_and_reads_it_back()
        {
            storage = new InMemorySlotStorage(2, 64);
            SlotPair writer = NewPair();
            Assert.AreEqual((int)StoreStatus.Ok, (int)Save(writer, "C0FFEE", 3, 0x40));

            // 'D' 'T' | version 3 | flags 0x40 | sequence 1 = 01000000 | length 3 = 0300 | payload C0 FF EE
            // CRC-32 of those 13 bytes, from an independent implementation (Python: zlib.crc32(bytes.fromhex(
            // "4454034001000000" "0300C0FFEE")) = 0x5F8777B3), stored little-endian: B3 77 87 5F.
            Assert.AreEqual(17, storage.LengthOf(SlotA));
            Assert.AreEqual(HexBytes.Normalize("44 54 03 40 01000000 0300 C0FFEE B377875F"), HexBytes.Format(storage.Content(SlotA), 0, 17));
            Assert.AreEqual(0, storage.LengthOf(SlotB));

            SlotPair reader = NewPair();
            Assert.AreEqual((int)StoreStatus.Ok, (int)reader.Load());
            Assert.AreEqual(3, reader.PayloadLength);
            Assert.AreEqual("C0FFEE", HexBytes.Format(reader.Image, SlotPair.PayloadOffset, 3));
            Assert.AreEqual((byte)3, reader.LoadedVersion);
            Assert.AreEqual((byte)0x40, reader.LoadedFlags);
            Assert.AreEqual(1u, reader.Sequence);
            Assert.AreEqual(1, reader.InvalidSlotsAtLoad); // slot B was never written
        }

        /// <summary>Saves alternate A, B, A; load picks sequence 3 in A, and the next save goes to B (the superseded copy).</summary>
        [TestMethod]
        public void Load_keeps_the_newer_sequence_and_the_next_save_replaces_the_older_copy()
        {
            storage = new InMemorySlotStorage(2, 64);
            SlotPair writer = NewPair();
            Save(writer, "01", 1, 0);
            Save(writer, "02", 1, 0);
            Save(writer, "03", 1, 0);

            // Sequence numbers at bytes 4..7 of each slot, little-endian.
            Assert.AreEqual("03000000", HexBytes.Format(storage.Content(SlotA), 4, 4));
            Assert.AreEqual("02000000", HexBytes.Format(storage.Content(SlotB), 4, 4));

            SlotPair reader = NewPair();
            Assert.AreEqual((int)StoreStatus.Ok, (int)reader.Load());
            Assert.AreEqual("03", HexBytes.Format(reader.Image, SlotPair.PayloadOffset, 1));
            Assert.AreEqual(3u, reader.Sequence);

            Assert.AreEqual((int)StoreStatus.Ok, (int)Save(reader, "04", 1, 0));
            Assert.AreEqual("04000000", HexBytes.Format(storage.Content(SlotB), 4, 4));
            Assert.AreEqual("03000000", HexBytes.Format(storage.Content(SlotA), 4, 4));
        }

        /// <summary>
        /// Sequence numbers compare with wrap-around (RFC 1982 §3.2, 32-bit serial numbers): two records written by hand
        /// in the documented layout, the newer one in either slot.
        /// </summary>
        /// <param name="sequenceA">Sequence of slot A's record.</param>
        /// <param name="sequenceB">Sequence of slot B's record.</param>
        /// <param name="expectedPayload">The payload load must keep ("AA" from slot A, "BB" from slot B).</param>
        [TestMethod]
        [DataRow(7u, 8u, "BB")]
        [DataRow(9u, 8u, "AA")]
        [DataRow(0xFFFFFFFFu, 0u, "BB")] // 0 follows 2^32 − 1
        [DataRow(0u, 0xFFFFFFFEu, "AA")] // 0 is two after 2^32 − 2
        [DataRow(0x7FFFFFFFu, 0u, "AA")] // 2^31 − 1 ahead: still newer
        public void Load_compares_sequence_numbers_with_wrap_around(uint sequenceA, uint sequenceB, string expectedPayload)
        {
            storage = new InMemorySlotStorage(2, 64);
            WriteRecordByHand(SlotA, sequenceA, 0xAA);
            WriteRecordByHand(SlotB, sequenceB, 0xBB);
            SlotPair pair = NewPair();
            Assert.AreEqual((int)StoreStatus.Ok, (int)pair.Load());
            Assert.AreEqual(expectedPayload, HexBytes.Format(pair.Image, SlotPair.PayloadOffset, 1));
        }

        /// <summary>
        /// A power cut during the third save (to slot A, the superseded copy) at any byte: the save reports StorageFailed,
        /// the next boot loads the second record from slot B, and a retry goes to slot A again.
        /// </summary>
        /// <param name="bytesBeforeCut">Bytes of the 16-byte record that reached the flash.</param>
        [TestMethod]
        [DataRow(0)] // file created, nothing written
        [DataRow(9)] // inside the length
        [DataRow(12)] // payload complete, CRC missing
        [DataRow(15)] // one CRC byte missing
        public void A_torn_save_leaves_the_previous_record_in_force(int bytesBeforeCut)
        {
            SlotPair writer = SaveTwoRecords();
            storage.TearNextWriteAfter(bytesBeforeCut);
            Assert.AreEqual((int)StoreStatus.StorageFailed, (int)Save(writer, "3333", 1, 0));
            Assert.AreEqual(2u, writer.Sequence);

            SlotPair reader = NewPair();
            Assert.AreEqual((int)StoreStatus.Ok, (int)reader.Load());
            Assert.AreEqual("2222", HexBytes.Format(reader.Image, SlotPair.PayloadOffset, 2));
            Assert.AreEqual(2u, reader.Sequence);
            Assert.AreEqual(1, reader.InvalidSlotsAtLoad);

            Assert.AreEqual((int)StoreStatus.Ok, (int)Save(reader, "3333", 1, 0));
            Assert.AreEqual("03000000", HexBytes.Format(storage.Content(SlotA), 4, 4));
            Assert.AreEqual("02000000", HexBytes.Format(storage.Content(SlotB), 4, 4));
        }

        /// <summary>One flipped bit in the newest record (slot B), wherever it is, makes load fall back to the older record in A.</summary>
        /// <param name="damagedByte">Byte of slot B to damage.</param>
        [TestMethod]
        [DataRow(0)] // magic
        [DataRow(4)] // sequence
        [DataRow(8)] // payload length
        [DataRow(11)] // payload
        [DataRow(12)] // CRC
        public void A_damaged_newest_record_falls_back_to_the_other_slot(int damagedByte)
        {
            SaveTwoRecords();
            storage.FlipBit(SlotB, damagedByte);

            SlotPair reader = NewPair();
            Assert.AreEqual((int)StoreStatus.Ok, (int)reader.Load());
            Assert.AreEqual("1111", HexBytes.Format(reader.Image, SlotPair.PayloadOffset, 2));
            Assert.AreEqual(1u, reader.Sequence);
            Assert.AreEqual(1, reader.InvalidSlotsAtLoad);
        }

        /// <summary>Both copies damaged: NoRecord (the documented factory state), no record chosen, sequence 0.</summary>
        [TestMethod]
        public void Both_slots_damaged_is_no_record()
        {
            SaveTwoRecords();
            storage.FlipBit(SlotA, 10);
            storage.FlipBit(SlotB, 13);

            SlotPair reader = NewPair();
            Assert.AreEqual((int)StoreStatus.NoRecord, (int)reader.Load());
            Assert.IsFalse(reader.HasRecord);
            Assert.AreEqual(0u, reader.Sequence);
            Assert.AreEqual(2, reader.InvalidSlotsAtLoad);
        }

        /// <summary>
        /// A slot that cannot be read (I/O error, not merely empty) may hold the newest record: load refuses to choose
        /// (StorageFailed) even though the other slot is valid (docs/persistent-state.md).
        /// </summary>
        /// <param name="unreadableSlot">Slot whose reads fail.</param>
        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        public void An_unreadable_slot_is_storage_failed(int unreadableSlot)
        {
            SaveTwoRecords();
            storage.SetReadFailing(unreadableSlot, true);

            SlotPair reader = NewPair();
            Assert.AreEqual((int)StoreStatus.StorageFailed, (int)reader.Load());
            Assert.IsFalse(reader.HasRecord);
        }

        private static SlotPair NewPair()
        {
            return new SlotPair(storage, SlotA, SlotB, Magic0, Magic1, MaxPayloadBytes);
        }

        /// <summary>Fresh slots, then two saves: sequence 1 with payload 11 11 in slot A, sequence 2 with 22 22 in slot B (16-byte records).</summary>
        private static SlotPair SaveTwoRecords()
        {
            storage = new InMemorySlotStorage(2, 64);
            SlotPair writer = NewPair();
            Assert.AreEqual((int)StoreStatus.Ok, (int)Save(writer, "1111", 1, 0));
            Assert.AreEqual((int)StoreStatus.Ok, (int)Save(writer, "2222", 1, 0));
            return writer;
        }

        private static StoreStatus Save(SlotPair pair, string payloadHex, byte version, byte flags)
        {
            int length = HexBytes.ParseInto(payloadHex, pair.Image, SlotPair.PayloadOffset);
            return pair.Save(length, version, flags);
        }

        /// <summary>
        /// A one-byte-payload record laid out by the test from the documented layout; its CRC comes from Crc32, which
        /// Crc32DeviceTests checks against the catalogued CRC-32 check values.
        /// </summary>
        private static void WriteRecordByHand(int slot, uint sequence, byte payload)
        {
            byte[] record = new byte[15];
            record[0] = Magic0;
            record[1] = Magic1;
            record[2] = 1;
            record[3] = 0;
            record[4] = (byte)sequence;
            record[5] = (byte)(sequence >> 8);
            record[6] = (byte)(sequence >> 16);
            record[7] = (byte)(sequence >> 24);
            record[8] = 1;
            record[9] = 0;
            record[10] = payload;
            uint crc = Crc32.Compute(record, 0, 11);
            record[11] = (byte)crc;
            record[12] = (byte)(crc >> 8);
            record[13] = (byte)(crc >> 16);
            record[14] = (byte)(crc >> 24);
            storage.Write(slot, record, 0, record.Length);
        }
    }
}
