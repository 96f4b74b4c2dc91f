// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

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

        private static readonly byte[] SBox = BuildSBox();

        private readonly byte[] _roundKeys = new byte[ExpandedKeySize];
        private readonly byte[] _key = new byte[BlockSize];
        private readonly byte[] _state = new byte[BlockSize];
        private bool _hasKey;

        /// <summary>
        /// Expands <paramref name="key"/> (16 bytes from <paramref name="offset"/>); skipped when the same key is
        /// already loaded, which is the usual case (a session encrypts every frame with the same two keys).
        /// </summary>
        /// <returns>True when the key changed and was expanded.</returns>
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
                    t0 = (byte)(SBox[t1] ^ rcon);
                    t1 = SBox[t2];
                    t2 = SBox[t3];
                    t3 = SBox[rotated];
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
        private static void SubBytesShiftRows(byte[] s)
        {
            s[0] = SBox[s[0]];
            s[4] = SBox[s[4]];
            s[8] = SBox[s[8]];
            s[12] = SBox[s[12]];

            byte t = s[1];
            s[1] = SBox[s[5]];
            s[5] = SBox[s[9]];
            s[9] = SBox[s[13]];
            s[13] = SBox[t];

            t = s[2];
            s[2] = SBox[s[10]];
            s[10] = SBox[t];
            t = s[6];
            s[6] = SBox[s[14]];
            s[14] = SBox[t];

            t = s[15];
            s[15] = SBox[s[11]];
            s[11] = SBox[s[7]];
            s[7] = SBox[s[3]];
            s[3] = SBox[t];
        }

        // FIPS-197 §5.1.3: each column times {03}x^3 + {01}x^2 + {01}x + {02}, written with xtime.
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
        private static byte XTime(byte value) => (byte)((value << 1) ^ ((value & 0x80) != 0 ? 0x1B : 0x00));

        // FIPS-197 §5.1.1: S(x) = affine(x^-1). Computed once rather than typed in, so no table typo can hide.
        private static byte[] BuildSBox()
        {
            var box = new byte[256];
            byte p = 1;
            byte q = 1;
            do
            {
                // p walks the powers of the generator 3; q walks the powers of its inverse (0xF6), so q = p^-1.
                p = (byte)(p ^ XTime(p));
                q ^= (byte)(q << 1);
                q ^= (byte)(q << 2);
                q ^= (byte)(q << 4);
                if ((q & 0x80) != 0)
                {
                    q ^= 0x09;
                }

                int affine = q ^ RotateLeft(q, 1) ^ RotateLeft(q, 2) ^ RotateLeft(q, 3) ^ RotateLeft(q, 4);
                box[p] = (byte)(affine ^ 0x63);
            }
            while (p != 1);

            box[0] = 0x63; // 0 has no inverse; FIPS-197 maps it to the affine constant.
            return box;
        }

        private static int RotateLeft(byte value, int bits) => ((value << bits) | (value >> (8 - bits))) & 0xFF;
    }
}
