// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Storage;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Runtime.Tests.Configuration
{
    [TestClass]
    public sealed class ConfigurationTests
    {
        internal static readonly byte[] TestAppKey = Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C");

        /// <summary>The provisioned example: OTAA, US915 sub-band 2, 5 min / 1 h, thresholds -5..100, confirmed, ADR, parameters v3 AB CD.</summary>
        internal static NodeConfiguration Provisioned()
        {
            var configuration = new NodeConfiguration
            {
                DevEui = 0x70B3D57ED0001234,
                JoinEui = 1,
                AppKeySet = true,
                Region = RegionId.Us915,
                SubBand = 2,
                ReportIntervalSeconds = 300,
                HeartbeatIntervalSeconds = 3600,
                ThresholdLow = -5,
                ThresholdHigh = 100,
                ConfirmedUplinks = true,
                AdrEnabled = true,
                ApplicationParametersVersion = 3,
                ApplicationParametersLength = 2,
            };
            TestAppKey.CopyTo(configuration.AppKey, 0);
            configuration.ApplicationParameters[0] = 0xAB;
            configuration.ApplicationParameters[1] = 0xCD;
            return configuration;
        }

        [TestMethod]
        public void DefaultsAreFactorySafeAndTheirCrcMatchesAnIndependentComputation()
        {
            var defaults = new NodeConfiguration();
            Assert.IsFalse(defaults.IsProvisioned);
            Assert.AreEqual(ConfigStatus.Ok, defaults.Validate(null, out _));
            var buffer = new byte[ConfigurationRecord.MaxLength];
            Assert.AreEqual(99, ConfigurationRecord.Write(defaults, buffer, 0));

            // Layout by hand (version 2): 01 00, 68 zero bytes (EUIs, AppKey, DevAddr, session keys), region 01,
            // sub-band 00, 900 s = 84 03 00 00, 21600 s = 60 54 00 00, thresholds 8 x 00, options 02 (ADR),
            // sample 300 s = 2C 01 00 00, status 86400 s = 80 51 01 00, version 00, length 00.
            // Python: zlib.crc32(bytes([1,0]) + bytes(68) + bytes([1,0]) + pack('<IIii',900,21600,0,0) + bytes([2])
            //   + pack('<II',300,86400) + bytes([0,0])) = 0x94813A21 (99 bytes).
            Assert.AreEqual(0x94813A21u, ConfigurationRecord.ComputeCrc(defaults, buffer));
            CollectionAssert.AreEqual(new byte[] { 0x01, 0x00, 0x84, 0x03, 0x00, 0x00, 0x60, 0x54 }, buffer[70..78]);
            CollectionAssert.AreEqual(new byte[] { 0x2C, 0x01, 0x00, 0x00, 0x80, 0x51, 0x01, 0x00 }, buffer[89..97]);
        }

        [TestMethod]
        public void AProvisionedRecordRoundTripsAndItsCrcMatchesAnIndependentComputation()
        {
            NodeConfiguration configuration = Provisioned();
            var buffer = new byte[ConfigurationRecord.MaxLength];
            int length = ConfigurationRecord.Write(configuration, buffer, 0);
            Assert.AreEqual(101, length);
            // DevEUI 70B3D57ED0001234 little-endian on storage, as on the air.
            CollectionAssert.AreEqual(new byte[] { 0x34, 0x12, 0x00, 0xD0, 0x7E, 0xD5, 0xB3, 0x70 }, buffer[2..10]);
            // Python: zlib.crc32(bytes([1,1]) + pack('<Q',0x70B3D57ED0001234) + pack('<Q',1) + key + bytes(36)
            //   + bytes([2,2]) + pack('<IIii',300,3600,-5,100) + bytes([3]) + pack('<II',300,86400) + bytes([3,2,0xAB,0xCD]))
            //   = 0x16D851F3 (options 03 = confirmed + ADR; sample and status at their defaults)
            Assert.AreEqual(0x16D851F3u, ConfigurationRecord.ComputeCrc(configuration, buffer));

            var read = new NodeConfiguration();
            Assert.AreEqual(ConfigStatus.Ok, ConfigurationRecord.Read(buffer, 0, length, ConfigurationRecord.Version, read));
            Assert.AreEqual(configuration.DevEui, read.DevEui);
            Assert.AreEqual(RegionId.Us915, read.Region);
            Assert.AreEqual(-5, read.ThresholdLow);
            CollectionAssert.AreEqual(TestAppKey, read.AppKey);
            Assert.IsTrue(read.IsProvisioned);
            Assert.AreEqual(ConfigStatus.BadLength, ConfigurationRecord.Read(buffer, 0, length - 1, ConfigurationRecord.Version, read));
        }

        [TestMethod]
        [DataRow(ConfigField.Activation, ConfigStatus.OutOfRange)]
        [DataRow(ConfigField.Region, ConfigStatus.OutOfRange)]
        [DataRow(ConfigField.SubBand, ConfigStatus.OutOfRange)]
        [DataRow(ConfigField.SubBand, ConfigStatus.Inconsistent)]
        [DataRow(ConfigField.ReportIntervalSeconds, ConfigStatus.OutOfRange)]
        [DataRow(ConfigField.HeartbeatIntervalSeconds, ConfigStatus.OutOfRange)]
        [DataRow(ConfigField.HeartbeatIntervalSeconds, ConfigStatus.Inconsistent)]
        [DataRow(ConfigField.SampleIntervalSeconds, ConfigStatus.OutOfRange)]
        [DataRow(ConfigField.StatusIntervalSeconds, ConfigStatus.OutOfRange)]
        [DataRow(ConfigField.ThresholdHigh, ConfigStatus.Inconsistent)]
        [DataRow(ConfigField.ApplicationParameters, ConfigStatus.ApplicationRejected)]
        public void AnInvalidFieldIsNamedAndACommitChangesNothing(ConfigField field, ConfigStatus expected)
        {
            var storage = new SimulatedFlashStorage(2);
            var store = new ConfigurationStore(storage, 0, 1, new RejectVersionNine());
            store.Load();
            Assert.AreEqual(ConfigStatus.Ok, store.Commit(Provisioned()));
            uint crc = store.Crc;
            long writes = storage.WriteCount;

            NodeConfiguration bad = Provisioned();
            switch (field)
            {
                case ConfigField.Activation: bad.Activation = (ActivationMode)7; break;
                case ConfigField.Region: bad.Region = (RegionId)42; break;
                case ConfigField.SubBand when expected == ConfigStatus.OutOfRange: bad.SubBand = 9; break;
                case ConfigField.SubBand: bad.Region = RegionId.Eu868; break; // sub-band 2 on a dynamic plan
                case ConfigField.ReportIntervalSeconds: bad.ReportIntervalSeconds = 59; break;
                case ConfigField.HeartbeatIntervalSeconds when expected == ConfigStatus.OutOfRange: bad.HeartbeatIntervalSeconds = 2592001; break;
                case ConfigField.HeartbeatIntervalSeconds: bad.ReportIntervalSeconds = 600; bad.HeartbeatIntervalSeconds = 300; break;
                case ConfigField.SampleIntervalSeconds: bad.SampleIntervalSeconds = 0; break;
                case ConfigField.StatusIntervalSeconds: bad.StatusIntervalSeconds = 3599; break; // 0 = off is valid, 1..3599 is not
                case ConfigField.ThresholdHigh: bad.ThresholdHigh = -6; break;
                default: bad.ApplicationParametersVersion = 9; break;
            }

            Assert.AreEqual(expected, store.Commit(bad));
            Assert.AreEqual(field, store.LastErrorField);
            Assert.AreEqual(crc, store.Crc);
            Assert.AreEqual(writes, storage.WriteCount, "nothing written");
            Assert.AreEqual(300u, store.Active.ReportIntervalSeconds);
        }

        [TestMethod]
        public void WithoutAStoredRecordTheDefaultsAreInForce()
        {
            var store = new ConfigurationStore(new SimulatedFlashStorage(2), 0, 1, null);
            Assert.AreEqual(ConfigStatus.NoRecord, store.Load());
            Assert.IsFalse(store.Active.IsProvisioned);
            Assert.AreEqual(0x94813A21u, store.Crc);
        }

        [TestMethod]
        public void AStoredRecordWithAnOutOfRangeValueOrUnknownVersionFallsBackToDefaults()
        {
            var storage = new SimulatedFlashStorage(2);
            var pair = new SlotPair(storage, 0, 1, (byte)'C', (byte)'F', ConfigurationRecord.MaxLength);
            NodeConfiguration bad = Provisioned();
            bad.ReportIntervalSeconds = 5;
            int length = ConfigurationRecord.Write(bad, pair.Image, SlotPair.PayloadOffset);
            pair.Save(length, ConfigurationRecord.Version, 0);
            var store = new ConfigurationStore(storage, 0, 1, null);
            Assert.AreEqual(ConfigStatus.RecordInvalid, store.Load());
            Assert.AreEqual(ConfigField.ReportIntervalSeconds, store.LastErrorField);
            Assert.AreEqual(ConfigurationLimits.DefaultReportIntervalSeconds, store.Active.ReportIntervalSeconds);

            length = ConfigurationRecord.Write(Provisioned(), pair.Image, SlotPair.PayloadOffset);
            pair.Save(length, 3, 0);
            Assert.AreEqual(ConfigStatus.RecordInvalid, store.Load());
            Assert.IsFalse(store.Active.IsProvisioned);
        }

        [TestMethod]
        public void APowerCutAtAnyByteOfACommitLeavesTheOldOrTheNewConfigurationInForce()
        {
            foreach (TornWriteModel model in Enum.GetValues<TornWriteModel>())
            {
                var storage = new SimulatedFlashStorage(2);
                var store = new ConfigurationStore(storage, 0, 1, null);
                store.Load();
                Assert.AreEqual(ConfigStatus.Ok, store.Commit(Provisioned()));
                uint oldCrc = store.Crc;
                NodeConfiguration changed = Provisioned();
                changed.ReportIntervalSeconds = 1200;
                int recordLength = SlotPair.RecordLength(101);
                for (int cut = 0; cut <= recordLength; cut++)
                {
                    storage.PowerOn();
                    var before = new ConfigurationStore(storage, 0, 1, null);
                    before.Load();
                    storage.ArmPowerCut(cut, model);
                    Assert.AreEqual(ConfigStatus.StorageFailed, before.Commit(changed));
                    Assert.AreEqual(oldCrc, before.Crc, "a failed commit keeps the old configuration in force");
                    storage.PowerOn();
                    var after = new ConfigurationStore(storage, 0, 1, null);
                    Assert.AreEqual(ConfigStatus.Ok, after.Load(), $"{model} cut {cut}");
                    uint expected = cut == recordLength ? ConfigurationRecord.ComputeCrc(changed, new byte[ConfigurationRecord.MaxLength]) : oldCrc;
                    Assert.AreEqual(expected, after.Crc, $"{model} cut {cut}");
                    if (cut == recordLength)
                    {
                        // Put the old one back for the next offset.
                        Assert.AreEqual(ConfigStatus.Ok, after.Commit(Provisioned()));
                    }
                }
            }
        }

        [TestMethod]
        public void AVersion1RecordStillLoadsWithTheNewIntervalsAtTheirDefaults()
        {
            // Version 1 = version 2 without bytes 89..96 (sample and status intervals), written by firmware before them.
            // Python: zlib.crc32 of the version-1 bytes of Provisioned() = 0xC999FB04 (the CRC that firmware reported).
            var storage = new SimulatedFlashStorage(2);
            var pair = new SlotPair(storage, 0, 1, (byte)'C', (byte)'F', ConfigurationRecord.MaxLength);
            var full = new byte[ConfigurationRecord.MaxLength];
            int length = ConfigurationRecord.Write(Provisioned(), full, 0);
            Array.Copy(full, 0, pair.Image, SlotPair.PayloadOffset, 89);
            Array.Copy(full, 97, pair.Image, SlotPair.PayloadOffset + 89, length - 97);
            Assert.AreEqual(0xC999FB04u, LoRaWan.Mac.Crc32.Compute(pair.Image, SlotPair.PayloadOffset, length - 8));
            pair.Save(length - 8, ConfigurationRecord.Version1, 0);

            var store = new ConfigurationStore(storage, 0, 1, null);
            Assert.AreEqual(ConfigStatus.Ok, store.Load());
            Assert.AreEqual(300u, store.Active.SampleIntervalSeconds);
            Assert.AreEqual(86400u, store.Active.StatusIntervalSeconds);
            Assert.AreEqual(-5, store.Active.ThresholdLow);
            Assert.AreEqual(2, store.Active.ApplicationParametersLength);
            Assert.AreEqual(0xCD, store.Active.ApplicationParameters[1]);
            Assert.AreEqual(0x16D851F3u, store.Crc, "in force as version 2, CRC as computed in the round-trip test");
        }

        private sealed class RejectVersionNine : IApplicationParameterValidator
        {
            public ConfigStatus Validate(byte version, byte[] buffer, int offset, int length) => version == 9 ? ConfigStatus.ApplicationRejected : ConfigStatus.Ok;

            public ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate) => ConfigStatus.UnknownField;
        }
    }
}
