// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.DeviceTests.Mac
{
    /// <summary>
    /// The MAC state record a node writes before deep sleep and reads on wake, on the device's own runtime: the header
    /// bytes are checked against the layout documented in MacStateRecord (magic 'L' 'W', version 2, length, region,
    /// flags, DevAddr and keys little-endian), the state comes back exactly, and a damaged or cut record is refused
    /// without touching the state. Session values: <see cref="LoraPacketVector"/>.
    /// </summary>
    [TestClass]
    public class MacStateRecordDeviceTests
    {
        private const uint DevAddr = LoraPacketVector.DevAddr;
        private const string NwkSKey = LoraPacketVector.NwkSKey;
        private const string AppSKey = LoraPacketVector.AppSKey;

        private static MacState saved;
        private static MacState restored;
        private static MacState scratch;
        private static byte[] record;

        /// <summary>Three EU868 states and a record buffer, created once as the node does at start-up.</summary>
        [Setup]
        public void CreateStates()
        {
            RegionParameters eu868 = RegionParameters.Get(RegionId.Eu868);
            saved = new MacState(eu868);
            restored = new MacState(eu868);
            scratch = new MacState(eu868);
            record = new byte[MacStateRecord.MaxLength(saved)];
        }

        /// <summary>Header and session bytes sit where the documented layout puts them.</summary>
        [TestMethod]
        public void Writes_the_documented_header_and_session_bytes()
        {
            FillSavedState();
            int length = MacStateRecord.Write(saved, 123456, record, 0);

            // 0 'L' 'W' | 2 version 2 (v2 added the RETRANSMIT_TIMEOUT time at 81) | 3 length LE | 5 region id (Eu868 = 1)
            // 6 flags: downlink received (bit 1) + ADR on (bit 3, the default) = 0x0A; not joined (bit 0) for an ABP session set on the state alone
            Assert.AreEqual("4C5702", HexBytes.Format(record, 0, 3));
            Assert.AreEqual(length, record[3] | (record[4] << 8));
            Assert.AreEqual((byte)1, record[5]);
            Assert.AreEqual((byte)0x0A, record[6]);

            // 7 DevAddr LE | 11 NwkSKey | 27 AppSKey | 43 FCntUp LE (1000 = 0x3E8) | 47 NFCntDown LE (17 = 0x11)
            Assert.AreEqual("F17DBE49", HexBytes.Format(record, 7, 4));
            Assert.AreEqual(HexBytes.Normalize(NwkSKey), HexBytes.Format(record, 11, 16));
            Assert.AreEqual(HexBytes.Normalize(AppSKey), HexBytes.Format(record, 27, 16));
            Assert.AreEqual("E8030000", HexBytes.Format(record, 43, 4));
            Assert.AreEqual("11000000", HexBytes.Format(record, 47, 4));

            // The last four bytes are the CRC-32 of everything before them, little-endian.
            uint crc = Crc32.Compute(record, 0, length - 4);
            Assert.AreEqual(crc, (uint)(record[length - 4] | (record[length - 3] << 8) | (record[length - 2] << 16) | (record[length - 1] << 24)));
        }

        /// <summary>What was saved comes back exactly, with the MAC time of the save.</summary>
        [TestMethod]
        public void Restores_the_state_exactly()
        {
            FillSavedState();
            int length = MacStateRecord.Write(saved, 123456, record, 0);
            long savedAt;
            LoRaWanStatus status = MacStateRecord.Read(restored, scratch, record, 0, length, out savedAt);

            Assert.AreEqual((int)LoRaWanStatus.Ok, (int)status);
            Assert.AreEqual(123456L, savedAt);
            Assert.AreEqual(DevAddr, restored.Session.DevAddr);
            Assert.IsTrue(restored.Session.DownlinkReceived);
            Assert.AreEqual(HexBytes.Normalize(NwkSKey), HexBytes.Format(restored.Session.NwkSKey, 0, 16));
            Assert.AreEqual(HexBytes.Normalize(AppSKey), HexBytes.Format(restored.Session.AppSKey, 0, 16));
            Assert.AreEqual(1000u, restored.Session.FCntUp);
            Assert.AreEqual(17u, restored.Session.NFCntDown);

            // The MAC parameters a fresh EU868 state starts with come back as well (RP002-1.0.4 §2.4: RX2 869.525 MHz at
            // DR0, RECEIVE_DELAY1 1 s; uplinks start at the default channels' lowest data rate, DR0; ADR on by default).
            Assert.AreEqual(869525000u, restored.Rx2FrequencyHz);
            Assert.AreEqual(0, restored.Rx2DataRate);
            Assert.AreEqual(1, restored.Rx1DelaySeconds);
            Assert.AreEqual(0, restored.DataRate);
            Assert.IsTrue(restored.AdrEnabled);
            Assert.IsFalse(restored.Joined);
        }

        /// <summary>Each single flipped bit (first byte, a key byte, the CRC) is refused and the state is left as it was.</summary>
        /// <param name="position">Byte to damage: 0 magic, 20 inside NwkSKey, -1 the CRC's last byte.</param>
        [TestMethod]
        [DataRow(0)]
        [DataRow(20)]
        [DataRow(-1)]
        public void Refuses_a_damaged_record_and_changes_nothing(int position)
        {
            FillSavedState();
            int length = MacStateRecord.Write(saved, 123456, record, 0);
            int damaged = position < 0 ? length + position : position;
            record[damaged] ^= 0x01;
            restored.Session.DevAddr = 0x11223344;
            long savedAt;
            LoRaWanStatus status = MacStateRecord.Read(restored, scratch, record, 0, length, out savedAt);

            Assert.AreEqual((int)LoRaWanStatus.StateRecordInvalid, (int)status);
            Assert.AreEqual(0x11223344u, restored.Session.DevAddr);
        }

        /// <summary>A record cut short (power lost mid-write) is refused.</summary>
        [TestMethod]
        public void Refuses_a_truncated_record()
        {
            FillSavedState();
            int length = MacStateRecord.Write(saved, 123456, record, 0);
            long savedAt;
            LoRaWanStatus status = MacStateRecord.Read(restored, scratch, record, 0, length - 1, out savedAt);
            Assert.AreEqual((int)LoRaWanStatus.StateRecordInvalid, (int)status);
        }

        /// <summary>The session through its public API (the MAC engine owns the other MAC parameters; they keep the region defaults).</summary>
        private static void FillSavedState()
        {
            saved.Session.ActivateByPersonalization(DevAddr, HexBytes.Parse(NwkSKey), HexBytes.Parse(AppSKey), 1000, 17, true);
        }
    }
}
