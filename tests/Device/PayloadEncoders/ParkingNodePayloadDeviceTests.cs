// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Parking;

namespace SmartCityNodes.DeviceTests.Payloads
{
    /// <summary>
    /// The ParkingNode heartbeat and occupancy-change messages on the device's own runtime, against
    /// docs/payloads/parkingnode.md (8 bytes: 0 header 0x10 heartbeat / 0x11 occupancy change; 1 bit 7 occupied, bits 6..3
    /// reserved, bit 2 battery-monitor fault, bit 1 baseline not calibrated, bit 0 magnetometer fault; 2–3 minutes since
    /// the last change u16 big-endian, 0xFFFF = no change since start; 4–5 change counter modulo 65 536; 6 deviation µT,
    /// 0xFF fault; 7 battery byte).
    /// </summary>
    [TestClass]
    public class ParkingNodePayloadDeviceTests
    {
        private static ParkingNodeReadings readings;
        private static byte[] frame;

        /// <summary>One readings object and one frame, as the node creates them at start-up; every test fills them whole.</summary>
        [Setup]
        public void CreateReadings()
        {
            readings = new ParkingNodeReadings();
            frame = new byte[ParkingNodePayloadEncoder.Length];
        }

        /// <summary>docs/payloads/parkingnode.md, "Example": the documented occupancy change, byte for byte.</summary>
        [TestMethod]
        public void Encodes_the_documented_example_occupancy_change()
        {
            FillDocumentedExample();
            int length = ParkingNodePayloadEncoder.EncodeOccupancyChange(frame, 0, readings);

            // 0 header: version 1, type 1 (event) = 0x11 | 1 occupied (bit 7), no fault = 0x80
            // 2 free for 95 min = 0x005F | 4 1234th change = 0x04D2
            // 6 42.3 µT (423 mG / 10 mG per µT) → 42 = 0x2A | 7 battery (3600 − 2000) / 10 = 160 = 0xA0
            Assert.AreEqual(8, length);
            Assert.AreEqual(HexBytes.Normalize("11 80 005F 04D2 2A A0"), HexBytes.Format(frame, 0, 8));
        }

        /// <summary>A heartbeat from an uncalibrated node that has seen no change yet, at an offset: nothing written outside.</summary>
        [TestMethod]
        public void Encodes_a_heartbeat_at_an_offset_and_writes_nothing_else()
        {
            readings.Occupied = false;
            readings.MinutesSinceChange = PayloadFormat.Missing;
            readings.ChangeCount = 0;
            readings.MagneticDeviationMilligauss = 5;
            readings.BatteryMillivolts = PayloadFormat.Missing;
            readings.Faults = ParkingNodeFaults.BaselineNotCalibrated;
            byte[] buffer = GuardedBuffer.Create(11);
            int length = ParkingNodePayloadEncoder.EncodeHeartbeat(buffer, 1, readings);

            // 0 header 0x10 | 1 free, baseline not calibrated (bit 1) = 0x02 | 2 no change since start = 0xFFFF
            // 4 count 0 = 0x0000 | 6 0.5 µT → 1 (half up) | 7 battery missing = 0xFF (no fault bit)
            Assert.AreEqual(8, length);
            Assert.AreEqual(HexBytes.Normalize("A5 10 02 FFFF 0000 01 FF A5A5"), HexBytes.Format(buffer, 0, 11));
        }

        /// <summary>
        /// Fault bits: the magnetometer fault keeps the last known occupied bit and sends deviation 0xFF, the battery
        /// fault sends battery 0xFF; reserved bits 6..3 are sent as 0.
        /// </summary>
        /// <param name="faultBits">ParkingNodeFaults bits.</param>
        /// <param name="expectedFrame">The whole heartbeat.</param>
        [TestMethod]
        [DataRow(0x01, "10 81 005F 04D2 FF A0")] // magnetometer: occupied kept, deviation 0xFF
        [DataRow(0x04, "10 84 005F 04D2 2A FF")] // battery monitor: battery 0xFF
        [DataRow(0x07, "10 87 005F 04D2 FF FF")] // all three
        [DataRow(0x78, "10 80 005F 04D2 2A A0")] // reserved bits 6..3 only: not sent
        public void Fault_bits_send_the_fault_values_and_reserved_bits_stay_0(int faultBits, string expectedFrame)
        {
            FillDocumentedExample();
            readings.Faults = (ParkingNodeFaults)faultBits;
            ParkingNodePayloadEncoder.EncodeHeartbeat(frame, 0, readings);
            Assert.AreEqual(HexBytes.Normalize(expectedFrame), HexBytes.Format(frame, 0, 8));
        }

        /// <summary>Minutes since the change: 0..65 534, saturated at 65 534 ("that or more"); 0xFFFF only for "no change seen".</summary>
        /// <param name="minutes">Minutes.</param>
        /// <param name="expectedHex">Bytes 2–3.</param>
        [TestMethod]
        [DataRow(0, "0000")]
        [DataRow(65534, "FFFE")] // 45.5 days, the highest reading
        [DataRow(65535, "FFFE")] // saturated, not the "unknown" value
        [DataRow(1000000, "FFFE")]
        [DataRow(int.MinValue, "FFFF")] // PayloadFormat.Missing: no change seen since start
        public void Minutes_since_change_saturate_below_the_unknown_value(int minutes, string expectedHex)
        {
            FillDocumentedExample();
            readings.MinutesSinceChange = minutes;
            ParkingNodePayloadEncoder.EncodeOccupancyChange(frame, 0, readings);
            Assert.AreEqual(expectedHex, HexBytes.Format(frame, 2, 2));
        }

        /// <summary>The change counter is sent modulo 65 536 (it wraps, unlike the readings).</summary>
        /// <param name="changes">Changes since start.</param>
        /// <param name="expectedHex">Bytes 4–5.</param>
        [TestMethod]
        [DataRow(65535, "FFFF")]
        [DataRow(65536, "0000")] // 65 536 mod 65 536
        [DataRow(70000, "1170")] // 70 000 − 65 536 = 4464 = 0x1170
        public void Change_counter_wraps_at_65536(int changes, string expectedHex)
        {
            FillDocumentedExample();
            readings.ChangeCount = changes;
            ParkingNodePayloadEncoder.EncodeOccupancyChange(frame, 0, readings);
            Assert.AreEqual(expectedHex, HexBytes.Format(frame, 4, 2));
        }

        /// <summary>Deviation: milligauss / 10 rounded half up to µT, 0..254 ("that or more"), 0xFF only for a fault.</summary>
        /// <param name="milligauss">|B − B_empty| in mG.</param>
        /// <param name="expectedRaw">Byte 6.</param>
        [TestMethod]
        [DataRow(0, 0)]
        [DataRow(4, 0)] // 0.4 µT
        [DataRow(5, 1)] // 0.5 µT → 1
        [DataRow(2540, 254)] // 254 µT, the highest reading
        [DataRow(2545, 254)] // 254.5 would round to 255, the fault value: saturated
        [DataRow(50000, 254)] // 5 G
        public void Deviation_is_whole_microtesla_and_saturated(int milligauss, int expectedRaw)
        {
            FillDocumentedExample();
            readings.MagneticDeviationMilligauss = milligauss;
            ParkingNodePayloadEncoder.EncodeHeartbeat(frame, 0, readings);
            Assert.AreEqual(expectedRaw, (int)frame[6]);
        }

        /// <summary>A buffer that cannot take 8 bytes from the offset: both messages return BufferTooSmall (0) and write nothing.</summary>
        /// <param name="bufferLength">Buffer size.</param>
        /// <param name="offset">Offset asked for.</param>
        [TestMethod]
        [DataRow(7, 0)]
        [DataRow(8, 1)]
        [DataRow(12, 5)]
        [DataRow(12, -1)]
        public void Refuses_a_buffer_too_small_and_writes_nothing(int bufferLength, int offset)
        {
            FillDocumentedExample();
            byte[] buffer = GuardedBuffer.Create(bufferLength);
            Assert.AreEqual(PayloadFormat.BufferTooSmall, ParkingNodePayloadEncoder.EncodeHeartbeat(buffer, offset, readings));
            Assert.AreEqual(PayloadFormat.BufferTooSmall, ParkingNodePayloadEncoder.EncodeOccupancyChange(buffer, offset, readings));
            Assert.IsTrue(GuardedBuffer.IsUntouched(buffer));
        }

        /// <summary>The readings of docs/payloads/parkingnode.md, "Example".</summary>
        private static void FillDocumentedExample()
        {
            readings.Occupied = true;
            readings.MinutesSinceChange = 95;
            readings.ChangeCount = 1234;
            readings.MagneticDeviationMilligauss = 423;
            readings.BatteryMillivolts = 3600;
            readings.Faults = ParkingNodeFaults.None;
        }
    }
}
