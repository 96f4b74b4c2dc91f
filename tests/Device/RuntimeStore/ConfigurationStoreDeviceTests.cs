// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Storage;

namespace SmartCityNodes.DeviceTests.RuntimeStore
{
    /// <summary>
    /// The configuration record and its store on the device's own runtime, against the version-2 layout documented in
    /// firmware/Runtime/Configuration/ConfigurationRecord.cs (little-endian) and the configuration CRC of
    /// docs/payloads/status.md (CRC-32, IEEE 802.3, of the record bytes). The record bytes are written out field by
    /// field below; their CRC values come from an independent implementation, Python's zlib.crc32 over the same hex
    /// (the CRC-32 itself is checked against the catalogued check value 0xCBF43926 in Crc32DeviceTests).
    /// </summary>
    [TestClass]
    public class ConfigurationStoreDeviceTests
    {
        /// <summary>Slots 2 and 3: the configuration pair by convention (docs/persistent-state.md).</summary>
        private const int SlotA = 2;
        private const int SlotB = 3;

        /// <summary>
        /// The provisioned configuration of <see cref="FillProvisioned"/>, 101 bytes:
        /// 0 activation ABP = 02 | 1 key flags NwkSKey (bit 1) + AppSKey (bit 2) = 06 | 2 DevEUI 70B3D57ED0001234 LE
        /// 10 JoinEUI 0102030405060708 LE | 18 AppKey not set: 16 × 00 | 34 DevAddr 49BE7DF1 LE | 38 NwkSKey | 54 AppSKey
        /// 70 region EU868 = 01 | 71 sub-band 00 | 72 report 600 s = 0x258 | 76 heartbeat 3600 s = 0xE10
        /// 80 threshold low −20 = 0xFFFFFFEC | 84 threshold high 80 = 0x50 | 88 options confirmed (bit 0) + ADR (bit 1) = 03
        /// 89 sample 120 s = 0x78 | 93 status interval 0 (off) | 97 parameters version 01 | 98 length 02 | 99 parameters 0A 14.
        /// </summary>
        private const string ProvisionedRecord =
            "02 06 3412 00D0 7ED5 B370 0807 0605 0403 0201 00000000000000000000000000000000 F17DBE49 "
            + LoraPacketVector.NwkSKey + " " + LoraPacketVector.AppSKey + " "
            + "01 00 58020000 100E0000 ECFFFFFF 50000000 03 78000000 00000000 01 02 0A14";

        /// <summary>Python: zlib.crc32(bytes.fromhex(ProvisionedRecord with the spaces removed)).</summary>
        private const uint ProvisionedCrc = 0x72928EBB;

        /// <summary>
        /// The factory defaults (NodeConfiguration.ResetToDefaults), 99 bytes: OTAA = 01, no key flags, every identity and
        /// key byte 0, EU868, sub-band 0, report 900 s = 0x384, heartbeat 21 600 s = 0x5460, thresholds 0, ADR only = 02,
        /// sample 300 s = 0x12C, status 86 400 s = 0x15180, no application parameters.
        /// </summary>
        private const string DefaultRecord =
            "01 00 0000000000000000 0000000000000000 00000000000000000000000000000000 00000000 "
            + "00000000000000000000000000000000 00000000000000000000000000000000 "
            + "01 00 84030000 60540000 00000000 00000000 02 2C010000 80510100 00 00";

        /// <summary>Python: zlib.crc32(bytes.fromhex(DefaultRecord with the spaces removed)).</summary>
        private const uint DefaultCrc = 0x94813A21;

        // Each test starts from empty slots and fresh objects of its own (the launcher keeps static fields between tests).
        private static InMemorySlotStorage storage;
        private static NodeConfiguration staged;
        private static byte[] recordBuffer;

        /// <summary>The record written by hand above, byte for byte, and its CRC.</summary>
        [TestMethod]
        public void Writes_the_documented_record_and_its_crc_matches_an_independent_crc32()
        {
            staged = new NodeConfiguration();
            recordBuffer = new byte[ConfigurationRecord.MaxLength];
            FillProvisioned(staged);
            int length = ConfigurationRecord.Write(staged, recordBuffer, 0);

            Assert.AreEqual(101, length);
            Assert.AreEqual(HexBytes.Normalize(ProvisionedRecord), HexBytes.Format(recordBuffer, 0, length));
            Assert.AreEqual(ProvisionedCrc, ConfigurationRecord.ComputeCrc(staged, recordBuffer));
        }

        /// <summary>A commit puts the configuration and its CRC in force; the next boot loads both back from the slots.</summary>
        [TestMethod]
        public void A_commit_survives_a_reboot_with_the_same_crc()
        {
            storage = new InMemorySlotStorage(4, 256);
            staged = new NodeConfiguration();
            FillProvisioned(staged);
            ConfigurationStore store = new ConfigurationStore(storage, SlotA, SlotB, null);
            Assert.AreEqual((int)ConfigStatus.NoRecord, (int)store.Load());
            Assert.AreEqual((int)ConfigStatus.Ok, (int)store.Commit(staged));
            Assert.AreEqual(ProvisionedCrc, store.Crc);

            ConfigurationStore rebooted = new ConfigurationStore(storage, SlotA, SlotB, null);
            Assert.AreEqual((int)ConfigStatus.Ok, (int)rebooted.Load());
            Assert.AreEqual(ProvisionedCrc, rebooted.Crc);
            Assert.AreEqual(1u, rebooted.Sequence);
            NodeConfiguration active = rebooted.Active;
            Assert.AreEqual((int)ActivationMode.Abp, (int)active.Activation);
            Assert.IsTrue(active.IsProvisioned);
            Assert.AreEqual(LoraPacketVector.DevAddr, active.DevAddr);
            Assert.AreEqual(HexBytes.Normalize(LoraPacketVector.NwkSKey), HexBytes.Format(active.NetworkSessionKey, 0, 16));
            Assert.AreEqual(HexBytes.Normalize(LoraPacketVector.AppSKey), HexBytes.Format(active.ApplicationSessionKey, 0, 16));
            Assert.AreEqual(-20, active.ThresholdLow);
            Assert.AreEqual(80, active.ThresholdHigh);
            Assert.AreEqual(600u, active.ReportIntervalSeconds);
            Assert.IsTrue(active.ConfirmedUplinks);
            Assert.AreEqual("0A14", HexBytes.Format(active.ApplicationParameters, 0, active.ApplicationParametersLength));
        }

        /// <summary>Two commits: the newer one (sequence 2, slot B) is in force after a reboot.</summary>
        [TestMethod]
        public void The_newer_commit_is_in_force_after_a_reboot()
        {
            storage = new InMemorySlotStorage(4, 256);
            ConfigurationStore store = CommitProvisionedThenChangedReportInterval(1200);

            ConfigurationStore rebooted = new ConfigurationStore(storage, SlotA, SlotB, null);
            Assert.AreEqual((int)ConfigStatus.Ok, (int)rebooted.Load());
            Assert.AreEqual(2u, rebooted.Sequence);
            Assert.AreEqual(1200u, rebooted.Active.ReportIntervalSeconds);
            Assert.AreEqual(store.Crc, rebooted.Crc);
            Assert.AreNotEqual(ProvisionedCrc, rebooted.Crc);
        }

        /// <summary>
        /// A power cut during the second commit: Commit reports StorageFailed and changes nothing in force, and the next boot
        /// loads the first configuration with its CRC.
        /// </summary>
        /// <param name="bytesBeforeCut">Bytes of the 115-byte record (101 + 14) that reached the flash.</param>
        [TestMethod]
        [DataRow(0)]
        [DataRow(60)]
        [DataRow(114)]
        public void A_torn_commit_leaves_the_previous_configuration_in_force(int bytesBeforeCut)
        {
            storage = new InMemorySlotStorage(4, 256);
            staged = new NodeConfiguration();
            FillProvisioned(staged);
            ConfigurationStore store = new ConfigurationStore(storage, SlotA, SlotB, null);
            store.Load();
            store.Commit(staged);

            staged.ReportIntervalSeconds = 1200;
            storage.TearNextWriteAfter(bytesBeforeCut);
            Assert.AreEqual((int)ConfigStatus.StorageFailed, (int)store.Commit(staged));
            Assert.AreEqual(600u, store.Active.ReportIntervalSeconds);
            Assert.AreEqual(ProvisionedCrc, store.Crc);

            ConfigurationStore rebooted = new ConfigurationStore(storage, SlotA, SlotB, null);
            Assert.AreEqual((int)ConfigStatus.Ok, (int)rebooted.Load());
            Assert.AreEqual(600u, rebooted.Active.ReportIntervalSeconds);
            Assert.AreEqual(ProvisionedCrc, rebooted.Crc);
        }

        /// <summary>A bad CRC in the newer record (slot B) falls back to the older configuration.</summary>
        [TestMethod]
        public void A_damaged_newer_record_falls_back_to_the_older_configuration()
        {
            storage = new InMemorySlotStorage(4, 256);
            CommitProvisionedThenChangedReportInterval(1200);
            storage.FlipBit(SlotB, 50); // inside the payload: the CRC no longer matches

            ConfigurationStore rebooted = new ConfigurationStore(storage, SlotA, SlotB, null);
            Assert.AreEqual((int)ConfigStatus.Ok, (int)rebooted.Load());
            Assert.AreEqual(1u, rebooted.Sequence);
            Assert.AreEqual(600u, rebooted.Active.ReportIntervalSeconds);
            Assert.AreEqual(ProvisionedCrc, rebooted.Crc);
        }

        /// <summary>
        /// No valid record (never written, or both copies damaged): the documented NoRecord, the factory defaults in force
        /// (unprovisioned: the node never joins), and the CRC of the default record.
        /// </summary>
        /// <param name="damagedCopies">0: fresh slots; 2: two commits, then a bit flipped in each slot.</param>
        [TestMethod]
        [DataRow(0)]
        [DataRow(2)]
        public void Without_a_valid_record_the_defaults_are_in_force(int damagedCopies)
        {
            storage = new InMemorySlotStorage(4, 256);
            if (damagedCopies == 2)
            {
                CommitProvisionedThenChangedReportInterval(1200);
                storage.FlipBit(SlotA, 20);
                storage.FlipBit(SlotB, 100);
            }

            ConfigurationStore rebooted = new ConfigurationStore(storage, SlotA, SlotB, null);
            Assert.AreEqual((int)ConfigStatus.NoRecord, (int)rebooted.Load());
            Assert.IsFalse(rebooted.Active.IsProvisioned);
            Assert.AreEqual((int)ActivationMode.Otaa, (int)rebooted.Active.Activation);
            Assert.AreEqual(900u, rebooted.Active.ReportIntervalSeconds);
            Assert.AreEqual(DefaultCrc, rebooted.Crc);

            recordBuffer = new byte[ConfigurationRecord.MaxLength];
            int length = ConfigurationRecord.Write(rebooted.Active, recordBuffer, 0);
            Assert.AreEqual(HexBytes.Normalize(DefaultRecord), HexBytes.Format(recordBuffer, 0, length));
        }

        private static ConfigurationStore CommitProvisionedThenChangedReportInterval(uint reportIntervalSeconds)
        {
            staged = new NodeConfiguration();
            FillProvisioned(staged);
            ConfigurationStore store = new ConfigurationStore(storage, SlotA, SlotB, null);
            store.Load();
            Assert.AreEqual((int)ConfigStatus.Ok, (int)store.Commit(staged));
            staged.ReportIntervalSeconds = reportIntervalSeconds;
            Assert.AreEqual((int)ConfigStatus.Ok, (int)store.Commit(staged));
            return store;
        }

        /// <summary>An ABP node with the lora-packet session (<see cref="LoraPacketVector"/>); the values of <see cref="ProvisionedRecord"/>.</summary>
        private static void FillProvisioned(NodeConfiguration configuration)
        {
            configuration.ResetToDefaults();
            configuration.Activation = ActivationMode.Abp;
            configuration.DevEui = 0x70B3D57ED0001234;
            configuration.JoinEui = 0x0102030405060708;
            configuration.DevAddr = LoraPacketVector.DevAddr;
            HexBytes.ParseInto(LoraPacketVector.NwkSKey, configuration.NetworkSessionKey, 0);
            configuration.NetworkSessionKeySet = true;
            HexBytes.ParseInto(LoraPacketVector.AppSKey, configuration.ApplicationSessionKey, 0);
            configuration.ApplicationSessionKeySet = true;
            configuration.Region = RegionId.Eu868;
            configuration.SubBand = 0;
            configuration.ReportIntervalSeconds = 600;
            configuration.HeartbeatIntervalSeconds = 3600;
            configuration.ThresholdLow = -20;
            configuration.ThresholdHigh = 80;
            configuration.ConfirmedUplinks = true;
            configuration.AdrEnabled = true;
            configuration.SampleIntervalSeconds = 120;
            configuration.StatusIntervalSeconds = 0;
            configuration.ApplicationParametersVersion = 1;
            configuration.ApplicationParameters[0] = 0x0A;
            configuration.ApplicationParameters[1] = 0x14;
            configuration.ApplicationParametersLength = 2;
        }
    }
}
