// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Radio.Tests.Simulation
{
    public static class Hex
    {
        /// <summary>"86 D9 06 66" for the bytes 0x86, 0xD9, 0x06, 0x66.</summary>
        public static string Spaced(byte[] bytes, int offset, int count)
            => string.Join(' ', Convert.ToHexString(bytes, offset, count).Chunk(2).Select(pair => new string(pair)));

        public static byte[] Parse(string spaced) => Convert.FromHexString(spaced.Replace(" ", string.Empty));
    }
}
