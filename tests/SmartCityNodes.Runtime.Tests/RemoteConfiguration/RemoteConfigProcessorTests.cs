// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.RemoteConfiguration;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Runtime.Tests.RemoteConfiguration
{
    /// <summary>
    /// The FPort-20 downlink (docs/payloads/remote-config.md) applied onto the node configuration. Downlinks are
    /// written byte by byte from the command tables; CRCs come from Python zlib.crc32 over the version-2 record
    /// layout written out in ConfigurationTests; acknowledgements are 1A, transaction id, result, failing index, CRC BE.
    /// </summary>
    [TestClass]
    public sealed class RemoteConfigProcessorTests
    {
        private const uint DefaultsCrc = 0x94813A21; // ConfigurationTests: Python zlib.crc32 of the 99 default bytes

        private SimulatedFlashStorage storage = null!;
        private ConfigurationStore store = null!;
        private RemoteConfigProcessor processor = null!;

        [TestInitialize]
        public void Start()
        {
            storage = new SimulatedFlashStorage(2);
            store = new ConfigurationStore(storage, 0, 1, new ParkingLikeApplication());
            store.Load();
            processor = new RemoteConfigProcessor(store);
        }

        [TestMethod]
        public void EightCommandsAreAppliedPersistedAndAcknowledged()
        {
            // 1C 2A (header, transaction 0x2A) | 01 00 00000258 report 600 s | 01 02 00001C20 heartbeat 7200 s
            // | 01 01 0000003C sample 60 s | 01 03 00000000 status off | 02 20 0032 occupied 50 µT
            // | 03 01 confirmed on | 04 00 ADR off | 06 status request
            byte[] downlink = Hex.Parse("1C2A 010000000258 010200001C20 01010000003C 010300000000 02200032 0301 0400 06");
            Assert.AreEqual(RemoteConfigResult.Ok, processor.Process(downlink, 0, downlink.Length, 0x00012345));
            Assert.AreEqual(600u, store.Active.ReportIntervalSeconds);
            Assert.AreEqual(7200u, store.Active.HeartbeatIntervalSeconds);
            Assert.AreEqual(60u, store.Active.SampleIntervalSeconds);
            Assert.AreEqual(0u, store.Active.StatusIntervalSeconds);
            Assert.IsTrue(store.Active.ConfirmedUplinks);
            Assert.IsFalse(store.Active.AdrEnabled);
            Assert.IsTrue(processor.StatusRequested);
            Assert.IsFalse(processor.RebootPending);
            Assert.IsTrue(processor.AckPending);
            Assert.AreEqual(0x00012345u, processor.AckDownlinkCounter);

            // Record: defaults with report 600, heartbeat 7200, options 01, sample 60, status 0, parameters v1
            // 32 00 14 00 (occupied 50, vacant default 20). Python: zlib.crc32(bytes([1,0]) + bytes(68) + bytes([1,0])
            // + pack('<IIii',600,7200,0,0) + bytes([1]) + pack('<II',60,0) + bytes([1,4]) + pack('<HH',50,20)) = 0xD685EB6E.
            Assert.AreEqual("1A2A00FFD685EB6E", Hex.Of(processor.Ack));

            var reloaded = new ConfigurationStore(storage, 0, 1, new ParkingLikeApplication());
            Assert.AreEqual(ConfigStatus.Ok, reloaded.Load());
            Assert.AreEqual(0xD685EB6Eu, reloaded.Crc);
        }

        [TestMethod]
        public void ARetriedDownlinkGivesTheSameAcknowledgementWithoutWritingAgain()
        {
            // 1C 05 | 03 01 confirmed on, sent twice (docs/payloads/remote-config.md, "Idempotent retries").
            byte[] downlink = Hex.Parse("1C05 0301");
            Assert.AreEqual(RemoteConfigResult.Ok, processor.Process(downlink, 0, downlink.Length, 1));
            string first = Hex.Of(processor.Ack);
            long writes = storage.WriteCount;
            Assert.AreNotEqual(0, writes);
            Assert.AreEqual(RemoteConfigResult.Ok, processor.Process(downlink, 0, downlink.Length, 2));
            Assert.AreEqual(writes, storage.WriteCount, "same configuration: nothing written");
            Assert.AreEqual(first, Hex.Of(processor.Ack));
        }

        [TestMethod]
        [DataRow("", RemoteConfigResult.Malformed, 0xFF, 0x00, DisplayName = "empty downlink")]
        [DataRow("1C07", RemoteConfigResult.Malformed, 0xFF, 0x07, DisplayName = "no command")]
        [DataRow("2C0705", RemoteConfigResult.UnsupportedVersion, 0xFF, 0x00, DisplayName = "version 2 (transaction not read)")]
        [DataRow("1A0705", RemoteConfigResult.Malformed, 0xFF, 0x07, DisplayName = "acknowledgement header sent down")]
        [DataRow("1C07" + "09", RemoteConfigResult.UnknownCommand, 0, 0x07, DisplayName = "unknown opcode 09")]
        [DataRow("1C07" + "0301" + "00", RemoteConfigResult.UnknownCommand, 1, 0x07, DisplayName = "opcode 0 after a good command")]
        [DataRow("1C07" + "01000000", RemoteConfigResult.Malformed, 0, 0x07, DisplayName = "report interval cut short")]
        [DataRow("1C07" + "0301" + "022000", RemoteConfigResult.Malformed, 1, 0x07, DisplayName = "threshold cut short")]
        [DataRow("1C07" + "03", RemoteConfigResult.Malformed, 0, 0x07, DisplayName = "confirmed without its byte")]
        [DataRow("1C07" + "010400000E10", RemoteConfigResult.UnknownParameter, 0, 0x07, DisplayName = "interval id 4")]
        [DataRow("1C07" + "01000000003B", RemoteConfigResult.ValueOutOfRange, 0, 0x07, DisplayName = "report 59 s")]
        [DataRow("1C07" + "010000278D01", RemoteConfigResult.ValueOutOfRange, 0, 0x07, DisplayName = "report 2592001 s")]
        [DataRow("1C07" + "01020000003B", RemoteConfigResult.ValueOutOfRange, 0, 0x07, DisplayName = "heartbeat 59 s")]
        [DataRow("1C07" + "010300000E0F", RemoteConfigResult.ValueOutOfRange, 0, 0x07, DisplayName = "status 3599 s")]
        [DataRow("1C07" + "0302", RemoteConfigResult.ValueOutOfRange, 0, 0x07, DisplayName = "confirmed 2")]
        [DataRow("1C07" + "04FF", RemoteConfigResult.ValueOutOfRange, 0, 0x07, DisplayName = "ADR FF")]
        [DataRow("1C07" + "0301" + "02010050", RemoteConfigResult.NotSupportedOnDevice, 1, 0x07, DisplayName = "BinNode threshold on this device")]
        [DataRow("1C07" + "0220012D", RemoteConfigResult.ValueOutOfRange, 0, 0x07, DisplayName = "occupied 301 µT: in the wire range, above this application's 300")]
        [DataRow("1C07" + "02210064", RemoteConfigResult.ValueOutOfRange, 0xFF, 0x07, DisplayName = "vacant 100 µT above occupied 40 µT: whole-record check")]
        [DataRow("1C07" + "0301" + "0401" + "010000005461", RemoteConfigResult.ValueOutOfRange, 0xFF, 0x07, DisplayName = "report 21601 s above heartbeat 21600 s")]
        [DataRow("1C07" + "0301" + "05" + "0400" + "07", RemoteConfigResult.UnknownCommand, 3, 0x07, DisplayName = "good commands then a bad one: nothing applied, no reboot")]
        [DataRow("1C07" + "060606060606060606", RemoteConfigResult.TooManyCommands, 8, 0x07, DisplayName = "nine commands")]
        public void ABadDownlinkIsAnsweredWithAnErrorAndChangesNothing(string hex, RemoteConfigResult expected, int index, int transactionId)
        {
            byte[] downlink = Hex.Parse(hex);
            long writes = storage.WriteCount;
            Assert.AreEqual(expected, processor.Process(downlink, 0, downlink.Length, 7));
            Assert.AreEqual(writes, storage.WriteCount, "nothing written");
            Assert.AreEqual(DefaultsCrc, store.Crc, "configuration in force unchanged");
            Assert.AreEqual(900u, store.Active.ReportIntervalSeconds);
            Assert.IsFalse(store.Active.ConfirmedUplinks);
            Assert.AreEqual(0, store.Active.ApplicationParametersLength);
            Assert.IsFalse(processor.RebootPending);
            Assert.IsFalse(processor.StatusRequested);
            Assert.IsTrue(processor.AckPending);

            // 1A, transaction, result, failing index, CRC of the defaults big-endian: 94 81 3A 21.
            CollectionAssert.AreEqual(new byte[] { 0x1A, (byte)transactionId, (byte)expected, (byte)index, 0x94, 0x81, 0x3A, 0x21 }, processor.Ack);
        }

        [TestMethod]
        public void WithoutAnApplicationEveryThresholdIsNotSupported()
        {
            var bare = new ConfigurationStore(storage, 0, 1, null);
            bare.Load();
            var handler = new RemoteConfigProcessor(bare);
            byte[] downlink = Hex.Parse("1C03 02200032");
            Assert.AreEqual(RemoteConfigResult.NotSupportedOnDevice, handler.Process(downlink, 0, downlink.Length, 1));
            Assert.AreEqual("1A030600" + "94813A21", Hex.Of(handler.Ack));
            Assert.AreEqual(0, storage.WriteCount);
        }

        [TestMethod]
        public void AStorageFailureKeepsThePreviousConfigurationAndSaysSo()
        {
            storage.ArmPowerCut(10, TornWriteModel.OldTail);
            byte[] downlink = Hex.Parse("1C09 0301");
            Assert.AreEqual(RemoteConfigResult.StorageFailed, processor.Process(downlink, 0, downlink.Length, 1));
            Assert.IsFalse(store.Active.ConfirmedUplinks);
            Assert.AreEqual(DefaultsCrc, store.Crc);
            Assert.AreEqual("1A0908FF94813A21", Hex.Of(processor.Ack));
        }

        [TestMethod]
        public void RebootAndStatusAloneWriteNothingAndThePendingStateSurvivesDeepSleep()
        {
            byte[] downlink = Hex.Parse("1C01 05 06");
            Assert.AreEqual(RemoteConfigResult.Ok, processor.Process(downlink, 0, downlink.Length, 0x0102));
            Assert.AreEqual(0, storage.WriteCount);
            Assert.AreEqual("1A0100FF94813A21", Hex.Of(processor.Ack));
            var state = new byte[RemoteConfigProcessor.StateLength];
            Assert.AreEqual(RemoteConfigProcessor.StateLength, processor.WriteState(state, 0));

            // flags 07 (ack, reboot, status), the 8 acknowledgement bytes, FCntDown 0x0102 little-endian.
            Assert.AreEqual("07" + "1A0100FF94813A21" + "02010000", Hex.Of(state));

            var afterWake = new RemoteConfigProcessor(store);
            afterWake.ReadState(state, 0, state.Length);
            Assert.IsTrue(afterWake.AckPending);
            Assert.IsTrue(afterWake.RebootPending);
            Assert.IsTrue(afterWake.StatusRequested);
            Assert.AreEqual(0x0102u, afterWake.AckDownlinkCounter);
            CollectionAssert.AreEqual(processor.Ack, afterWake.Ack);
            afterWake.AckSent();
            Assert.IsFalse(afterWake.AckPending);
            Assert.IsTrue(afterWake.StatusRequested, "the status reply is its own uplink");
            afterWake.StatusSent();
            Assert.IsFalse(afterWake.StatusRequested);
            Assert.IsTrue(afterWake.RebootPending, "reboot happens after the ack went out");
            afterWake.RebootStarted();
            Assert.IsFalse(afterWake.RebootPending);

            var fresh = new RemoteConfigProcessor(store);
            fresh.ReadState(state, 0, state.Length - 1);
            Assert.IsFalse(fresh.AckPending);
            Assert.IsFalse(fresh.RebootPending);
        }

        /// <summary>
        /// A stand-in application with ParkingNode's two thresholds: parameter block version 1 = occupied µT (u16 LE),
        /// vacant µT (u16 LE); empty block = defaults 40/20. Its own limit is occupied ≤ 300 µT (narrower than the
        /// wire's 500), and its cross-field rule is vacant &lt; occupied (hysteresis), checked on the whole block.
        /// </summary>
        private sealed class ParkingLikeApplication : IApplicationParameterValidator
        {
            public ConfigStatus Validate(byte version, byte[] buffer, int offset, int length)
            {
                if (length == 0)
                {
                    return ConfigStatus.Ok;
                }

                if (version != 1 || length != 4)
                {
                    return ConfigStatus.BadLength;
                }

                int occupied = buffer[offset] | (buffer[offset + 1] << 8);
                int vacant = buffer[offset + 2] | (buffer[offset + 3] << 8);
                return vacant < occupied ? ConfigStatus.Ok : ConfigStatus.Inconsistent;
            }

            public ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate)
            {
                if (thresholdId != 0x20 && thresholdId != 0x21)
                {
                    return ConfigStatus.UnknownField;
                }

                if (thresholdId == 0x20 && value > 300)
                {
                    return ConfigStatus.OutOfRange;
                }

                byte[] block = candidate.ApplicationParameters;
                if (candidate.ApplicationParametersLength == 0)
                {
                    candidate.ApplicationParametersVersion = 1;
                    candidate.ApplicationParametersLength = 4;
                    block[0] = 40;
                    block[1] = 0;
                    block[2] = 20;
                    block[3] = 0;
                }

                int at = thresholdId == 0x20 ? 0 : 2;
                block[at] = (byte)value;
                block[at + 1] = (byte)(value >> 8);
                return ConfigStatus.Ok;
            }
        }
    }
}
