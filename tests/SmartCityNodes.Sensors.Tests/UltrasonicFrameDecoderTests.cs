using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.JsnSr04t;

namespace SmartCityNodes.Sensors.Tests
{
    [TestClass]
    public sealed class UltrasonicFrameDecoderTests
    {
        // Frames FF H L SUM, SUM = (0xFF + H + L) & 0xFF, distance = H·256 + L mm (DFRobot SEN0311 wiki).
        [TestMethod]
        [DataRow("FF 07 A1 A7", 1953)] // SEN0311 wiki example: 0x07A1 = 1953 mm; FF+07+A1 = 0x1A7 → A7
        [DataRow("FF 00 1E 1D", 30)]   // 0x001E = 30 mm; FF+00+1E = 0x11D → 1D
        [DataRow("FF 11 94 A4", 4500)] // 0x1194 = 4500 mm; FF+11+94 = 0x1A4 → A4
        [DataRow("FF 01 FF FF", 511)]  // 0x01FF = 511 mm; FF+01+FF = 0x1FF → FF (data and checksum look like start bytes)
        [DataRow("FF 00 00 FF", 0)]    // FF+00+00 = 0xFF
        public void DecodesDatasheetFrames(string hex, int expectedMillimetres)
        {
            var decoder = new UltrasonicFrameDecoder();
            byte[] bytes = Hex.Parse(hex);
            int distance = -1;
            for (int i = 0; i < bytes.Length; i++)
            {
                bool done = decoder.Push(bytes[i], out distance);
                Assert.AreEqual(i == bytes.Length - 1, done, $"frame completes only on byte {bytes.Length - 1}");
            }

            Assert.AreEqual(expectedMillimetres, distance);
            Assert.AreEqual(0, decoder.ChecksumErrors);
        }

        [TestMethod]
        [DataRow("12 34 FF 07 A1 A7", 1953, 0)]          // leading garbage skipped
        [DataRow("FF 07 FF 07 A1 A7", 1953, 1)]          // truncated frame, then a good one: window FF 07 FF 07 fails (FF+07+FF=0x205→05≠07)
        [DataRow("FF 07 A1 A8 FF 07 A1 A7", 1953, 1)]    // corrupted checksum, then a good frame
        [DataRow("FF FF 07 A1 A7", 1953, 1)]             // doubled start byte: FF FF 07 A1 fails (FF+FF+07=0x205→05≠A1), resync
        [DataRow("55 FF 01 FF FF", 511, 0)]              // 0xFF in the data after garbage
        public void ResynchronisesOnGarbage(string hex, int expectedMillimetres, int expectedChecksumErrors)
        {
            var decoder = new UltrasonicFrameDecoder();
            int frames = 0;
            int last = -1;
            foreach (byte b in Hex.Parse(hex))
            {
                if (decoder.Push(b, out int distance))
                {
                    frames++;
                    last = distance;
                }
            }

            Assert.AreEqual(1, frames);
            Assert.AreEqual(expectedMillimetres, last);
            Assert.AreEqual(expectedChecksumErrors, decoder.ChecksumErrors);
        }

        [TestMethod]
        public void CorruptedFrameAloneYieldsNothing()
        {
            var decoder = new UltrasonicFrameDecoder();
            foreach (byte b in Hex.Parse("FF 07 A1 A6"))
            {
                Assert.IsFalse(decoder.Push(b, out _));
            }

            Assert.AreEqual(1, decoder.ChecksumErrors);
        }
    }
}
