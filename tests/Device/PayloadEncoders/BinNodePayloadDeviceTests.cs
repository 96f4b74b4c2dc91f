// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Bin;

namespace SmartCityNodes.DeviceTests.Payloads
{
    /// <summary>
    /// The BinNode measurement and event messages on the device's own runtime. Every expected byte is worked out by hand
    /// from docs/payloads/binnode.md (8 bytes: 0 header 0x10 measurement / 0x11 event, 1 fill %, 2–3 distance mm u16
    /// big-endian, 4 temperature raw = °C + 40, 5 battery raw = (mV − 2000) / 10, 6 events, 7 faults) and the rules of
    /// docs/payloads/README.md (rounded half up after the offset, saturated at the range ends, never wrapped, all-ones
    /// fault values).
    /// </summary>
    [TestClass]
    public class BinNodePayloadDeviceTests
    {
        private static BinNodeReadings readings;

        /// <summary>One readings object, as the node creates it at start-up; every test fills it whole.</summary>
        [Setup]
        public void CreateReadings()
        {
            readings = new BinNodeReadings();
        }

        /// <summary>docs/payloads/binnode.md, "Example": the documented frame, byte for byte.</summary>
        [TestMethod]
        public void Encodes_the_documented_example_measurement()
        {
            FillDocumentedExample();
            byte[] frame = new byte[BinNodePayloadEncoder.Length];
            int length = BinNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);

            // 0 header: version 1 in bits 7..4, type 0 (measurement) = 0x10
            // 1 fill level 62 % = 0x3E
            // 2 distance 1234 mm = 0x04D2, most significant byte first
            // 4 temperature 23.40 °C + 40 = 63.4 → 63 = 0x3F
            // 5 battery (3710 − 2000) / 10 = 171 = 0xAB
            // 6 events: full (bit 0) + pickup (bit 3) = 0x09
            // 7 faults: none = 0x00
            Assert.AreEqual(8, length);
            Assert.AreEqual(HexBytes.Normalize("10 3E 04D2 3F AB 09 00"), HexBytes.Format(frame, 0, 8));
        }

        /// <summary>The event message at an offset inside a larger buffer: header 0x11, and not one byte outside its eight.</summary>
        [TestMethod]
        public void Encodes_an_event_at_an_offset_and_writes_nothing_else()
        {
            readings.FillLevelPercent = 15;
            readings.DistanceMillimetres = 987;
            readings.TemperatureCentiCelsius = 8176;
            readings.BatteryMillivolts = 3999;
            readings.Events = BinNodeEvents.Fire | BinNodeEvents.Tilt;
            readings.Faults = BinNodeFaults.None;
            byte[] buffer = GuardedBuffer.Create(14);
            int length = BinNodePayloadEncoder.EncodeEvent(buffer, 4, readings);

            // 0 header: version 1, type 1 (event) = 0x11 | 1 fill 15 = 0x0F | 2 distance 987 = 0x03DB
            // 4 temperature 81.76 + 40 = 121.76 → 122 = 0x7A | 5 battery (3999 − 2000) / 10 = 199.9 → 200 = 0xC8
            // 6 events fire (bit 1) + tilt (bit 2) = 0x06 | 7 faults 0x00; bytes 0..3 and 12..13 keep the marker A5
            Assert.AreEqual(8, length);
            Assert.AreEqual(HexBytes.Normalize("A5A5A5A5 11 0F 03DB 7A C8 06 00 A5A5"), HexBytes.Format(buffer, 0, 14));
        }

        /// <summary>
        /// Temperature byte: raw = °C + 40 rounded half up, −40..+214 °C; below saturates to 0, above to 254 (never to
        /// the fault value 0xFF, never wrapped).
        /// </summary>
        /// <param name="centiCelsius">Reading in 0.01 °C.</param>
        /// <param name="expectedRaw">Byte 4, worked out by hand.</param>
        [TestMethod]
        [DataRow(-1234, 28)] // −12.34 + 40 = 27.66 → 28
        [DataRow(-51, 39)] // −0.51 + 40 = 39.49 → 39
        [DataRow(-50, 40)] // −0.50 + 40 = 39.50 → 40 (half up)
        [DataRow(-3951, 0)] // −39.51 + 40 = 0.49 → 0
        [DataRow(-3950, 1)] // −39.50 + 40 = 0.50 → 1
        [DataRow(-4000, 0)] // −40.00: the lowest reading
        [DataRow(-27315, 0)] // −273.15 (absolute zero): saturated to −40
        [DataRow(21400, 254)] // +214.00: the highest reading
        [DataRow(21449, 254)] // 254.49 → 254
        [DataRow(21450, 254)] // 254.50 would round to 255, the fault value: saturated to 254
        [DataRow(100000, 254)] // +1000 °C: saturated
        public void Temperature_is_offset_by_40_rounded_and_saturated(int centiCelsius, int expectedRaw)
        {
            FillDocumentedExample();
            readings.TemperatureCentiCelsius = centiCelsius;
            byte[] frame = new byte[BinNodePayloadEncoder.Length];
            BinNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);
            Assert.AreEqual(expectedRaw, (int)frame[4]);
        }

        /// <summary>Battery byte (docs/payloads/README.md): raw = (mV − 2000) / 10 rounded half up, 0..254 (2.00..4.54 V).</summary>
        /// <param name="millivolts">Battery voltage.</param>
        /// <param name="expectedRaw">Byte 5.</param>
        [TestMethod]
        [DataRow(2000, 0)] // 2.00 V, the lowest reading
        [DataRow(1800, 0)] // below: saturated
        [DataRow(2004, 0)] // 0.4 → 0
        [DataRow(2005, 1)] // 0.5 → 1
        [DataRow(4540, 254)] // 4.54 V, the highest reading
        [DataRow(4545, 254)] // 254.5 would round to 255, the fault value: saturated
        [DataRow(5000, 254)] // above: saturated
        public void Battery_is_10_mV_steps_from_2_V_and_saturated(int millivolts, int expectedRaw)
        {
            FillDocumentedExample();
            readings.BatteryMillivolts = millivolts;
            byte[] frame = new byte[BinNodePayloadEncoder.Length];
            BinNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);
            Assert.AreEqual(expectedRaw, (int)frame[5]);
        }

        /// <summary>Fill level 0..100 % and distance 0..65 534 mm saturate at their range ends, below their fault values.</summary>
        /// <param name="fillPercent">Fill level.</param>
        /// <param name="distanceMillimetres">Distance.</param>
        /// <param name="expectedBytes1To3">Bytes 1..3 in hex.</param>
        [TestMethod]
        [DataRow(0, 0, "00 0000")]
        [DataRow(-5, -10, "00 0000")] // below the ranges: 0
        [DataRow(100, 65534, "64 FFFE")] // the range ends: 100 = 0x64, 65 534 = 0xFFFE
        [DataRow(101, 65535, "64 FFFE")] // one above: saturated, not the fault values 0xFF / 0xFFFF
        [DataRow(250, 100000, "64 FFFE")]
        public void Fill_and_distance_saturate_below_their_fault_values(int fillPercent, int distanceMillimetres, string expectedBytes1To3)
        {
            FillDocumentedExample();
            readings.FillLevelPercent = fillPercent;
            readings.DistanceMillimetres = distanceMillimetres;
            byte[] frame = new byte[BinNodePayloadEncoder.Length];
            BinNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);
            Assert.AreEqual(HexBytes.Normalize(expectedBytes1To3), HexBytes.Format(frame, 1, 3));
        }

        /// <summary>
        /// Each fault bit (byte 7) sends its fields' fault values although readings are present; reserved bits 7..4 of the
        /// event and fault bytes are sent as 0 (docs/payloads/README.md, "Versioning").
        /// </summary>
        /// <param name="faultBits">BinNodeFaults bits.</param>
        /// <param name="eventBits">BinNodeEvents bits.</param>
        /// <param name="expectedFrame">The whole frame.</param>
        [TestMethod]
        [DataRow(0x01, 0x09, "10 FF FFFF 3F AB 09 01")] // distance sensor: fill 0xFF and distance 0xFFFF
        [DataRow(0x02, 0x09, "10 3E 04D2 FF AB 09 02")] // temperature sensor: 0xFF
        [DataRow(0x04, 0x09, "10 3E 04D2 3F AB 09 04")] // tilt sensor: the flag only
        [DataRow(0x08, 0x09, "10 3E 04D2 3F FF 09 08")] // battery monitor: 0xFF
        [DataRow(0xF0, 0xF9, "10 3E 04D2 3F AB 09 00")] // reserved bits of both bytes: not sent
        public void Fault_bits_send_the_fault_values_and_reserved_bits_stay_0(int faultBits, int eventBits, string expectedFrame)
        {
            FillDocumentedExample();
            readings.Faults = (BinNodeFaults)faultBits;
            readings.Events = (BinNodeEvents)eventBits;
            byte[] frame = new byte[BinNodePayloadEncoder.Length];
            BinNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);
            Assert.AreEqual(HexBytes.Normalize(expectedFrame), HexBytes.Format(frame, 0, 8));
        }

        /// <summary>Readings the node does not have go out as fault values, without fault bits.</summary>
        [TestMethod]
        public void Missing_readings_send_fault_values_without_fault_bits()
        {
            readings.FillLevelPercent = PayloadFormat.Missing;
            readings.DistanceMillimetres = PayloadFormat.Missing;
            readings.TemperatureCentiCelsius = PayloadFormat.Missing;
            readings.BatteryMillivolts = PayloadFormat.Missing;
            readings.Events = BinNodeEvents.None;
            readings.Faults = BinNodeFaults.None;
            byte[] frame = new byte[BinNodePayloadEncoder.Length];
            BinNodePayloadEncoder.EncodeEvent(frame, 0, readings);
            Assert.AreEqual(HexBytes.Normalize("11 FF FFFF FF FF 00 00"), HexBytes.Format(frame, 0, 8));
        }

        /// <summary>A buffer that cannot take 8 bytes from the offset: both messages return BufferTooSmall (0) and write nothing.</summary>
        /// <param name="bufferLength">Buffer size.</param>
        /// <param name="offset">Offset asked for.</param>
        [TestMethod]
        [DataRow(0, 0)]
        [DataRow(7, 0)] // one byte short
        [DataRow(8, 1)] // the offset pushes the last byte out
        [DataRow(16, 9)]
        [DataRow(16, -1)] // a negative offset
        [DataRow(16, 17)] // an offset beyond the end
        public void Refuses_a_buffer_too_small_and_writes_nothing(int bufferLength, int offset)
        {
            FillDocumentedExample();
            byte[] buffer = GuardedBuffer.Create(bufferLength);
            Assert.AreEqual(0, PayloadFormat.BufferTooSmall);
            Assert.AreEqual(PayloadFormat.BufferTooSmall, BinNodePayloadEncoder.EncodeMeasurement(buffer, offset, readings));
            Assert.AreEqual(PayloadFormat.BufferTooSmall, BinNodePayloadEncoder.EncodeEvent(buffer, offset, readings));
            Assert.IsTrue(GuardedBuffer.IsUntouched(buffer));
        }

        /// <summary>The readings of docs/payloads/binnode.md, "Example".</summary>
        private static void FillDocumentedExample()
        {
            readings.FillLevelPercent = 62;
            readings.DistanceMillimetres = 1234;
            readings.TemperatureCentiCelsius = 2340;
            readings.BatteryMillivolts = 3710;
            readings.Events = BinNodeEvents.Full | BinNodeEvents.Pickup;
            readings.Faults = BinNodeFaults.None;
        }
    }
}
