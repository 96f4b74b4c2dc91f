// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.Runtime.Storage;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Runtime.Tests.Storage
{
    [TestClass]
    public sealed class SlotPairTests
    {
        private static SlotPair NewPair(SimulatedFlashStorage storage) => new SlotPair(storage, 0, 1, (byte)'T', (byte)'K', 64);

        private static StoreStatus SavePayload(SlotPair pair, byte[] payload, byte flags = 0)
        {
            Array.Copy(payload, 0, pair.Image, SlotPair.PayloadOffset, payload.Length);
            return pair.Save(payload.Length, 1, flags);
        }

        [TestMethod]
        public void RecordBytesMatchTheLayoutAndAnIndependentCrc32()
        {
            var storage = new SimulatedFlashStorage(2);
            SlotPair pair = NewPair(storage);
            for (int i = 0; i < 7; i++)
            {
                Assert.AreEqual(StoreStatus.Ok, SavePayload(pair, new byte[] { 0xA5, 0x5A }, 0x80));
            }

            // Seventh save (sequence 7) lands in slot A (saves alternate A, B, A, ...). Header by hand:
            // 'T' 'K', version 1, flags 0x80, sequence 7 LE, length 2 LE, payload A5 5A.
            // CRC-32 (IEEE) of those 12 bytes, computed with Python's zlib.crc32: 0xC0546312, stored LE.
            byte[] expected = [0x54, 0x4B, 0x01, 0x80, 0x07, 0x00, 0x00, 0x00, 0x02, 0x00, 0xA5, 0x5A, 0x12, 0x63, 0x54, 0xC0];
            CollectionAssert.AreEqual(expected, storage.RawSlot(0).AsSpan(0, expected.Length).ToArray());
            Assert.AreEqual(7u, pair.Sequence);
        }

        [TestMethod]
        public void FreshStorageHasNoRecord()
        {
            var storage = new SimulatedFlashStorage(2);
            Assert.AreEqual(StoreStatus.NoRecord, NewPair(storage).Load());
        }

        [TestMethod]
        public void LoadPicksTheHighestSequenceAndSaveGoesToTheOtherSlot()
        {
            var storage = new SimulatedFlashStorage(2);
            SlotPair writer = NewPair(storage);
            SavePayload(writer, [1]);
            SavePayload(writer, [2]);
            SavePayload(writer, [3]);
            SlotPair reader = NewPair(storage);
            Assert.AreEqual(StoreStatus.Ok, reader.Load());
            Assert.AreEqual(3, reader.Image[SlotPair.PayloadOffset]);
            Assert.AreEqual(3u, reader.Sequence);
            Assert.AreEqual(0, reader.InvalidSlotsAtLoad);

            // Sequence 3 sits in slot A (0); the next save must go to B and leave A intact.
            byte[] slotA = storage.RawSlot(0).AsSpan(0, 32).ToArray();
            SavePayload(reader, [4]);
            CollectionAssert.AreEqual(slotA, storage.RawSlot(0).AsSpan(0, 32).ToArray());
            Assert.AreEqual(4, storage.RawSlot(1)[SlotPair.PayloadOffset]);
        }

        [TestMethod]
        [DataRow(0u, 0xFFFFFFFFu, true, DisplayName = "0 follows 0xFFFFFFFF")]
        [DataRow(0xFFFFFFFFu, 0u, false)]
        [DataRow(5u, 4u, true)]
        [DataRow(4u, 5u, false)]
        [DataRow(4u, 4u, false)]
        public void SequenceComparisonWraps(uint candidate, uint reference, bool newer)
        {
            Assert.AreEqual(newer, SlotPair.IsNewer(candidate, reference));
        }

        [TestMethod]
        public void EveryCorruptedByteOfTheNewestRecordFallsBackToTheOlderOne()
        {
            var storage = new SimulatedFlashStorage(2);
            SlotPair writer = NewPair(storage);
            SavePayload(writer, [0x11, 0x22, 0x33]);
            SavePayload(writer, [0x44, 0x55, 0x66]); // slot B, sequence 2
            int length = SlotPair.RecordLength(3);
            for (int i = 0; i < length; i++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    storage.RawSlot(1)[i] ^= (byte)(1 << bit);
                    SlotPair reader = NewPair(storage);
                    Assert.AreEqual(StoreStatus.Ok, reader.Load(), $"byte {i} bit {bit}");
                    Assert.AreEqual(0x11, reader.Image[SlotPair.PayloadOffset], $"byte {i} bit {bit}");
                    Assert.AreEqual(1, reader.InvalidSlotsAtLoad);
                    storage.RawSlot(1)[i] ^= (byte)(1 << bit);
                }
            }
        }

        [TestMethod]
        public void ATruncatedFileOrAnErasedSlotIsIgnored()
        {
            var storage = new SimulatedFlashStorage(2);
            SlotPair writer = NewPair(storage);
            SavePayload(writer, [7]);
            SavePayload(writer, [8]);
            storage.SetLength(1, SlotPair.RecordLength(1) - 1);
            SlotPair reader = NewPair(storage);
            Assert.AreEqual(StoreStatus.Ok, reader.Load());
            Assert.AreEqual(7, reader.Image[SlotPair.PayloadOffset]);

            Array.Fill(storage.RawSlot(0), (byte)0xFF);
            Assert.AreEqual(StoreStatus.NoRecord, NewPair(storage).Load());
        }

        [TestMethod]
        public void AFailedSaveKeepsThePreviousRecordAndTheNextSaveRetriesTheSameSlot()
        {
            var storage = new SimulatedFlashStorage(2);
            SlotPair pair = NewPair(storage);
            SavePayload(pair, [1]); // A, seq 1
            storage.ArmPowerCut(5, TornWriteModel.ErasedTail);
            Assert.AreEqual(StoreStatus.StorageFailed, SavePayload(pair, [2]));
            Assert.AreEqual(1u, pair.Sequence);
            storage.PowerOn();
            Assert.AreEqual(StoreStatus.Ok, SavePayload(pair, [3]));
            Assert.AreEqual(3, storage.RawSlot(1)[SlotPair.PayloadOffset], "the retry goes to B again, never over A");
            SlotPair reader = NewPair(storage);
            reader.Load();
            Assert.AreEqual(2u, reader.Sequence);
            Assert.AreEqual(3, reader.Image[SlotPair.PayloadOffset]);
        }

        [TestMethod]
        public void APayloadLongerThanTheCapacityIsRefusedAndNothingIsWritten()
        {
            var storage = new SimulatedFlashStorage(2);
            SlotPair pair = NewPair(storage);
            Assert.AreEqual(StoreStatus.SectionTooLarge, pair.Save(65, 1, 0));
            Assert.AreEqual(StoreStatus.SectionTooLarge, pair.Save(-1, 1, 0));
            Assert.AreEqual(0, storage.WriteCount);
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        public void AnUnreadableSlotIsNeverSkippedInFavourOfTheOtherOne(int failingSlot)
        {
            var storage = new SimulatedFlashStorage(2);
            SlotPair writer = NewPair(storage);
            SavePayload(writer, [1]);
            SavePayload(writer, [2]);
            storage.FailingReadSlot = failingSlot;
            Assert.AreEqual(StoreStatus.StorageFailed, NewPair(storage).Load(), "the unreadable slot may hold the newest record");
        }

        [TestMethod]
        public void AFailingReadIsReportedAsStorageFailedNotAsFactoryState()
        {
            var storage = new SimulatedFlashStorage(2);
            SavePayload(NewPair(storage), [1]);
            storage.ArmPowerCut(0, TornWriteModel.ErasedTail);
            storage.Write(1, new byte[1], 0, 1); // power goes off
            Assert.AreEqual(StoreStatus.StorageFailed, NewPair(storage).Load());
        }
    }
}
