// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.Runtime.Storage;

namespace SmartCityNodes.DeviceTests.RuntimeStore
{
    /// <summary>
    /// The node's state record on the device's own runtime, against firmware/Runtime/Storage/NodeStateStore.cs and
    /// docs/persistent-state.md: the counter block and the four sections come back after a reboot, the record bytes follow
    /// the documented payload layout, and the counter rule holds: a frame counter is reserved before it is used, the
    /// reservation is written only when the counter reaches the persisted ceiling, and after any reboot, clean or not,
    /// <see cref="NodeStateStore.NextUplinkCounter"/> is above every counter ever used.
    /// </summary>
    [TestClass]
    public class NodeStateStoreDeviceTests
    {
        private const int SlotA = 0;
        private const int SlotB = 1;

        // Each test starts from empty slots of its own (the launcher keeps static fields between the tests of a class).
        private static InMemorySlotStorage storage;

        /// <summary>Fresh slots are the factory state: NoRecord, every counter 0.</summary>
        [TestMethod]
        public void Fresh_storage_is_the_factory_state()
        {
            storage = new InMemorySlotStorage(2, 128);
            NodeStateStore store = NewStore(16);
            Assert.AreEqual((int)StoreStatus.NoRecord, (int)store.Load(false));
            Assert.AreEqual(0u, store.NextUplinkCounter);
            Assert.AreEqual(0u, store.DownlinkCounter);
            Assert.AreEqual(0u, store.NextDevNonce);
            Assert.AreEqual(0, store.MacRecordLength);
        }

        /// <summary>
        /// A reservation then a quiescent save: the second record (slot B) has the documented bytes, and the next boot
        /// (a clean deep-sleep wake) gets the counters and every section back exactly.
        /// </summary>
        [TestMethod]
        public void Save_writes_the_documented_record_and_a_clean_wake_restores_it_exactly()
        {
            storage = new InMemorySlotStorage(2, 128);
            NodeStateStore store = NewStore(16);
            store.Load(false);
            Assert.AreEqual((int)StoreStatus.Ok, (int)store.ReserveUplinkCounter(0));
            store.MacRecordLength = HexBytes.ParseInto("4D4143", store.MacRecord, 0);
            store.ApplicationStateLength = HexBytes.ParseInto("0102", store.ApplicationState, 0);
            store.ScheduleStateLength = 0;
            store.RuntimeStateLength = HexBytes.ParseInto("7E", store.RuntimeState, 0);
            store.DownlinkCounter = 7;
            Assert.AreEqual((int)StoreStatus.Ok, (int)store.Save());

            // Record 2 in slot B: 'S' 'T' | version 1 | flags 0x01 (quiescent) | sequence 2 | payload length 34 = 2200
            // payload: next FCntUp 1 | FCntUp ceiling 0 + block 16 = 0x10 | NFCntDown 7 | next DevNonce 0 | DevNonce ceiling 0
            //          MAC 0300 4D4143 | application 0200 0102 | schedule 0000 | runtime 0100 7E   (20 + 5 + 4 + 2 + 3 = 34)
            // CRC-32 of the 44 bytes before it, from an independent implementation (Python zlib.crc32) = 0x7BF5C8AB, little-endian.
            Assert.AreEqual(48, storage.LengthOf(SlotB));
            Assert.AreEqual(
                HexBytes.Normalize("5354 01 01 02000000 2200 01000000 10000000 07000000 00000000 00000000 0300 4D4143 0200 0102 0000 0100 7E ABC8F57B"),
                HexBytes.Format(storage.Content(SlotB), 0, 48));

            NodeStateStore rebooted = NewStore(16);
            Assert.AreEqual((int)StoreStatus.Ok, (int)rebooted.Load(true));
            Assert.AreEqual(1u, rebooted.NextUplinkCounter);
            Assert.AreEqual(16u, rebooted.UplinkCounterCeiling);
            Assert.AreEqual(7u, rebooted.DownlinkCounter);
            Assert.IsFalse(rebooted.LoadedAfterUncleanReset);
            Assert.AreEqual(0u, rebooted.UplinkCountersSkippedAtLoad);
            Assert.AreEqual("4D4143", HexBytes.Format(rebooted.MacRecord, 0, rebooted.MacRecordLength));
            Assert.AreEqual("0102", HexBytes.Format(rebooted.ApplicationState, 0, rebooted.ApplicationStateLength));
            Assert.AreEqual(0, rebooted.ScheduleStateLength);
            Assert.AreEqual("7E", HexBytes.Format(rebooted.RuntimeState, 0, rebooted.RuntimeStateLength));
        }

        /// <summary>With a block of 4, counters 0..8 cost three writes: at 0 (ceiling 4), at 4 (ceiling 8) and at 8 (ceiling 12).</summary>
        [TestMethod]
        public void A_reservation_is_written_only_when_the_counter_reaches_the_ceiling()
        {
            storage = new InMemorySlotStorage(2, 128);
            NodeStateStore store = NewStore(4);
            store.Load(false);
            for (uint counter = 0; counter <= 8; counter++)
            {
                Assert.AreEqual((int)StoreStatus.Ok, (int)store.ReserveUplinkCounter(counter));
            }

            Assert.AreEqual(3, storage.WriteCount);
            Assert.AreEqual(12u, store.UplinkCounterCeiling);
            Assert.AreEqual(9u, store.NextUplinkCounter);
        }

        /// <summary>
        /// Ten boots in a row, each using three counters, half ending in a save and a deep sleep, half in a power cut: after
        /// every boot the next counter is above every counter used, and at most one block above (docs/persistent-state.md:
        /// "skipping at most block counters"); a block of 1 never skips one.
        /// </summary>
        /// <param name="block">Uplink counters reserved per write.</param>
        [TestMethod]
        [DataRow(1)]
        [DataRow(4)]
        [DataRow(16)]
        public void The_next_uplink_counter_never_goes_back_after_a_reboot(int block)
        {
            storage = new InMemorySlotStorage(2, 128);
            bool cleanWake = false;
            uint firstUnused = 0;
            for (int boot = 0; boot < 10; boot++)
            {
                NodeStateStore store = NewStore(block);
                StoreStatus loaded = store.Load(cleanWake);
                Assert.AreEqual(boot == 0 ? (int)StoreStatus.NoRecord : (int)StoreStatus.Ok, (int)loaded);
                Assert.IsTrue(store.NextUplinkCounter >= firstUnused, "counter went back");
                Assert.IsTrue(store.NextUplinkCounter - firstUnused <= (uint)block, "more than a block skipped");
                if (block == 1)
                {
                    Assert.AreEqual(firstUnused, store.NextUplinkCounter);
                }

                for (int frame = 0; frame < 3; frame++)
                {
                    uint counter = store.NextUplinkCounter;
                    Assert.AreEqual((int)StoreStatus.Ok, (int)store.ReserveUplinkCounter(counter));
                    firstUnused = counter + 1;
                }

                // Even boots end in Save and deep sleep (the next wake is clean); odd ones lose power before Save.
                cleanWake = boot % 2 == 0;
                if (cleanWake)
                {
                    Assert.AreEqual((int)StoreStatus.Ok, (int)store.Save());
                }
            }
        }

        /// <summary>
        /// A deep-sleep wake after a record written mid-transaction (a reservation, not a save) is unclean: the store
        /// continues at the ceiling, and a counter below the next one is refused without a write.
        /// </summary>
        [TestMethod]
        public void A_reservation_record_is_unclean_even_on_a_deep_sleep_wake_and_old_counters_are_refused()
        {
            storage = new InMemorySlotStorage(2, 128);
            NodeStateStore store = NewStore(16);
            store.Load(false);
            store.ReserveUplinkCounter(0);
            store.ReserveUplinkCounter(1);

            NodeStateStore rebooted = NewStore(16);
            Assert.AreEqual((int)StoreStatus.Ok, (int)rebooted.Load(true));
            Assert.IsTrue(rebooted.LoadedAfterUncleanReset);
            Assert.AreEqual(16u, rebooted.NextUplinkCounter); // the ceiling 0 + 16
            Assert.AreEqual(15u, rebooted.UplinkCountersSkippedAtLoad); // the record said next = 1

            int writes = storage.WriteCount;
            Assert.AreEqual((int)StoreStatus.CounterBehind, (int)rebooted.ReserveUplinkCounter(2));
            Assert.AreEqual(16u, rebooted.NextUplinkCounter);
            Assert.AreEqual(writes, storage.WriteCount);
        }

        /// <summary>
        /// A reservation write torn by a power cut reports StorageFailed and is rolled back (the frame is not sent); the
        /// next boot continues from the previous record at a counter never used.
        /// </summary>
        [TestMethod]
        public void A_torn_reservation_is_refused_and_the_next_boot_reuses_no_counter()
        {
            storage = new InMemorySlotStorage(2, 128);
            NodeStateStore store = NewStore(4);
            store.Load(false);
            for (uint counter = 0; counter < 4; counter++)
            {
                store.ReserveUplinkCounter(counter);
            }

            Assert.AreEqual((int)StoreStatus.Ok, (int)store.Save()); // next 4, ceiling 4
            storage.TearNextWriteAfter(20);
            Assert.AreEqual((int)StoreStatus.StorageFailed, (int)store.ReserveUplinkCounter(4));
            Assert.AreEqual(4u, store.NextUplinkCounter);
            Assert.AreEqual(4u, store.UplinkCounterCeiling);
            Assert.IsFalse(store.LastWriteSucceeded);

            NodeStateStore rebooted = NewStore(4);
            Assert.AreEqual((int)StoreStatus.Ok, (int)rebooted.Load(false));
            Assert.AreEqual(2u, rebooted.Sequence);
            Assert.AreEqual(4u, rebooted.NextUplinkCounter); // counters 0..3 were used; 4 was never sent
        }

        private static NodeStateStore NewStore(int block)
        {
            // MAC record up to 32 bytes, application 8, schedule 8, runtime 4: 80 payload bytes, 94 with the record overhead.
            return new NodeStateStore(storage, SlotA, SlotB, 32, 8, 8, 4, block);
        }
    }
}
