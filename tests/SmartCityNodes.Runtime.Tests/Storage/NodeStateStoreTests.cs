// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Storage;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Runtime.Tests.Storage
{
    [TestClass]
    public sealed class NodeStateStoreTests
    {
        private static NodeStateStore NewStore(SimulatedFlashStorage storage, int block = 4) => new NodeStateStore(storage, 0, 1, 16, 8, 8, 4, block);

        [TestMethod]
        public void UplinkReservationWritesOnlyOncePerBlock()
        {
            var storage = new SimulatedFlashStorage(2);
            NodeStateStore store = NewStore(storage, 4);
            Assert.AreEqual(StoreStatus.NoRecord, store.Load(false));
            long[] writesAfter = new long[9];
            for (uint f = 0; f < 9; f++)
            {
                Assert.AreEqual(StoreStatus.Ok, store.ReserveUplinkCounter(f));
                writesAfter[f] = storage.WriteCount;
            }

            // Block 4: counter 0 reserves 0..3 (ceiling 4), counter 4 reserves 4..7, counter 8 reserves 8..11.
            CollectionAssert.AreEqual(new long[] { 1, 1, 1, 1, 2, 2, 2, 2, 3 }, writesAfter);
            Assert.AreEqual(12u, store.UplinkCounterCeiling);
        }

        [TestMethod]
        public void ACleanWakeAfterASaveContinuesExactlyAndAnUncleanOneAtTheCeiling()
        {
            var storage = new SimulatedFlashStorage(2);
            NodeStateStore store = NewStore(storage, 4);
            store.Load(false);
            store.ReserveUplinkCounter(0);
            store.ReserveUplinkCounter(1);
            store.DownlinkCounter = 9;
            Assert.AreEqual(StoreStatus.Ok, store.Save());

            NodeStateStore clean = NewStore(storage, 4);
            Assert.AreEqual(StoreStatus.Ok, clean.Load(true));
            Assert.AreEqual(2u, clean.NextUplinkCounter);
            Assert.AreEqual(9u, clean.DownlinkCounter);
            Assert.IsFalse(clean.LoadedAfterUncleanReset);

            NodeStateStore unclean = NewStore(storage, 4);
            Assert.AreEqual(StoreStatus.Ok, unclean.Load(false));
            Assert.AreEqual(4u, unclean.NextUplinkCounter, "0..3 were reserved: continue at 4");
            Assert.AreEqual(2u, unclean.UplinkCountersSkippedAtLoad);
        }

        [TestMethod]
        public void ARecordWrittenMidTransactionIsTreatedAsUncleanEvenOnADeepSleepWake()
        {
            var storage = new SimulatedFlashStorage(2);
            NodeStateStore store = NewStore(storage, 4);
            store.Load(false);
            store.ReserveUplinkCounter(0); // writes a non-quiescent record, then "power fails" before Save
            NodeStateStore next = NewStore(storage, 4);
            next.Load(true);
            Assert.AreEqual(4u, next.NextUplinkCounter);
        }

        [TestMethod]
        public void DevNonceIsPersistedBeforeEveryJoinAndNeverSkipped()
        {
            var storage = new SimulatedFlashStorage(2);
            NodeStateStore store = NewStore(storage);
            store.Load(false);
            Assert.AreEqual(StoreStatus.Ok, store.ReserveDevNonce(0));
            Assert.AreEqual(1, storage.WriteCount);
            Assert.AreEqual(StoreStatus.Ok, store.ReserveDevNonce(1));
            Assert.AreEqual(2, storage.WriteCount);
            NodeStateStore next = NewStore(storage);
            next.Load(false);
            Assert.AreEqual(2u, next.NextDevNonce);
        }

        [TestMethod]
        public void CountersBehindOrExhaustedAreRefusedAndNothingIsWritten()
        {
            var storage = new SimulatedFlashStorage(2);
            NodeStateStore store = NewStore(storage);
            store.Load(false);
            store.ReserveUplinkCounter(5);
            store.ReserveDevNonce(3);
            long writes = storage.WriteCount;
            Assert.AreEqual(StoreStatus.CounterBehind, store.ReserveUplinkCounter(5));
            Assert.AreEqual(StoreStatus.CounterBehind, store.ReserveDevNonce(2));
            Assert.AreEqual(StoreStatus.CounterExhausted, store.ReserveDevNonce(0x10000)); // L2 1.0.4: DevNonce is 16 bits
            Assert.AreEqual(StoreStatus.CounterExhausted, store.ReserveUplinkCounter(uint.MaxValue));
            Assert.AreEqual(writes, storage.WriteCount);
            Assert.AreEqual(6u, store.NextUplinkCounter);
            Assert.AreEqual(4u, store.NextDevNonce);
        }

        [TestMethod]
        public void AFailedReservationIsRolledBackSoTheFrameIsNotSentAndTheRetryWritesAgain()
        {
            var storage = new SimulatedFlashStorage(2);
            NodeStateStore store = NewStore(storage, 4);
            store.Load(false);
            storage.ArmPowerCut(3, TornWriteModel.TruncatedFile);
            Assert.AreEqual(StoreStatus.StorageFailed, store.ReserveUplinkCounter(0));
            Assert.AreEqual(0u, store.NextUplinkCounter);
            Assert.AreEqual(0u, store.UplinkCounterCeiling);
            Assert.IsFalse(store.LastWriteSucceeded);
            storage.PowerOn();
            Assert.AreEqual(StoreStatus.Ok, store.ReserveUplinkCounter(0));
            Assert.AreEqual(4u, store.UplinkCounterCeiling);
        }

        [TestMethod]
        public void SectionsRoundTripAndOversizedSectionsAreRefused()
        {
            var storage = new SimulatedFlashStorage(2);
            NodeStateStore store = NewStore(storage);
            store.Load(false);
            store.MacRecord[0] = 0xAA;
            store.MacRecordLength = 16;
            store.ApplicationState[7] = 0xBB;
            store.ApplicationStateLength = 8;
            store.ScheduleState[0] = 0xCC;
            store.ScheduleStateLength = 1;
            store.RuntimeState[3] = 0xDD;
            store.RuntimeStateLength = 4;
            Assert.AreEqual(StoreStatus.Ok, store.Save());
            store.ScheduleStateLength = 9;
            Assert.AreEqual(StoreStatus.SectionTooLarge, store.Save());

            NodeStateStore next = NewStore(storage);
            Assert.AreEqual(StoreStatus.Ok, next.Load(true));
            Assert.AreEqual(16, next.MacRecordLength);
            Assert.AreEqual(0xAA, next.MacRecord[0]);
            Assert.AreEqual(0xBB, next.ApplicationState[7]);
            Assert.AreEqual(1, next.ScheduleStateLength);
            Assert.AreEqual(0xCC, next.ScheduleState[0]);
            Assert.AreEqual(4, next.RuntimeStateLength);
            Assert.AreEqual(0xDD, next.RuntimeState[3]);
        }

        [TestMethod]
        public void ARecordFromAnUnknownVersionKeepsItsCountersAndJumpsToTheCeilings()
        {
            var storage = new SimulatedFlashStorage(2);
            NodeStateStore store = NewStore(storage, 4);
            store.Load(false);
            store.ReserveUplinkCounter(0);
            store.ReserveDevNonce(0);
            store.Save();

            // A later firmware's record: same counter block, version 2, other sections.
            var pair = new SlotPair(storage, 0, 1, (byte)'S', (byte)'T', 200);
            Assert.AreEqual(StoreStatus.Ok, pair.Load());
            Assert.AreEqual(StoreStatus.Ok, pair.Save(NodeStateStore.CounterBlockLength + 3, 2, 1));

            NodeStateStore older = NewStore(storage, 4);
            Assert.AreEqual(StoreStatus.UnsupportedVersion, older.Load(true));
            Assert.AreEqual(4u, older.NextUplinkCounter);
            Assert.AreEqual(1u, older.NextDevNonce);
            Assert.AreEqual(0, older.MacRecordLength);
        }
    }
}
