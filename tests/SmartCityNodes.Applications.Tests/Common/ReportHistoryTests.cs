// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.Tests.Common
{
    [TestClass]
    public sealed class ReportHistoryTests
    {
        private const long Period = 3600000;

        [TestMethod]
        public void Decide_StartupEventFaultChangeAndPeriod()
        {
            var history = new ReportHistory();
            Assert.AreEqual(ReportReason.Startup, history.Decide(1000, false, 0, Period));
            Assert.AreEqual(1000L, history.LastReportAtMilliseconds);
            Assert.AreEqual(ReportReason.None, history.Decide(2000, false, 0, Period));
            Assert.AreEqual(ReportReason.Event, history.Decide(3000, true, 0, Period));
            Assert.AreEqual(ReportReason.FaultChanged, history.Decide(4000, false, 0x02, Period));
            Assert.AreEqual(ReportReason.None, history.Decide(5000, false, 0x02, Period), "the same fault is not reported again");
            // Last report at 4000 ms; period due at 4000 + 3600000 = 3604000.
            Assert.AreEqual(3604000L, history.PeriodicDueAtMilliseconds(Period));
            Assert.AreEqual(ReportReason.None, history.Decide(3603999, false, 0x02, Period));
            Assert.AreEqual(ReportReason.Periodic | ReportReason.FaultChanged, history.Decide(3604000, false, 0, Period));
        }

        [TestMethod]
        public void Record_RoundTrips_AndRejectsUnknownBits()
        {
            var history = new ReportHistory();
            history.Decide(0x0102030405, true, 0x05, Period);
            var buffer = new byte[ReportHistory.RecordLength + 1];
            history.Write(buffer, 1);
            // flags 01 (has reported), faults 05, time 0x0102030405 little-endian over 8 bytes.
            CollectionAssert.AreEqual(new byte[] { 0, 0x01, 0x05, 0x05, 0x04, 0x03, 0x02, 0x01, 0, 0, 0 }, buffer);
            Assert.IsTrue(ReportHistory.IsValid(buffer, 1, 0x07));
            Assert.IsFalse(ReportHistory.IsValid(buffer, 1, 0x03), "fault bit 2 is not defined by this application");
            buffer[1] = 0x02;
            Assert.IsFalse(ReportHistory.IsValid(buffer, 1, 0x07));
            buffer[1] = 0x01;
            var restored = new ReportHistory();
            restored.Restore(buffer, 1);
            Assert.IsTrue(restored.HasReported);
            Assert.AreEqual(0x05, restored.LastReportedFaults);
            Assert.AreEqual(0x0102030405L, restored.LastReportAtMilliseconds);
        }
    }
}
