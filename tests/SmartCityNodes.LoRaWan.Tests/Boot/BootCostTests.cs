// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using System.Text;
using SmartCityNodes.LoRaWan.Crypto;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Boot
{
    /// <summary>
    /// What a wake pays before its first uplink (issue 15, docs/boot-budget.md): a region table is built only for the
    /// region asked for, and the constant tables that replaced boot-time loops (AES S-box, CRC-32 nibble table) hold
    /// exactly the values their definitions give.
    /// </summary>
    [TestClass]
    public sealed class BootCostTests
    {
        // RegionParameters.GetFrom(RegionParameters[] cache, RegionId id): internal, reached by reflection so the test
        // hands in its own cache and does not race other tests over the process-wide one.
        private static RegionParameters GetFrom(RegionParameters[] cache, RegionId id)
        {
            MethodInfo method = typeof(RegionParameters).GetMethod("GetFrom", BindingFlags.NonPublic | BindingFlags.Static)
                ?? throw new AssertFailedException("RegionParameters.GetFrom not found");
            return (RegionParameters)method.Invoke(null, new object[] { cache, id })!;
        }

        private static int Built(RegionParameters[] cache) => cache.Count(region => region != null);

        [TestMethod]
        [DataRow(RegionId.Eu868)]
        [DataRow(RegionId.Us915)]
        [DataRow(RegionId.As923Group3)]
        [DataRow(RegionId.Kr920)]
        [DataRow(RegionId.In865)]
        public void Getting_one_region_builds_that_region_only(RegionId id)
        {
            var cache = new RegionParameters[10]; // one slot per RegionId value 1..9

            RegionParameters first = GetFrom(cache, id);

            Assert.AreEqual(1, Built(cache), "one call builds one table");
            Assert.AreEqual(id, first.Id);
            Assert.AreSame(first, cache[(int)id]);

            RegionParameters second = GetFrom(cache, id);
            Assert.AreSame(first, second, "the second call returns the kept table");
            Assert.AreEqual(1, Built(cache));
        }

        [TestMethod]
        public void Each_region_asked_for_is_built_once()
        {
            var cache = new RegionParameters[10];
            GetFrom(cache, RegionId.Eu868);
            GetFrom(cache, RegionId.Us915);
            GetFrom(cache, RegionId.Eu868);

            Assert.AreEqual(2, Built(cache));
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(10)]
        [DataRow(-1)]
        public void An_unknown_region_builds_nothing(int id)
        {
            var cache = new RegionParameters[10];

            Assert.IsNull(GetFrom(cache, (RegionId)id));
            Assert.AreEqual(0, Built(cache));
            Assert.IsNull(RegionParameters.Get((RegionId)id));
        }

        [TestMethod]
        public void The_public_get_returns_the_same_kept_table()
        {
            Assert.AreSame(RegionParameters.Get(RegionId.Eu868), RegionParameters.Get(RegionId.Eu868));
        }

        // FIPS-197 §5.1.1: S(x) = b ^ rotl(b,1) ^ rotl(b,2) ^ rotl(b,3) ^ rotl(b,4) ^ 0x63 with b = x^-1 in GF(2^8)
        // (0^-1 taken as 0). The inverse is found here by exhaustive search with a plain shift-and-add multiply, a
        // different route from any table, so a mistyped entry in the constant S-box fails.
        [TestMethod]
        public void The_constant_sbox_is_the_fips197_affine_inverse()
        {
            var aes = new Aes128();
            FieldInfo field = typeof(Aes128).GetField("_sBox", BindingFlags.NonPublic | BindingFlags.Instance)
                ?? throw new AssertFailedException("Aes128._sBox not found");
            var sBox = (byte[])field.GetValue(aes)!;

            Assert.AreEqual(256, sBox.Length);
            for (int x = 0; x < 256; x++)
            {
                int inverse = 0;
                for (int y = 1; y < 256 && x != 0; y++)
                {
                    if (GaloisMultiply(x, y) == 1)
                    {
                        inverse = y;
                        break;
                    }
                }

                int expected = inverse ^ RotateLeft(inverse, 1) ^ RotateLeft(inverse, 2) ^ RotateLeft(inverse, 3) ^ RotateLeft(inverse, 4) ^ 0x63;
                Assert.AreEqual(expected, sBox[x], $"S[{x:X2}]");
            }

            // Spot values printed in FIPS-197 Figure 7.
            Assert.AreEqual(0x63, sBox[0x00]);
            Assert.AreEqual(0xED, sBox[0x53]);
            Assert.AreEqual(0x16, sBox[0xFF]);
        }

        [TestMethod]
        public void Instances_share_one_sbox()
        {
            FieldInfo field = typeof(Aes128).GetField("_sBox", BindingFlags.NonPublic | BindingFlags.Instance)!;
            Assert.AreSame(field.GetValue(new Aes128()), field.GetValue(new Aes128()));
        }

        // CRC-32/ISO-HDLC (IEEE 802.3, zlib) check values: "123456789" → 0xCBF43926 (the catalogue's check value,
        // reveng.sourceforge.io CRC catalogue); "The quick brown fox jumps over the lazy dog" → 0x414FA339 (zlib crc32);
        // the empty message → 0.
        [TestMethod]
        [DataRow("123456789", 0xCBF43926u)]
        [DataRow("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
        [DataRow("", 0x00000000u)]
        public void Crc32_matches_the_published_check_values(string text, uint expected)
        {
            byte[] data = Encoding.ASCII.GetBytes(text);

            Assert.AreEqual(expected, Crc32.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void Crc32_every_single_byte_matches_a_bitwise_computation()
        {
            // Bit-at-a-time definition (reflected polynomial 0xEDB88320, init and final XOR 0xFFFFFFFF): every byte
            // value runs both nibbles of the table through every entry.
            var one = new byte[1];
            for (int value = 0; value < 256; value++)
            {
                one[0] = (byte)value;
                uint crc = 0xFFFFFFFF ^ (uint)value;
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }

                Assert.AreEqual(~crc, Crc32.Compute(one, 0, 1), $"byte {value:X2}");
            }
        }

        private static int GaloisMultiply(int a, int b)
        {
            int product = 0;
            while (b != 0)
            {
                if ((b & 1) != 0)
                {
                    product ^= a;
                }

                a = ((a << 1) ^ ((a & 0x80) != 0 ? 0x11B : 0)) & 0xFF;
                b >>= 1;
            }

            return product;
        }

        private static int RotateLeft(int value, int bits) => ((value << bits) | (value >> (8 - bits))) & 0xFF;
    }
}
