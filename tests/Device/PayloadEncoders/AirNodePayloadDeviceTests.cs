// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Air;

namespace SmartCityNodes.DeviceTests.Payloads
{
    /// <summary>
    /// The AirNode measurement and event messages on the device's own runtime, against docs/payloads/airnode.md: the
    /// header byte, then an 80-bit stream, most significant bit first (stream bit 0 is bit 7 of byte 1): temperature 11
    /// bits raw = (°C + 40) × 10, humidity 7 bits %, pressure 10 bits hPa − 300, gas 12 bits (exponent 2, mantissa 10,
    /// R = m × 10^(e+2) Ω), PM1, PM2.5, PM10 10 bits µg/m³ each, events 4, faults 4, reserved 2; each field's all-ones
    /// value is its fault value and readings saturate one below it (humidity at 100). Frames are written out bit by bit
    /// in the comments; single fields are read back with <see cref="ReadField"/>, written from the same table.
    /// </summary>
    [TestClass]
    public class AirNodePayloadDeviceTests
    {
        private const int TemperatureBit = 0;
        private const int HumidityBit = 11;
        private const int PressureBit = 18;
        private const int GasBit = 28;
        private const int Pm1Bit = 40;
        private const int Pm25Bit = 50;
        private const int Pm10Bit = 60;

        private static AirNodeReadings readings;
        private static byte[] frame;

        /// <summary>One readings object and one frame, as the node creates them at start-up; every test fills them whole.</summary>
        [Setup]
        public void CreateReadings()
        {
            readings = new AirNodeReadings();
            frame = new byte[AirNodePayloadEncoder.Length];
        }

        /// <summary>docs/payloads/airnode.md, "Example": the documented frame, byte for byte.</summary>
        [TestMethod]
        public void Encodes_the_documented_example_measurement()
        {
            FillDocumentedExample();
            int length = AirNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);

            // T (2150 + 4000) / 10 = 615 = 010 0110 0111 | H 45.70 → 46 = 010 1110 | P 1013.25 − 300 = 713.25 → 713 = 10 1100 1001
            // gas 123 456 Ω: e = 0 gives 1235 > 1023, e = 1 gives 123.456 → 123: 01 00 0111 1011
            // PM1 5 = 00 0000 0101 | PM2.5 12.3 → 12 = 00 0000 1100 | PM10 20.6 → 21 = 00 0001 0101
            // events 0001 (PM2.5) | faults 0000 | reserved 00
            Assert.AreEqual(11, length);
            Assert.AreEqual(HexBytes.Normalize("10 4C EB AC 94 7B 01 40 C0 54 40"), HexBytes.Format(frame, 0, 11));
        }

        /// <summary>docs/payloads/airnode.md: fault bit 3 is reserved and goes out as 0, so the example frame is unchanged.</summary>
        [TestMethod]
        public void A_reserved_fault_bit_goes_out_as_zero()
        {
            FillDocumentedExample();
            readings.Faults = (AirNodeFaults)0x08;
            int length = AirNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);

            // Bits 0..2 (environment, gas, particulate) are clear, so no field takes its fault value; the faults nibble is 0000.
            Assert.AreEqual(11, length);
            Assert.AreEqual(HexBytes.Normalize("10 4C EB AC 94 7B 01 40 C0 54 40"), HexBytes.Format(frame, 0, 11));
        }

        /// <summary>An event with a negative temperature, saturated and missing fields, at an offset: header 0x11, nothing written outside.</summary>
        [TestMethod]
        public void Encodes_an_event_at_an_offset_and_writes_nothing_else()
        {
            readings.TemperatureCentiCelsius = -1230;
            readings.RelativeHumidityCentiPercent = 9950;
            readings.PressurePascals = 87654;
            readings.GasResistanceOhms = 5000;
            readings.Pm1DeciMicrogramsPerCubicMetre = PayloadFormat.Missing;
            readings.Pm25DeciMicrogramsPerCubicMetre = 1500;
            readings.Pm10DeciMicrogramsPerCubicMetre = 10225;
            readings.Events = AirNodeEvents.Pm25High | AirNodeEvents.Pm10High | AirNodeEvents.GasResistanceLow;
            readings.Faults = AirNodeFaults.None;
            byte[] buffer = GuardedBuffer.Create(15);
            int length = AirNodePayloadEncoder.EncodeEvent(buffer, 2, readings);

            // T (−1230 + 4000) / 10 = 277 = 001 0001 0101 | H 99.50 → 100 = 110 0100 | P 876.54 − 300 = 576.54 → 577 = 10 0100 0001
            // gas 5000 Ω: e = 0, 5000 / 100 = 50: 00 00 0011 0010 | PM1 missing: 1023 = 11 1111 1111 (no fault bit)
            // PM2.5 150.0 → 150 = 00 1001 0110 | PM10 1022.5 → 1023 is the fault value: saturated to 1022 = 11 1111 1110
            // events 1011 (PM2.5, PM10, gas low) | faults 0000 | reserved 00
            // 0010 0010 1011 1001 0010 0100 0001 0000 0011 0010 1111 1111 1100 1001 0110 1111 1111 1010 1100 0000
            Assert.AreEqual(11, length);
            Assert.AreEqual(HexBytes.Normalize("A5A5 11 22 B9 24 10 32 FF C9 6F FA C0 A5A5"), HexBytes.Format(buffer, 0, 15));
        }

        /// <summary>All three sensor faults: every field carries its fault value although readings are present.</summary>
        [TestMethod]
        public void Sensor_faults_send_every_affected_field_as_its_fault_value()
        {
            FillDocumentedExample();
            readings.Events = AirNodeEvents.None;
            readings.Faults = AirNodeFaults.EnvironmentSensor | AirNodeFaults.GasSensor | AirNodeFaults.ParticulateSensor;
            AirNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);

            // T 2047, H 127, P 1023, gas 4095, PM 1023 × 3: 70 one bits | events 0000 | faults 0111 | reserved 00
            Assert.AreEqual(HexBytes.Normalize("10 FF FF FF FF FF FF FF FF FC 1C"), HexBytes.Format(frame, 0, 11));
        }

        /// <summary>A gas-sensor fault alone (heater not stable) replaces only the gas field.</summary>
        [TestMethod]
        public void Gas_sensor_fault_replaces_only_the_gas_field()
        {
            FillDocumentedExample();
            readings.Faults = AirNodeFaults.GasSensor;
            AirNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);

            // As the documented example, but gas 1111 1111 1111 and faults 0010:
            // 0100 1100 1110 1011 1010 1100 1001 | 1111 1111 1111 | 0000 0001 0100 0000 1100 0000 0101 0100 | 0100 1000
            Assert.AreEqual(HexBytes.Normalize("10 4C EB AC 9F FF 01 40 C0 54 48"), HexBytes.Format(frame, 0, 11));
        }

        /// <summary>Temperature: 0.1 °C from −40.0 (raw 0) to +164.6 °C (raw 2046), saturated, rounded half up.</summary>
        /// <param name="centiCelsius">Reading in 0.01 °C.</param>
        /// <param name="expectedRaw">Stream bits 0–10.</param>
        [TestMethod]
        [DataRow(-4000, 0)] // −40.00
        [DataRow(-5500, 0)] // −55.00: saturated
        [DataRow(-3996, 0)] // 0.04 °C above −40: 0.4 steps → 0
        [DataRow(-3995, 1)] // 0.05 °C above −40: 0.5 steps → 1 (half up)
        [DataRow(-1234, 277)] // −12.34 °C: 27.66 °C above −40 = 276.6 steps → 277
        [DataRow(16460, 2046)] // +164.60, the highest reading
        [DataRow(16465, 2046)] // 2046.5 would round to 2047, the fault value: saturated
        [DataRow(30000, 2046)]
        public void Temperature_field(int centiCelsius, int expectedRaw)
        {
            FillDocumentedExample();
            readings.TemperatureCentiCelsius = centiCelsius;
            AirNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);
            Assert.AreEqual(expectedRaw, ReadField(frame, TemperatureBit, 11));
        }

        /// <summary>Humidity: 1 % from 0 to 100; above 100 saturates at 100 (101..126 are reserved, 127 the fault value).</summary>
        /// <param name="centiPercent">Reading in 0.01 %RH.</param>
        /// <param name="expectedRaw">Stream bits 11–17.</param>
        [TestMethod]
        [DataRow(0, 0)]
        [DataRow(-200, 0)]
        [DataRow(4949, 49)] // 49.49 → 49
        [DataRow(4950, 50)] // 49.50 → 50
        [DataRow(10000, 100)]
        [DataRow(10050, 100)] // 100.5 would round to 101, a reserved value: saturated
        [DataRow(12700, 100)] // 127 % would be the fault value: saturated
        public void Humidity_field(int centiPercent, int expectedRaw)
        {
            FillDocumentedExample();
            readings.RelativeHumidityCentiPercent = centiPercent;
            AirNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);
            Assert.AreEqual(expectedRaw, ReadField(frame, HumidityBit, 7));
        }

        /// <summary>Pressure: 1 hPa from 300 (raw 0) to 1322 hPa (raw 1022), saturated.</summary>
        /// <param name="pascals">Reading in Pa.</param>
        /// <param name="expectedRaw">Stream bits 18–27.</param>
        [TestMethod]
        [DataRow(30000, 0)] // 300 hPa
        [DataRow(25000, 0)] // 250 hPa: saturated
        [DataRow(30049, 0)] // 0.49 → 0
        [DataRow(30050, 1)] // 0.50 → 1
        [DataRow(132200, 1022)] // 1322 hPa, the highest reading
        [DataRow(132250, 1022)] // 1022.5 would round to 1023, the fault value: saturated
        public void Pressure_field(int pascals, int expectedRaw)
        {
            FillDocumentedExample();
            readings.PressurePascals = pascals;
            AirNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);
            Assert.AreEqual(expectedRaw, ReadField(frame, PressureBit, 10));
        }

        /// <summary>
        /// Gas resistance: the smallest exponent e whose mantissa round(R / 10^(e+2)) fits 10 bits; saturated at e = 3,
        /// m = 1022 (102.2 MΩ), because e = 3, m = 1023 (0xFFF) is the fault value.
        /// </summary>
        /// <param name="ohms">Resistance.</param>
        /// <param name="expectedField">Stream bits 28–39: (e &lt;&lt; 10) | m.</param>
        [TestMethod]
        [DataRow(0, 0x000)]
        [DataRow(49, 0x000)] // 0.49 → 0
        [DataRow(50, 0x001)] // 0.5 → 1 (100 Ω)
        [DataRow(102349, 0x3FF)] // e = 0: 1023.49 → 1023 fits
        [DataRow(102350, 0x466)] // e = 0 gives 1024; e = 1: 102.35 → 102 = 0x066
        [DataRow(1023499, 0x7FF)] // e = 1: 1023.499 → 1023
        [DataRow(1023500, 0x866)] // e = 1 gives 1024; e = 2: 102.35 → 102
        [DataRow(1234567, 0x87B)] // e = 2: 123.4567 → 123 = 0x07B
        [DataRow(102200000, 0xFFE)] // e = 3: 1022, the highest reading (102.2 MΩ)
        [DataRow(102250000, 0xFFE)] // e = 3: 1022.5 → 1023 would be the fault value: saturated
        [DataRow(2000000000, 0xFFE)] // no exponent fits: saturated
        [DataRow(-5, 0x000)] // negative counts as 0
        public void Gas_field(int ohms, int expectedField)
        {
            FillDocumentedExample();
            readings.GasResistanceOhms = ohms;
            AirNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);
            Assert.AreEqual(expectedField, ReadField(frame, GasBit, 12));
        }

        /// <summary>Particulate matter: 1 µg/m³ from 0 to 1022, saturated; the same rule for PM1, PM2.5 and PM10.</summary>
        /// <param name="deciMicrograms">Reading in 0.1 µg/m³, put in all three fields.</param>
        /// <param name="expectedRaw">Each of stream bits 40–49, 50–59, 60–69.</param>
        [TestMethod]
        [DataRow(0, 0)]
        [DataRow(4, 0)] // 0.4 → 0
        [DataRow(5, 1)] // 0.5 → 1
        [DataRow(10220, 1022)] // 1022.0, the highest reading
        [DataRow(10225, 1022)] // 1022.5 would round to 1023, the fault value: saturated
        [DataRow(99999, 1022)]
        public void Particulate_fields(int deciMicrograms, int expectedRaw)
        {
            FillDocumentedExample();
            readings.Pm1DeciMicrogramsPerCubicMetre = deciMicrograms;
            readings.Pm25DeciMicrogramsPerCubicMetre = deciMicrograms;
            readings.Pm10DeciMicrogramsPerCubicMetre = deciMicrograms;
            AirNodePayloadEncoder.EncodeMeasurement(frame, 0, readings);
            Assert.AreEqual(expectedRaw, ReadField(frame, Pm1Bit, 10));
            Assert.AreEqual(expectedRaw, ReadField(frame, Pm25Bit, 10));
            Assert.AreEqual(expectedRaw, ReadField(frame, Pm10Bit, 10));
        }

        /// <summary>A buffer that cannot take 11 bytes from the offset: both messages return BufferTooSmall (0) and write nothing.</summary>
        /// <param name="bufferLength">Buffer size.</param>
        /// <param name="offset">Offset asked for.</param>
        [TestMethod]
        [DataRow(10, 0)] // one byte short
        [DataRow(11, 1)]
        [DataRow(20, 10)]
        [DataRow(20, -3)]
        public void Refuses_a_buffer_too_small_and_writes_nothing(int bufferLength, int offset)
        {
            FillDocumentedExample();
            byte[] buffer = GuardedBuffer.Create(bufferLength);
            Assert.AreEqual(PayloadFormat.BufferTooSmall, AirNodePayloadEncoder.EncodeMeasurement(buffer, offset, readings));
            Assert.AreEqual(PayloadFormat.BufferTooSmall, AirNodePayloadEncoder.EncodeEvent(buffer, offset, readings));
            Assert.IsTrue(GuardedBuffer.IsUntouched(buffer));
        }

        /// <summary>
        /// A field of the bit stream after the header, as docs/payloads/airnode.md defines it: stream bit 0 is bit 7 of
        /// byte 1, fields most significant bit first.
        /// </summary>
        /// <param name="message">The whole message.</param>
        /// <param name="firstBit">Stream bit of the field's most significant bit.</param>
        /// <param name="width">Field width.</param>
        /// <returns>The field value.</returns>
        private static int ReadField(byte[] message, int firstBit, int width)
        {
            int value = 0;
            for (int bit = firstBit; bit < firstBit + width; bit++)
            {
                int streamByte = message[1 + (bit / 8)];
                value = (value << 1) | ((streamByte >> (7 - (bit % 8))) & 1);
            }

            return value;
        }

        /// <summary>The readings of docs/payloads/airnode.md, "Example".</summary>
        private static void FillDocumentedExample()
        {
            readings.TemperatureCentiCelsius = 2150;
            readings.RelativeHumidityCentiPercent = 4570;
            readings.PressurePascals = 101325;
            readings.GasResistanceOhms = 123456;
            readings.Pm1DeciMicrogramsPerCubicMetre = 50;
            readings.Pm25DeciMicrogramsPerCubicMetre = 123;
            readings.Pm10DeciMicrogramsPerCubicMetre = 206;
            readings.Events = AirNodeEvents.Pm25High;
            readings.Faults = AirNodeFaults.None;
        }
    }
}
