// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    [TestClass]
    public sealed class MacCommandReaderTests
    {
        private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty));

        private static string Walk(string hex, bool uplink, out MacCommandReader reader)
        {
            byte[] bytes = Hex(hex);
            reader = new MacCommandReader();
            reader.Reset(bytes, 0, bytes.Length, uplink);
            var seen = new List<string>();
            while (reader.MoveNext())
            {
                seen.Add($"{(byte)reader.Cid:X2}@{reader.CommandOffset}+{reader.CommandSize}");
            }

            return string.Join(",", seen);
        }

        // Downlink sequences: LinkADRReq (5 bytes) 03 52 07 00 01, DevStatusReq (1) 06, DutyCycleReq (2) 04 07,
        // LinkCheckAns (3) 02 14 03, DeviceTimeAns (6) 0D ..., RXTimingSetupReq (2) 08 01.
        [TestMethod]
        [DataRow("03 52 07 00 01 06 04 07", "03@0+5,06@5+1,04@6+2", MacParseStatus.Ok, 8)]
        [DataRow("02 14 03 0D D2 02 96 49 80", "02@0+3,0D@3+6", MacParseStatus.Ok, 9)]
        [DataRow("", "", MacParseStatus.Ok, 0)]
        // unknown CID 0x0B (RFU in 1.0.4) after DevStatusReq: stop, rest ignored even though 08 01 is valid
        [DataRow("06 0B 08 01", "06@0+1", MacParseStatus.UnknownCid, 1)]
        // proprietary 0x80 first: nothing parsed
        [DataRow("80 06", "", MacParseStatus.UnknownCid, 0)]
        // LinkADRReq cut after 3 of its 4 payload bytes
        [DataRow("08 01 03 52 07 00", "08@0+2", MacParseStatus.Truncated, 2)]
        // DeviceTimeAns with only its CID
        [DataRow("0D", "", MacParseStatus.Truncated, 0)]
        // two LinkADRReq in a block then RXParamSetupReq
        [DataRow("03 52 FF 00 01 03 52 00 00 61 05 23 D2 AD 84", "03@0+5,03@5+5,05@10+5", MacParseStatus.Ok, 15)]
        public void WalksDownlinkSequence(string hex, string expected, MacParseStatus status, int parsed)
        {
            Assert.AreEqual(expected, Walk(hex, false, out var reader));
            Assert.AreEqual(status, reader.Status);
            Assert.AreEqual(parsed, reader.ParsedLength);
            Assert.IsFalse(reader.MoveNext(), "a finished walk stays finished");
        }

        // Uplink direction: LinkADRAns (2) 03 07, DevStatusAns (3) 06 FF 1F, LinkCheckReq (1) 02, DeviceTimeReq (1) 0D
        [TestMethod]
        [DataRow("03 07 06 FF 1F 02 0D", "03@0+2,06@2+3,02@5+1,0D@6+1", MacParseStatus.Ok)]
        [DataRow("06 FF", "", MacParseStatus.Truncated)]
        public void WalksUplinkSequence(string hex, string expected, MacParseStatus status)
        {
            Assert.AreEqual(expected, Walk(hex, true, out var reader));
            Assert.AreEqual(status, reader.Status);
        }

        [TestMethod]
        public void HonoursOffsetAndLength()
        {
            // 0xEE bytes outside the window must not be read: window is "06 04 07" at offset 2, length 3
            byte[] bytes = Hex("EE EE 06 04 07 EE");
            var reader = new MacCommandReader();
            reader.Reset(bytes, 2, 3, false);
            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual(Cid.DevStatus, reader.Cid);
            Assert.AreEqual(0x04, reader.PeekNextCid());
            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual(Cid.DutyCycle, reader.Cid);
            Assert.AreEqual(3, reader.CommandOffset);
            Assert.AreEqual(-1, reader.PeekNextCid());
            Assert.IsFalse(reader.MoveNext());
            Assert.AreEqual(MacParseStatus.Ok, reader.Status);
            Assert.AreEqual(2, reader.CommandCount);
        }
    }
}
