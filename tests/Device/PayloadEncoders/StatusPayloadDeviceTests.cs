// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Status;

namespace SmartCityNodes.DeviceTests.Payloads
{
    /// <summary>
    /// The status message every device sends on FPort 10, on the device's own runtime, against docs/payloads/status.md
    /// (11 bytes: 0 header 0x18 startup / 0x19 status reply, 1 device kind, 2–4 firmware major/minor/patch, 5 reset
    /// cause, 6–9 configuration CRC u32 big-endian, 10 battery byte).
    /// </summary>
    [TestClass]
    public class StatusPayloadDeviceTests
    {
        private static StatusReadings status;
        private static byte[] frame;

        /// <summary>One status object and one frame, as the runtime creates them at start-up; every test fills them whole.</summary>
        [Setup]
        public void CreateStatus()
        {
            status = new StatusReadings();
            frame = new byte[StatusPayloadEncoder.Length];
        }

        /// <summary>docs/payloads/status.md, "Example": BinNode, firmware 1.2.3, power-on, CRC 0xCBF43926, 3.30 V.</summary>
        [TestMethod]
        public void Encodes_the_documented_example_startup()
        {
            FillDocumentedExample();
            int length = StatusPayloadEncoder.EncodeStartup(frame, 0, status);

            // 0 header: version 1, type 8 (startup) = 0x18 | 1 BinNode = 1 | 2 firmware 1.2.3 = 01 02 03 | 5 power-on = 1
            // 6 CRC 0xCBF43926 most significant byte first = CB F4 39 26 | 10 battery (3300 − 2000) / 10 = 130 = 0x82
            Assert.AreEqual(11, length);
            Assert.AreEqual(HexBytes.Normalize("18 01 01 02 03 01 CB F4 39 26 82"), HexBytes.Format(frame, 0, 11));
        }

        /// <summary>A status reply from a mains-powered ParkingNode after a watchdog reset, at an offset: nothing written outside.</summary>
        [TestMethod]
        public void Encodes_a_status_reply_at_an_offset_and_writes_nothing_else()
        {
            status.Device = DeviceKind.ParkingNode;
            status.FirmwareMajor = 255;
            status.FirmwareMinor = 0;
            status.FirmwarePatch = 17;
            status.ResetCause = ResetCause.Watchdog;
            status.ConfigurationCrc = 0x12345678;
            status.BatteryMillivolts = PayloadFormat.Missing;
            byte[] buffer = GuardedBuffer.Create(14);
            int length = StatusPayloadEncoder.EncodeStatusReply(buffer, 3, status);

            // 0 header: type 9 (status reply) = 0x19 | 1 ParkingNode = 3 | 2 firmware 255.0.17 = FF 00 11 | 5 watchdog = 5
            // 6 CRC 0x12345678 = 12 34 56 78 (big-endian) | 10 no battery reading = 0xFF
            Assert.AreEqual(11, length);
            Assert.AreEqual(HexBytes.Normalize("A5A5A5 19 03 FF 00 11 05 12 34 56 78 FF"), HexBytes.Format(buffer, 0, 14));
        }

        /// <summary>The battery byte of the status message: the same rule as the readings, 0xFF only when there is no reading.</summary>
        /// <param name="millivolts">Battery voltage or PayloadFormat.Missing (int.MinValue).</param>
        /// <param name="expectedRaw">Byte 10.</param>
        [TestMethod]
        [DataRow(2000, 0)]
        [DataRow(1500, 0)] // below 2.00 V: saturated
        [DataRow(4540, 254)]
        [DataRow(4545, 254)] // would round to 255: saturated
        [DataRow(int.MinValue, 255)] // mains-powered or monitor failed
        public void Battery_byte(int millivolts, int expectedRaw)
        {
            FillDocumentedExample();
            status.BatteryMillivolts = millivolts;
            StatusPayloadEncoder.EncodeStartup(frame, 0, status);
            Assert.AreEqual(expectedRaw, (int)frame[10]);
        }

        /// <summary>The device kinds and reset causes carry the codes of the tables in docs/payloads/status.md.</summary>
        [TestMethod]
        public void Device_kinds_and_reset_causes_use_the_documented_codes()
        {
            Assert.AreEqual(1, (int)DeviceKind.BinNode);
            Assert.AreEqual(2, (int)DeviceKind.AirNode);
            Assert.AreEqual(3, (int)DeviceKind.ParkingNode);

            Assert.AreEqual(0, (int)ResetCause.Unknown);
            Assert.AreEqual(1, (int)ResetCause.PowerOn);
            Assert.AreEqual(2, (int)ResetCause.ExternalPin);
            Assert.AreEqual(3, (int)ResetCause.Software);
            Assert.AreEqual(4, (int)ResetCause.Panic);
            Assert.AreEqual(5, (int)ResetCause.Watchdog);
            Assert.AreEqual(6, (int)ResetCause.Brownout);
            Assert.AreEqual(7, (int)ResetCause.RemoteReboot);
            Assert.AreEqual(8, (int)ResetCause.FirmwareUpdate);
        }

        /// <summary>A buffer that cannot take 11 bytes from the offset: both messages return BufferTooSmall (0) and write nothing.</summary>
        /// <param name="bufferLength">Buffer size.</param>
        /// <param name="offset">Offset asked for.</param>
        [TestMethod]
        [DataRow(10, 0)]
        [DataRow(11, 1)]
        [DataRow(11, -1)]
        public void Refuses_a_buffer_too_small_and_writes_nothing(int bufferLength, int offset)
        {
            FillDocumentedExample();
            byte[] buffer = GuardedBuffer.Create(bufferLength);
            Assert.AreEqual(PayloadFormat.BufferTooSmall, StatusPayloadEncoder.EncodeStartup(buffer, offset, status));
            Assert.AreEqual(PayloadFormat.BufferTooSmall, StatusPayloadEncoder.EncodeStatusReply(buffer, offset, status));
            Assert.IsTrue(GuardedBuffer.IsUntouched(buffer));
        }

        /// <summary>The status of docs/payloads/status.md, "Example".</summary>
        private static void FillDocumentedExample()
        {
            status.Device = DeviceKind.BinNode;
            status.FirmwareMajor = 1;
            status.FirmwareMinor = 2;
            status.FirmwarePatch = 3;
            status.ResetCause = ResetCause.PowerOn;
            status.ConfigurationCrc = 0xCBF43926;
            status.BatteryMillivolts = 3300;
        }
    }
}
