// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Crypto
{
    /// <summary>
    /// AES-CMAC (RFC 4493), incremental so a MIC can cover a prefix block (B0) and the frame without copying
    /// them together. Allocation-free after construction.
    /// </summary>
    [HotPath]
    public sealed class AesCmac
    {
        private const int BlockSize = Aes128.BlockSize;
        private const byte Rb = 0x87; // RFC 4493 §2.3, the constant for 128-bit blocks

        private readonly Aes128 _aes = new Aes128();
        private readonly byte[] _k1 = new byte[BlockSize];
        private readonly byte[] _k2 = new byte[BlockSize];
        private readonly byte[] _x = new byte[BlockSize];     // running CBC state
        private readonly byte[] _block = new byte[BlockSize]; // bytes not yet absorbed
        private readonly byte[] _mac = new byte[BlockSize];   // result of FinalMic
        private int _blockLength;
        private bool _anyFullBlockPending;

        /// <summary>Loads the key and derives the subkeys K1, K2 (RFC 4493 §2.3) unless it is already loaded; then starts a new MAC.</summary>
        public void SetKey(byte[] key, int offset)
        {
            if (!_aes.SetKey(key, offset))
            {
                Begin();
                return;
            }

            Clear(_x);
            _aes.EncryptBlock(_x, 0, _k1, 0); // L = AES-128(K, 0^128)
            ShiftLeftOneBit(_k1, _k1);
            ShiftLeftOneBit(_k1, _k2);
            Begin();
        }

        /// <summary>Starts a new MAC with the current key.</summary>
        public void Begin()
        {
            Clear(_x);
            _blockLength = 0;
            _anyFullBlockPending = false;
        }

        /// <summary>Absorbs <paramref name="count"/> bytes.</summary>
        public void Update(byte[] data, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (_blockLength == BlockSize)
                {
                    // Only now do we know this block is not the last one (the last one gets K1/K2).
                    AbsorbBlock();
                }

                _block[_blockLength++] = data[offset + i];
                _anyFullBlockPending = _blockLength == BlockSize;
            }
        }

        /// <summary>Finishes the MAC and writes all 16 bytes to <paramref name="mac"/> at <paramref name="offset"/>.</summary>
        public void Final(byte[] mac, int offset)
        {
            if (_anyFullBlockPending)
            {
                Xor(_block, _k1); // RFC 4493 §2.4 step 4: complete last block, M_last = M_n XOR K1
            }
            else
            {
                _block[_blockLength] = 0x80; // padding(M_n) = M_n || 10^i, then XOR K2
                for (int i = _blockLength + 1; i < BlockSize; i++)
                {
                    _block[i] = 0;
                }

                Xor(_block, _k2);
            }

            Xor(_x, _block);
            _aes.EncryptBlock(_x, 0, mac, offset);
            Begin();
        }

        /// <summary>The first four bytes of the MAC as LoRaWAN's MIC, read little-endian as it is on the wire.</summary>
        public uint FinalMic()
        {
            Final(_mac, 0);
            return (uint)(_mac[0] | (_mac[1] << 8) | (_mac[2] << 16) | (_mac[3] << 24));
        }

        private void AbsorbBlock()
        {
            Xor(_x, _block);
            _aes.EncryptBlock(_x, 0, _x, 0);
            _blockLength = 0;
            _anyFullBlockPending = false;
        }

        // RFC 4493 §2.3: K = L << 1, XOR Rb if the MSB of L was set.
        private static void ShiftLeftOneBit(byte[] input, byte[] output)
        {
            bool msbSet = (input[0] & 0x80) != 0;
            for (int i = 0; i < BlockSize - 1; i++)
            {
                output[i] = (byte)((input[i] << 1) | (input[i + 1] >> 7));
            }

            output[BlockSize - 1] = (byte)(input[BlockSize - 1] << 1);
            if (msbSet)
            {
                output[BlockSize - 1] ^= Rb;
            }
        }

        private static void Xor(byte[] target, byte[] source)
        {
            for (int i = 0; i < BlockSize; i++)
            {
                target[i] ^= source[i];
            }
        }

        private static void Clear(byte[] block)
        {
            for (int i = 0; i < BlockSize; i++)
            {
                block[i] = 0;
            }
        }
    }
}
