// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// A stand-in uplink encoding (big-endian 16-bit fields) used until the payload encoders of
    /// firmware/Applications/Payloads land; only its length matters for airtime and energy, and it is of the same
    /// order as the real formats (8–14 bytes).
    /// </summary>
    internal static class InterimPayload
    {
        /// <summary>Bin: reason, fill %, distance mm, temperature 0.1 °C, events, alarms, faults (10 bytes) on FPort 1.</summary>
        public const int BinPort = 1;

        /// <summary>Air: reason, temperature, humidity, pressure/10, PM1, PM2.5, PM10, events/alarms, faults (16 bytes) on FPort 2.</summary>
        public const int AirPort = 2;

        /// <summary>Parking: reason, state, seconds since change (24 bits), counter, deviation mG, events, faults (11 bytes) on FPort 3.</summary>
        public const int ParkingPort = 3;

        public static byte[] Build(params (int Value, int Bytes)[] fields)
        {
            int length = fields.Sum(f => f.Bytes);
            var buffer = new byte[length];
            int at = 0;
            foreach (var (value, bytes) in fields)
            {
                for (int i = bytes - 1; i >= 0; i--)
                {
                    buffer[at++] = (byte)(value >> (8 * i));
                }
            }

            return buffer;
        }
    }
}
