// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>The MAC header byte: MType (bits 7..5), RFU (4..2), Major (1..0) (L2 1.0.4 §4.2).</summary>
    public static class Mhdr
    {
        /// <summary>Major version "LoRaWAN R1" (L2 1.0.4 §4.2.2, Table 3).</summary>
        public const byte MajorLoRaWanR1 = 0;

        /// <summary>The MHDR byte for <paramref name="type"/>, Major R1.</summary>
        public static byte Encode(MType type) => (byte)(((byte)type << 5) | MajorLoRaWanR1);

        /// <summary>The message type in an MHDR byte.</summary>
        public static MType TypeOf(byte mhdr) => (MType)(mhdr >> 5);

        /// <summary>The Major bits of an MHDR byte.</summary>
        public static int MajorOf(byte mhdr) => mhdr & 0b11;
    }
}
