// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Storage;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Runtime.Tests.Storage
{
    /// <summary>
    /// The fault-injection proof: a simulated node (load → join now and then → reserve FCntUp → transmit → change
    /// its state → save → deep sleep) runs at least 10,000 wakes while power is cut at every byte offset of every
    /// kind of state write (DevNonce reservation, FCntUp reservation, end-of-transaction save) under each torn-write
    /// model. The "network" records every FCntUp and DevNonce that left the node: none may repeat or go backwards,
    /// and every boot must find a valid state (the last saved one or the one being saved, never a mix).
    /// </summary>
    [TestClass]
    public sealed class PowerCutSweepTests
    {
        private const int MacBytes = 480;
        private const int ApplicationBytes = 48;
        private const int ScheduleBytes = 24;
        private const int RuntimeBytes = 10;
        private const int JoinEveryWakes = 3;
        private const int RareJoinEveryWakes = 97;
        private const int MinimumWakes = 10_000;

        // Every write is the same length here (fixed section sizes), so one sweep covers every byte of every write:
        // 14 bytes of record overhead + 20 counter bytes + 4 section lengths (8) + the sections.
        private const int RecordLength = 14 + 20 + 8 + MacBytes + ApplicationBytes + ScheduleBytes + RuntimeBytes;

        private enum WriteKind
        {
            DevNonceReservation = 0,
            UplinkReservation = 1,
            Save = 2,
        }

        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        [DataRow(1, DisplayName = "block 1: every FCntUp persisted before use")]
        [DataRow(16, DisplayName = "block 16: FCntUp reserved 16 at a time")]
        public void PowerCutAtEveryByteOfEveryWriteNeverReusesACounterAndAlwaysBootsValid(int block)
        {
            var storage = new SimulatedFlashStorage(2);
            // Pending cuts: [model, kind] -> next byte offset to cut at (0..RecordLength inclusive; RecordLength =
            // power lost just after the last byte, before the caller saw Ok).
            var nextOffset = new int[3, 3];
            var usedUplinkCounters = new HashSet<uint>();
            var usedDevNonces = new HashSet<uint>();
            long lastUplink = -1;
            long lastDevNonce = -1;
            int committedGeneration = -1;
            int inFlightGeneration = -1;
            bool cleanWake = false;
            long okWrites = 0;
            long cuts = 0;
            long uncleanBoots = 0;
            long skippedCounters = 0;
            uint maxSkip = 0;
            int uncleanBootsSinceUplink = 0;
            int wake = 0;

            while (wake < MinimumWakes || !AllCovered(nextOffset))
            {
                Assert.IsLessThan(400_000, wake, "the sweep should finish well before this");
                wake++;
                storage.PowerOn();

                // Boot: a new store, as nanoCLR would build it after a reset.
                var store = new NodeStateStore(storage, 0, 1, MacBytes, ApplicationBytes, ScheduleBytes, RuntimeBytes, block);
                StoreStatus loaded = store.Load(cleanWake);
                if (loaded == StoreStatus.NoRecord)
                {
                    Assert.AreEqual(0, okWrites, $"wake {wake}: a record was saved before, yet none loads");
                }
                else
                {
                    Assert.AreEqual(StoreStatus.Ok, loaded, $"wake {wake}");
                }

                if (!cleanWake)
                {
                    uncleanBoots++;
                    uncleanBootsSinceUplink++;
                }

                Assert.IsGreaterThan(lastUplink, (long)store.NextUplinkCounter, $"wake {wake}: FCntUp would go back");
                Assert.IsGreaterThan(lastDevNonce, (long)store.NextDevNonce, $"wake {wake}: DevNonce would go back");
                int generation = CheckSections(store);
                Assert.IsTrue(generation == committedGeneration || generation == inFlightGeneration,
                    $"wake {wake}: loaded generation {generation}, expected {committedGeneration} or {inFlightGeneration}");
                committedGeneration = generation;
                inFlightGeneration = generation;
                // At most one cut per wake. Saves are cut only on wakes that booted clean, so the sweep also covers
                // "reservation still in force, no write before the frame, then the end-of-transaction save torn".
                bool bootedClean = cleanWake;
                // (No cut before the first full save: the factory-state writes are shorter; other tests cut those.)
                bool armedThisWake = committedGeneration < 0;

                // Join every few wakes while DevNonce cuts remain, then now and then (a real node joins rarely, and
                // a DevNonce is 16 bits): the DevNonce is persisted before the Join-Request leaves.
                if (wake % (Pending(nextOffset, WriteKind.DevNonceReservation) ? JoinEveryWakes : RareJoinEveryWakes) == 0)
                {
                    uint devNonce = store.NextDevNonce;
                    armedThisWake = MaybeArm(storage, nextOffset, WriteKind.DevNonceReservation, armedThisWake);
                    StoreStatus reserved = store.ReserveDevNonce(devNonce);
                    if (Cut(storage, reserved, ref cuts, ref cleanWake))
                    {
                        continue;
                    }

                    Assert.AreEqual(StoreStatus.Ok, reserved);
                    okWrites++;
                    Assert.IsTrue(usedDevNonces.Add(devNonce), $"wake {wake}: DevNonce {devNonce} reused");
                    lastDevNonce = devNonce;
                }

                // Uplink: reserve, then the frame leaves.
                uint fCntUp = store.NextUplinkCounter;
                bool reserveWrites = fCntUp + 1 > store.UplinkCounterCeiling;
                if (reserveWrites)
                {
                    armedThisWake = MaybeArm(storage, nextOffset, WriteKind.UplinkReservation, armedThisWake);
                }

                StoreStatus reservedUplink = store.ReserveUplinkCounter(fCntUp);
                if (Cut(storage, reservedUplink, ref cuts, ref cleanWake))
                {
                    continue;
                }

                Assert.AreEqual(StoreStatus.Ok, reservedUplink);
                okWrites += reserveWrites ? 1 : 0;
                Assert.IsTrue(usedUplinkCounters.Add(fCntUp), $"wake {wake}: FCntUp {fCntUp} reused");
                uint skip = (uint)(fCntUp - lastUplink - 1);
                skippedCounters += skip;
                maxSkip = Math.Max(maxSkip, skip);
                Assert.IsLessThanOrEqualTo((uint)(block * uncleanBootsSinceUplink), skip, "each unclean reset skips at most one block");
                uncleanBootsSinceUplink = 0;
                lastUplink = fCntUp;

                // The transaction changed the MAC, application and schedule state: save it all.
                inFlightGeneration = wake;
                Fill(store, wake);
                store.DownlinkCounter = (uint)wake;
                MaybeArm(storage, nextOffset, WriteKind.Save, armedThisWake || !bootedClean);
                StoreStatus saved = store.Save();
                if (Cut(storage, saved, ref cuts, ref cleanWake))
                {
                    continue;
                }

                Assert.AreEqual(StoreStatus.Ok, saved);
                okWrites++;
                committedGeneration = wake;
                cleanWake = true;
            }

            Assert.IsTrue(AllCovered(nextOffset));
            TestContext.WriteLine($"block {block}: {wake} wakes, {cuts} power cuts ({3 * 3 * (RecordLength + 1)} = 3 models x 3 write kinds x "
                + $"{RecordLength + 1} offsets), {uncleanBoots} unclean boots, {usedUplinkCounters.Count} uplinks, {usedDevNonces.Count} joins, "
                + $"{skippedCounters} FCntUp skipped (max {maxSkip} at once), {storage.WriteCount} writes");
        }

        private static bool Pending(int[,] nextOffset, WriteKind kind)
        {
            for (int model = 0; model < 3; model++)
            {
                if (nextOffset[model, (int)kind] <= RecordLength)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AllCovered(int[,] nextOffset)
        {
            foreach (int offset in nextOffset)
            {
                if (offset <= RecordLength)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Arms the next pending cut of <paramref name="kind"/> if this wake has not armed one yet.</summary>
        private static bool MaybeArm(SimulatedFlashStorage storage, int[,] nextOffset, WriteKind kind, bool alreadyArmed)
        {
            if (alreadyArmed)
            {
                return true;
            }

            for (int model = 0; model < 3; model++)
            {
                if (nextOffset[model, (int)kind] <= RecordLength)
                {
                    storage.ArmPowerCut(nextOffset[model, (int)kind]++, (TornWriteModel)model);
                    return true;
                }
            }

            return false;
        }

        private static bool Cut(SimulatedFlashStorage storage, StoreStatus status, ref long cuts, ref bool cleanWake)
        {
            if (!storage.PoweredOff)
            {
                Assert.IsFalse(storage.CutArmed, "a cut was armed for a write that did not happen");
                return false;
            }

            Assert.AreEqual(StoreStatus.StorageFailed, status);
            Assert.AreEqual(RecordLength, storage.LastCutWriteLength);
            cuts++;
            cleanWake = false; // power-on reset: the wake cause is not a deep-sleep wake
            return true;
        }

        private static void Fill(NodeStateStore store, int generation)
        {
            store.MacRecordLength = MacBytes;
            store.ApplicationStateLength = ApplicationBytes;
            store.ScheduleStateLength = ScheduleBytes;
            store.RuntimeStateLength = RuntimeBytes;
            BitConverter.TryWriteBytes(store.ApplicationState.AsSpan(0, 4), generation);
            for (int i = 4; i < ApplicationBytes; i++)
            {
                store.ApplicationState[i] = (byte)((generation * 7) + i);
            }

            for (int i = 0; i < MacBytes; i++)
            {
                store.MacRecord[i] = (byte)(generation + i);
            }

            for (int i = 0; i < ScheduleBytes; i++)
            {
                store.ScheduleState[i] = (byte)((generation * 3) + i);
            }

            for (int i = 0; i < RuntimeBytes; i++)
            {
                store.RuntimeState[i] = (byte)((generation * 5) + i);
            }
        }

        /// <summary>Returns the generation the loaded sections belong to (-1 for factory state); fails on any mix.</summary>
        private static int CheckSections(NodeStateStore store)
        {
            if (store.ApplicationStateLength == 0)
            {
                Assert.AreEqual(0, store.MacRecordLength);
                Assert.AreEqual(0, store.ScheduleStateLength);
                Assert.AreEqual(0, store.RuntimeStateLength);
                return -1;
            }

            Assert.AreEqual(ApplicationBytes, store.ApplicationStateLength);
            Assert.AreEqual(MacBytes, store.MacRecordLength);
            Assert.AreEqual(ScheduleBytes, store.ScheduleStateLength);
            int generation = BitConverter.ToInt32(store.ApplicationState, 0);
            for (int i = 4; i < ApplicationBytes; i++)
            {
                Assert.AreEqual((byte)((generation * 7) + i), store.ApplicationState[i]);
            }

            for (int i = 0; i < MacBytes; i++)
            {
                Assert.AreEqual((byte)(generation + i), store.MacRecord[i]);
            }

            for (int i = 0; i < ScheduleBytes; i++)
            {
                Assert.AreEqual((byte)((generation * 3) + i), store.ScheduleState[i]);
            }

            Assert.AreEqual(RuntimeBytes, store.RuntimeStateLength);
            for (int i = 0; i < RuntimeBytes; i++)
            {
                Assert.AreEqual((byte)((generation * 5) + i), store.RuntimeState[i]);
            }

            return generation;
        }
    }
}
