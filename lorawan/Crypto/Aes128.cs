// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Crypto
{
    /// <summary>
    /// AES-128 block encryption (FIPS-197), byte-oriented and allocation-free after construction.
    /// A LoRaWAN end device needs only the forward cipher: FRMPayload and FOpts use a counter-mode keystream,
    /// the MIC is AES-CMAC, and the Join-Accept is "decrypted" with aes128_encrypt (L2 1.0.4 §6.2.3).
    /// nanoFramework offers no crypto API we can rely on, so this is our own compact implementation.
    /// </summary>
    public sealed class Aes128
    {
        /// <summary>Block and key size in bytes.</summary>
        public const int BlockSize = 16;

        private const int Rounds = 10;                              // FIPS-197 §5, Nk = 4
        private const int ExpandedKeySize = BlockSize * (Rounds + 1); // 176 bytes of round keys

        // Shared by every instance; set by the first constructor (see SharedSBox).
        private static byte[] s_sBox;

        private readonly byte[] _sBox = SharedSBox();

        private readonly byte[] _roundKeys = new byte[ExpandedKeySize];
        private readonly byte[] _key = new byte[BlockSize];
        private readonly byte[] _state = new byte[BlockSize];
        private bool _hasKey;

        /// <summary>
        /// Expands <paramref name="key"/> (16 bytes from <paramref name="offset"/>); skipped when the same key is
        /// already loaded, which is the usual case (a session encrypts every frame with the same two keys).
        /// </summary>
        /// <returns>True when the key changed and was expanded.</returns>
        [HotPath]
        public bool SetKey(byte[] key, int offset)
        {
            if (_hasKey && SameKey(key, offset))
            {
                return false;
            }

            for (int i = 0; i < BlockSize; i++)
            {
                _key[i] = key[offset + i];
                _roundKeys[i] = key[offset + i];
            }

            // FIPS-197 §5.2 key expansion, byte-wise: w[i] = w[i-4] ^ (i % 4 == 0 ? SubWord(RotWord(w[i-1])) ^ Rcon : w[i-1]).
            byte rcon = 0x01;
            for (int position = BlockSize; position < ExpandedKeySize; position += 4)
            {
                byte t0 = _roundKeys[position - 4];
                byte t1 = _roundKeys[position - 3];
                byte t2 = _roundKeys[position - 2];
                byte t3 = _roundKeys[position - 1];
                if (position % BlockSize == 0)
                {
                    byte rotated = t0;
                    t0 = (byte)(_sBox[t1] ^ rcon);
                    t1 = _sBox[t2];
                    t2 = _sBox[t3];
                    t3 = _sBox[rotated];
                    rcon = XTime(rcon);
                }

                _roundKeys[position] = (byte)(_roundKeys[position - BlockSize] ^ t0);
                _roundKeys[position + 1] = (byte)(_roundKeys[position - BlockSize + 1] ^ t1);
                _roundKeys[position + 2] = (byte)(_roundKeys[position - BlockSize + 2] ^ t2);
                _roundKeys[position + 3] = (byte)(_roundKeys[position - BlockSize + 3] ^ t3);
            }

            _hasKey = true;
            return true;
        }

        /// <summary>Encrypts one 16-byte block; input and output may be the same array and offset.</summary>
        [HotPath]
        public void EncryptBlock(byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            byte[] s = _state;
            for (int i = 0; i < BlockSize; i++)
            {
                s[i] = (byte)(input[inputOffset + i] ^ _roundKeys[i]);
            }

            for (int round = 1; round <= Rounds; round++)
            {
                SubBytesShiftRows(s);
                if (round != Rounds)
                {
                    MixColumns(s);
                }

                int keyOffset = round * BlockSize;
                for (int i = 0; i < BlockSize; i++)
                {
                    s[i] ^= _roundKeys[keyOffset + i];
                }
            }

            for (int i = 0; i < BlockSize; i++)
            {
                output[outputOffset + i] = s[i];
            }
        }

        [HotPath]
        private bool SameKey(byte[] key, int offset)
        {
            for (int i = 0; i < BlockSize; i++)
            {
                if (_key[i] != key[offset + i])
                {
                    return false;
                }
            }

            return true;
        }

        // State is column-major (FIPS-197 §3.4): byte r + 4c is row r, column c. ShiftRows rotates row r left by r.
        [HotPath]
        private void SubBytesShiftRows(byte[] s)
        {
            s[0] = _sBox[s[0]];
            s[4] = _sBox[s[4]];
            s[8] = _sBox[s[8]];
            s[12] = _sBox[s[12]];

            byte t = s[1];
            s[1] = _sBox[s[5]];
            s[5] = _sBox[s[9]];
            s[9] = _sBox[s[13]];
            s[13] = _sBox[t];

            t = s[2];
            s[2] = _sBox[s[10]];
            s[10] = _sBox[t];
            t = s[6];
            s[6] = _sBox[s[14]];
            s[14] = _sBox[t];

            t = s[15];
            s[15] = _sBox[s[11]];
            s[11] = _sBox[s[7]];
            s[7] = _sBox[s[3]];
            s[3] = _sBox[t];
        }

        // FIPS-197 §5.1.3: each column times {03}x^3 + {01}x^2 + {01}x + {02}, written with xtime.
        [HotPath]
        private static void MixColumns(byte[] s)
        {
            for (int c = 0; c < BlockSize; c += 4)
            {
                byte a0 = s[c];
                byte a1 = s[c + 1];
                byte a2 = s[c + 2];
                byte a3 = s[c + 3];
                byte all = (byte)(a0 ^ a1 ^ a2 ^ a3);
                s[c] = (byte)(a0 ^ all ^ XTime((byte)(a0 ^ a1)));
                s[c + 1] = (byte)(a1 ^ all ^ XTime((byte)(a1 ^ a2)));
                s[c + 2] = (byte)(a2 ^ all ^ XTime((byte)(a2 ^ a3)));
                s[c + 3] = (byte)(a3 ^ all ^ XTime((byte)(a3 ^ a0)));
            }
        }

        // Multiplication by x in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1 (FIPS-197 §4.2.1).
        [HotPath]
        private static byte XTime(byte value) => (byte)((value << 1) ^ ((value & 0x80) != 0 ? 0x1B : 0x00));

        // The S-box as constant data (FIPS-197 §5.1.1, Figure 7: S(x) = affine(x^-1), S(0) = 0x63). On nanoCLR a literal
        // array is one newarr plus RuntimeHelpers.InitializeArray, a single memcpy from the assembly's metadata
        // (nf-interpreter src/CLR/CorLib/corlib_native_System_Runtime_CompilerServices_RuntimeHelpers.cpp), where
        // deriving it costs a 255-step loop of interpreted IL. Created by the first Aes128 of a boot, not by a static
        // constructor, so a wake that encrypts nothing does not pay it (docs/boot-budget.md). A test derives every
        // entry from the definition, so a typo cannot hide.
        private static byte[] SharedSBox()
        {
            if (s_sBox == null)
            {
                s_sBox = new byte[]
                {
                    0x63, 0x7C, 0x77, 0x7B, 0xF2, 0x6B, 0x6F, 0xC5, 0x30, 0x01, 0x67, 0x2B, 0xFE, 0xD7, 0xAB, 0x76,
                    0xCA, 0x82, 0xC9, 0x7D, 0xFA, 0x59, 0x47, 0xF0, 0xAD, 0xD4, 0xA2, 0xAF, 0x9C, 0xA4, 0x72, 0xC0,
                    0xB7, 0xFD, 0x93, 0x26, 0x36, 0x3F, 0xF7, 0xCC, 0x34, 0xA5, 0xE5, 0xF1, 0x71, 0xD8, 0x31, 0x15,
                    0x04, 0xC7, 0x23, 0xC3, 0x18, 0x96, 0x05, 0x9A, 0x07, 0x12, 0x80, 0xE2, 0xEB, 0x27, 0xB2, 0x75,
                    0x09, 0x83, 0x2C, 0x1A, 0x1B, 0x6E, 0x5A, 0xA0, 0x52, 0x3B, 0xD6, 0xB3, 0x29, 0xE3, 0x2F, 0x84,
                    0x53, 0xD1, 0x00, 0xED, 0x20, 0xFC, 0xB1, 0x5B, 0x6A, 0xCB, 0xBE, 0x39, 0x4A, 0x4C, 0x58, 0xCF,
                    0xD0, 0xEF, 0xAA, 0xFB, 0x43, 0x4D, 0x33, 0x85, 0x45, 0xF9, 0x02, 0x7F, 0x50, 0x3C, 0x9F, 0xA8,
                    0x51, 0xA3, 0x40, 0x8F, 0x92, 0x9D, 0x38, 0xF5, 0xBC, 0xB6, 0xDA, 0x21, 0x10, 0xFF, 0xF3, 0xD2,
                    0xCD, 0x0C, 0x13, 0xEC, 0x5F, 0x97, 0x44, 0x17, 0xC4, 0xA7, 0x7E, 0x3D, 0x64, 0x5D, 0x19, 0x73,
                    0x60, 0x81, 0x4F, 0xDC, 0x22, 0x2A, 0x90, 0x88, 0x46, 0xEE, 0xB8, 0x14, 0xDE, 0x5E, 0x0B, 0xDB,
                    0xE0, 0x32, 0x3A, 0x0A, 0x49, 0x06, 0x24, 0x5C, 0xC2, 0xD3, 0xAC, 0x62, 0x91, 0x95, 0xE4, 0x79,
                    0xE7, 0xC8, 0x37, 0x6D, 0x8D, 0xD5, 0x4E, 0xA9, 0x6C, 0x56, 0xF4, 0xEA, 0x65, 0x7A, 0xAE, 0x08,
                    0xBA, 0x78, 0x25, 0x2E, 0x1C, 0xA6, 0xB4, 0xC6, 0xE8, 0xDD, 0x74, 0x1F, 0x4B, 0xBD, 0x8B, 0x8A,
                    0x70, 0x3E, 0xB5, 0x66, 0x48, 0x03, 0xF6, 0x0E, 0x61, 0x35, 0x57, 0xB9, 0x86, 0xC1, 0x1D, 0x9E,
                    0xE1, 0xF8, 0x98, 0x11, 0x69, 0xD9, 0x8E, 0x94, 0x9B, 0x1E, 0x87, 0xE9, 0xCE, 0x55, 0x28, 0xDF,
                    0x8C, 0xA1, 0x89, 0x0D, 0xBF, 0xE6, 0x42, 0x68, 0x41, 0x99, 0x2D, 0x0F, 0xB0, 0x54, 0xBB, 0x16
                };
            }

            return s_sBox;
        }
    }
}
