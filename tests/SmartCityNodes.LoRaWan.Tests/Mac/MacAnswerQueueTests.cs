// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    [TestClass]
    public sealed class MacAnswerQueueTests
    {
        private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty));

        private static string Drain(MacAnswerQueue queue, int max, out int entries)
        {
            var buffer = new byte[64];
            int written = queue.WriteTo(buffer, 0, max, out entries);
            return Convert.ToHexString(buffer, 0, written);
        }

        [TestMethod]
        public void StickyAnswersRepeatUntilADownlink()
        {
            var queue = new MacAnswerQueue();
            queue.Add(Hex("03 07"), 0, 2, false); // LinkADRAns, ordinary
            queue.Add(Hex("05 07"), 0, 2, true);  // RXParamSetupAns, sticky
            queue.Add(Hex("04"), 0, 1, false);    // DutyCycleAns
            Assert.AreEqual("03070507" + "04", Drain(queue, 15, out int entries));
            queue.OnSent(entries);
            Assert.AreEqual("0507", Drain(queue, 15, out entries), "only the sticky answer stays after the uplink");
            queue.OnSent(entries);
            Assert.AreEqual("0507", Drain(queue, 15, out _), "and again in the next uplink");
            queue.OnDownlinkReceived();
            Assert.AreEqual(0, queue.Count);
        }

        [TestMethod]
        public void WritesWholeEntriesInOrderUpToTheRoom()
        {
            var queue = new MacAnswerQueue();
            queue.Add(Hex("06 FF 1F"), 0, 3, false); // DevStatusAns (3)
            queue.Add(Hex("03 07"), 0, 2, false);    // LinkADRAns (2)
            queue.Add(Hex("08"), 0, 1, true);        // RXTimingSetupAns (1), sticky
            Assert.AreEqual("06FF1F", Drain(queue, 4, out int entries), "4 bytes: 3 + 2 does not fit, stop there");
            Assert.AreEqual(1, entries);
            queue.OnSent(entries);
            Assert.AreEqual("030708", Drain(queue, 15, out _));
        }

        [TestMethod]
        public void NewStickyAnswerAfterDownlinkSurvives()
        {
            var queue = new MacAnswerQueue();
            queue.Add(Hex("0A 03"), 0, 2, true);
            queue.OnDownlinkReceived();          // downlink heard the old DlChannelAns...
            queue.Add(Hex("0A 01"), 0, 2, true); // ...and carried a new DlChannelReq
            Assert.AreEqual("0A01", Drain(queue, 15, out _));
        }

        [TestMethod]
        public void StateRoundTrip()
        {
            var queue = new MacAnswerQueue();
            queue.Add(Hex("03 07"), 0, 2, false);
            queue.Add(Hex("05 06"), 0, 2, true);
            var record = new byte[queue.StateLength];
            // count 2, length 4, sizes 0x02 and 0x82 (sticky bit 7, not yet sent bit 6), bytes 03 07 05 06
            Assert.AreEqual(8, queue.WriteState(record, 0));
            Assert.AreEqual("0204028203070506", Convert.ToHexString(record));
            var restored = new MacAnswerQueue();
            Assert.AreEqual(8, restored.ReadState(record, 0, record.Length));
            Assert.AreEqual("03070506", Drain(restored, 15, out int entries));
            restored.OnSent(entries);
            Assert.AreEqual("0506", Drain(restored, 15, out _));
        }

        [TestMethod]
        public void SentStickyAnswerIsRemembered()
        {
            var queue = new MacAnswerQueue();
            queue.Add(Hex("05 07"), 0, 2, true);
            Assert.IsTrue(queue.HasUnsentEntries);
            Drain(queue, 15, out int entries);
            queue.OnSent(entries);
            Assert.IsFalse(queue.HasUnsentEntries);
            var record = new byte[queue.StateLength];
            queue.WriteState(record, 0);
            Assert.AreEqual("0102C20507", Convert.ToHexString(record), "size 2 | sent 0x40 | sticky 0x80 = 0xC2");
            var restored = new MacAnswerQueue();
            restored.ReadState(record, 0, record.Length);
            Assert.IsFalse(restored.HasUnsentEntries);
            restored.Add(Hex("04"), 0, 1, false);
            Assert.IsTrue(restored.HasUnsentEntries);
        }

        [TestMethod]
        public void RejectsInconsistentState()
        {
            var restored = new MacAnswerQueue();
            Assert.AreEqual(-1, restored.ReadState(Hex("02 05 02 82 03 07 05 06"), 0, 8), "length 5 but sizes sum to 4");
            Assert.AreEqual(0, restored.Count);
        }

        [TestMethod]
        public void RefusesWhenFull()
        {
            var queue = new MacAnswerQueue();
            var one = Hex("04");
            for (int i = 0; i < MacAnswerQueue.CapacityEntries; i++) { Assert.IsTrue(queue.Add(one, 0, 1, false)); }
            Assert.IsFalse(queue.Add(one, 0, 1, false));
        }
    }
}
