// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.RemoteConfiguration;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Runtime.Tests.RemoteConfiguration
{
    [TestClass]
    public sealed class RemoteConfigProcessorTests
    {
        private const uint DefaultsCrc = 0xD4D20545; // see ConfigurationTests: Python zlib.crc32 of the 91 default bytes

        private SimulatedFlashStorage storage = null!;
        private ConfigurationStore store = null!;
        private RemoteConfigProcessor processor = null!;

        [TestInitialize]
        public void Start()
        {
            storage = new SimulatedFlashStorage(2);
            store = new ConfigurationStore(storage, 0, 1, null);
            store.Load();
            processor = new RemoteConfigProcessor(store);
        }

        [TestMethod]
        public void SeveralCommandsAreAppliedPersistedAndAcknowledged()
        {
            // 01 58020000 (report 600 s) | 02 201C0000 (heartbeat 7200 s) | 03 9CFFFFFF FA000000 (thresholds -100..250)
            // | 04 01 (confirmed on) | 05 00 (ADR off) | 07 (status request)
            byte[] downlink = Convert.FromHexString("01580200000220" + "1C0000039CFFFFFFFA000000040105" + "0007");
            Assert.AreEqual(RemoteConfigResult.Ok, processor.Process(downlink, 0, downlink.Length, 0x00012345));
            Assert.AreEqual(600u, store.Active.ReportIntervalSeconds);
            Assert.AreEqual(7200u, store.Active.HeartbeatIntervalSeconds);
            Assert.AreEqual(-100, store.Active.ThresholdLow);
            Assert.IsFalse(store.Active.AdrEnabled);
            Assert.IsTrue(processor.StatusRequested);
            Assert.IsTrue(processor.AckPending);

            // Ack: result 00, no failing command FF, opcode 00, FCntDown low 16 bits 45 23, configuration CRC LE.
            // CRC of the defaults with report 600, heartbeat 7200, thresholds -100/250, options 01, by Python
            // zlib.crc32: 0x380F5BEF.
            CollectionAssert.AreEqual(Convert.FromHexString("00FF004523EF5B0F38"), processor.Ack);

            var reloaded = new ConfigurationStore(storage, 0, 1, null);
            Assert.AreEqual(ConfigStatus.Ok, reloaded.Load());
            Assert.AreEqual(0x380F5BEFu, reloaded.Crc);
        }

        [TestMethod]
        [DataRow("", RemoteConfigResult.Empty, 0xFF, 0x00, DisplayName = "empty downlink")]
        [DataRow("09", RemoteConfigResult.UnknownCommand, 0, 0x09, DisplayName = "unknown opcode")]
        [DataRow("0400" + "00", RemoteConfigResult.UnknownCommand, 1, 0x00, DisplayName = "opcode 0")]
        [DataRow("015802", RemoteConfigResult.Truncated, 0, 0x01, DisplayName = "report interval cut short")]
        [DataRow("0401" + "039CFFFFFF", RemoteConfigResult.Truncated, 1, 0x03, DisplayName = "thresholds cut short")]
        [DataRow("04", RemoteConfigResult.Truncated, 0, 0x04)]
        [DataRow("013B000000", RemoteConfigResult.OutOfRange, 0, 0x01, DisplayName = "report 59 s")]
        [DataRow("0181510100", RemoteConfigResult.OutOfRange, 0, 0x01, DisplayName = "report 86401 s")]
        [DataRow("022B010000", RemoteConfigResult.OutOfRange, 0, 0x02, DisplayName = "heartbeat 299 s")]
        [DataRow("0402", RemoteConfigResult.BadValue, 0, 0x04, DisplayName = "confirmed 2")]
        [DataRow("05FF", RemoteConfigResult.BadValue, 0, 0x05, DisplayName = "ADR FF")]
        [DataRow("030A00000009000000", RemoteConfigResult.Inconsistent, 0, 0x03, DisplayName = "low 10 above high 9")]
        [DataRow("0401" + "0501" + "0161540000", RemoteConfigResult.Inconsistent, 0xFF, 0x00, DisplayName = "report 21601 s above heartbeat 21600 s")]
        [DataRow("0401" + "06" + "0500" + "0D", RemoteConfigResult.UnknownCommand, 3, 0x0D, DisplayName = "good commands then a bad one")]
        public void ABadDownlinkIsAnsweredWithAnErrorAndChangesNothing(string hex, RemoteConfigResult expected, int index, int opcode)
        {
            byte[] downlink = Convert.FromHexString(hex);
            long writes = storage.WriteCount;
            Assert.AreEqual(expected, processor.Process(downlink, 0, downlink.Length, 7));
            Assert.AreEqual(writes, storage.WriteCount, "nothing written");
            Assert.AreEqual(DefaultsCrc, store.Crc, "configuration in force unchanged");
            Assert.IsFalse(processor.RebootPending);
            Assert.IsFalse(processor.StatusRequested);
            Assert.IsTrue(processor.AckPending);
            byte[] crc = BitConverter.GetBytes(DefaultsCrc);
            CollectionAssert.AreEqual(new byte[] { (byte)expected, (byte)index, (byte)opcode, 7, 0, crc[0], crc[1], crc[2], crc[3] }, processor.Ack);
        }

        [TestMethod]
        public void AStorageFailureKeepsThePreviousConfigurationAndSaysSo()
        {
            storage.ArmPowerCut(10, TornWriteModel.OldTail);
            byte[] downlink = [0x04, 0x01];
            Assert.AreEqual(RemoteConfigResult.StorageFailed, processor.Process(downlink, 0, 2, 1));
            Assert.IsFalse(store.Active.ConfirmedUplinks);
            Assert.AreEqual(DefaultsCrc, store.Crc);
        }

        [TestMethod]
        public void RebootAndStatusAloneWriteNothingAndThePendingStateSurvivesDeepSleep()
        {
            byte[] downlink = [0x06, 0x07];
            Assert.AreEqual(RemoteConfigResult.Ok, processor.Process(downlink, 0, 2, 0x0102));
            Assert.AreEqual(0, storage.WriteCount);
            var state = new byte[RemoteConfigProcessor.StateLength];
            Assert.AreEqual(RemoteConfigProcessor.StateLength, processor.WriteState(state, 0));

            var afterWake = new RemoteConfigProcessor(store);
            afterWake.ReadState(state, 0, state.Length);
            Assert.IsTrue(afterWake.AckPending);
            Assert.IsTrue(afterWake.RebootPending);
            Assert.IsTrue(afterWake.StatusRequested);
            CollectionAssert.AreEqual(processor.Ack, afterWake.Ack);
            afterWake.AckSent();
            Assert.IsFalse(afterWake.AckPending);
            Assert.IsTrue(afterWake.RebootPending, "reboot happens after the ack went out");
            afterWake.RebootStarted();
            Assert.IsFalse(afterWake.RebootPending);

            var fresh = new RemoteConfigProcessor(store);
            fresh.ReadState(state, 0, 0);
            Assert.IsFalse(fresh.AckPending);
        }
    }
}
