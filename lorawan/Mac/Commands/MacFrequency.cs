// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// The 24-bit frequency field of RXParamSetupReq, NewChannelReq and DlChannelReq: little-endian, in units of
    /// 100 Hz (LoRaWAN L2 1.0.4 §5.4 "The frequency (Freq) field is a 24 bits unsigned integer. The actual channel
    /// frequency in Hz is 100 x Freq").
    /// </summary>
    [HotPath]
    public static class MacFrequency
    {
        /// <summary>Hz per unit of the field.</summary>
        public const uint StepHz = 100;

        /// <summary>Reads the 3-byte little-endian field at <paramref name="offset"/> and returns Hz.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First (least significant) byte.</param>
        public static uint ReadHz(byte[] buffer, int offset)
        {
            uint units = (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16));
            return units * StepHz;
        }

        /// <summary>Writes <paramref name="frequencyHz"/>/100 as 3 little-endian bytes (Hz below 100 are dropped).</summary>
        /// <param name="frequencyHz">Frequency in Hz, below 1 677 721 600.</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        public static void WriteHz(uint frequencyHz, byte[] buffer, int offset)
        {
            uint units = frequencyHz / StepHz;
            buffer[offset] = (byte)units;
            buffer[offset + 1] = (byte)(units >> 8);
            buffer[offset + 2] = (byte)(units >> 16);
        }
    }
}
