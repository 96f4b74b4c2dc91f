// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport
{
    /// <summary>Hex text for test vectors: datasheets and specs print bytes spaced, consoles print them packed.</summary>
    public static class Hex
    {
        /// <summary>Bytes of <paramref name="hex"/>, packed ("40F17D") or spaced ("40 F1 7D").</summary>
        public static byte[] Parse(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty));

        /// <summary>Packed upper-case hex of the whole array.</summary>
        public static string Of(byte[] bytes) => Convert.ToHexString(bytes);

        /// <summary>Packed upper-case hex of <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        public static string Of(byte[] bytes, int offset, int count) => Convert.ToHexString(bytes, offset, count);

        /// <summary>Spaced upper-case hex ("40 F1 7D") of the whole array.</summary>
        public static string Spaced(byte[] bytes) => Spaced(bytes, 0, bytes.Length);

        /// <summary>Spaced upper-case hex of <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        public static string Spaced(byte[] bytes, int offset, int count)
            => string.Join(' ', Convert.ToHexString(bytes, offset, count).Chunk(2).Select(pair => new string(pair)));
    }
}
