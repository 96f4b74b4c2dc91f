// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>
    /// Frame builders written from the datasheets, independently of the driver code, used by the models for bulk
    /// output. The byte-exact tests use hand-written vectors instead.
    /// </summary>
    public static class Frames
    {
        /// <summary>A02YYUW / JSN-SR04T frame FF H L SUM (SUM = low byte of FF + H + L).</summary>
        public static void Ultrasonic(int millimetres, byte[] destination, int offset)
        {
            destination[offset] = 0xFF;
            destination[offset + 1] = (byte)(millimetres >> 8);
            destination[offset + 2] = (byte)millimetres;
            destination[offset + 3] = (byte)(0xFF + destination[offset + 1] + destination[offset + 2]);
        }

        public static byte[] Ultrasonic(int millimetres)
        {
            var frame = new byte[4];
            Ultrasonic(millimetres, frame, 0);
            return frame;
        }

        /// <summary>PMS5003 32-byte frame: 42 4D 00 1C, 13 big-endian words, 16-bit sum of bytes 0..29.</summary>
        public static void Pms5003(int[] words13, byte[] destination)
        {
            destination[0] = 0x42;
            destination[1] = 0x4D;
            destination[2] = 0x00;
            destination[3] = 0x1C;
            for (int i = 0; i < 13; i++)
            {
                destination[4 + (2 * i)] = (byte)(words13[i] >> 8);
                destination[5 + (2 * i)] = (byte)words13[i];
            }

            int sum = 0;
            for (int i = 0; i < 30; i++)
            {
                sum += destination[i];
            }

            destination[30] = (byte)(sum >> 8);
            destination[31] = (byte)sum;
        }

        public static byte[] Pms5003(params int[] words13)
        {
            var frame = new byte[32];
            Pms5003(words13, frame);
            return frame;
        }

        /// <summary>SDS011 10-byte frame AA cmd d1..d6 CS AB, CS = low byte of d1+..+d6.</summary>
        public static void Sds011(byte command, byte d1, byte d2, byte d3, byte d4, byte d5, byte d6, byte[] destination)
        {
            destination[0] = 0xAA;
            destination[1] = command;
            destination[2] = d1;
            destination[3] = d2;
            destination[4] = d3;
            destination[5] = d4;
            destination[6] = d5;
            destination[7] = d6;
            destination[8] = (byte)(d1 + d2 + d3 + d4 + d5 + d6);
            destination[9] = 0xAB;
        }
    }
}
