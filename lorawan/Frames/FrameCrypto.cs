// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Crypto;

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>
    /// The LoRaWAN 1.0.x cryptographic primitives on caller buffers: the FRMPayload keystream (A_i blocks),
    /// the data MIC (B0 block), the join MIC, Join-Accept decryption and session-key derivation.
    /// One instance owns all scratch blocks, so nothing allocates per frame.
    /// </summary>
    [HotPath]
    public sealed class FrameCrypto
    {
        private const int BlockSize = Aes128.BlockSize;
        private const byte KeystreamBlockTag = 0x01; // A_i[0] (L2 1.0.4 §4.3.3)
        private const byte MicBlockTag = 0x49;       // B0[0] (L2 1.0.4 §4.4)

        /// <summary>Key-derivation prefix for NwkSKey (TS001-1.0.4 §6.2.6).</summary>
        public const byte NwkSKeyPrefix = 0x01;

        /// <summary>Key-derivation prefix for AppSKey (TS001-1.0.4 §6.2.6).</summary>
        public const byte AppSKeyPrefix = 0x02;

        private readonly Aes128 _aes = new Aes128();
        private readonly AesCmac _cmac = new AesCmac();
        private readonly byte[] _block = new byte[BlockSize];
        private readonly byte[] _keystream = new byte[BlockSize];

        /// <summary>
        /// Encrypts or decrypts (the same XOR) <paramref name="count"/> bytes in place with the keystream
        /// S = aes128_encrypt(K, A_1) | aes128_encrypt(K, A_2) | ... (L2 1.0.4 §4.3.3.1).
        /// </summary>
        public void CryptPayload(byte[] key, Direction direction, uint devAddr, uint frameCounter, byte[] buffer, int offset, int count)
        {
            _aes.SetKey(key, 0);
            FillCounterBlock(KeystreamBlockTag, direction, devAddr, frameCounter);
            int blockIndex = 1;
            for (int done = 0; done < count; done += BlockSize)
            {
                _block[15] = (byte)blockIndex++;
                _aes.EncryptBlock(_block, 0, _keystream, 0);
                int chunk = count - done < BlockSize ? count - done : BlockSize;
                for (int i = 0; i < chunk; i++)
                {
                    buffer[offset + done + i] ^= _keystream[i];
                }
            }
        }

        /// <summary>
        /// MIC of a data frame: the first 4 bytes of aes128_cmac(NwkSKey, B0 | msg), msg = MHDR..FRMPayload,
        /// returned as the little-endian value of the wire bytes (L2 1.0.4 §4.4).
        /// </summary>
        public uint ComputeDataMic(byte[] nwkSKey, Direction direction, uint devAddr, uint frameCounter, byte[] message, int offset, int count)
        {
            FillCounterBlock(MicBlockTag, direction, devAddr, frameCounter);
            _block[15] = (byte)count;
            _cmac.SetKey(nwkSKey, 0);
            _cmac.Update(_block, 0, BlockSize);
            _cmac.Update(message, offset, count);
            return _cmac.FinalMic();
        }

        /// <summary>MIC of a Join-Request or Join-Accept: the first 4 bytes of aes128_cmac(key, msg) (TS001-1.0.4 §6.2.5, §6.2.6).</summary>
        public uint ComputeJoinMic(byte[] key, byte[] message, int offset, int count)
        {
            _cmac.SetKey(key, 0);
            _cmac.Update(message, offset, count);
            return _cmac.FinalMic();
        }

        /// <summary>
        /// Applies aes128_encrypt block by block in place. The device uses it to decrypt a Join-Accept, which the
        /// network encrypted with aes128_decrypt so that devices need only the forward cipher (TS001-1.0.4 §6.2.6).
        /// </summary>
        public void EncryptBlocks(byte[] key, byte[] buffer, int offset, int count)
        {
            _aes.SetKey(key, 0);
            for (int done = 0; done + BlockSize <= count; done += BlockSize)
            {
                _aes.EncryptBlock(buffer, offset + done, buffer, offset + done);
            }
        }

        /// <summary>
        /// LoRaWAN 1.0 session key: aes128_encrypt(AppKey, prefix | JoinNonce | NetID | DevNonce | pad16) (TS001-1.0.4 §6.2.6).
        /// LoRaWAN 1.1 derives four network keys from NwkKey and JoinEUI instead; that goes beside this method.
        /// </summary>
        public void DeriveSessionKey(byte[] appKey, byte prefix, uint joinNonce, uint netId, ushort devNonce, byte[] output, int outputOffset)
        {
            Clear(_block);
            _block[0] = prefix;
            LittleEndian.WriteUInt24(_block, 1, joinNonce);
            LittleEndian.WriteUInt24(_block, 4, netId);
            LittleEndian.WriteUInt16(_block, 7, devNonce);
            _aes.SetKey(appKey, 0);
            _aes.EncryptBlock(_block, 0, output, outputOffset);
        }

        // A_i and B0 share their layout: tag | 0x00 x4 | Dir | DevAddr | FCnt(32) | 0x00 | i-or-length.
        private void FillCounterBlock(byte tag, Direction direction, uint devAddr, uint frameCounter)
        {
            Clear(_block);
            _block[0] = tag;
            _block[5] = (byte)direction;
            LittleEndian.WriteUInt32(_block, 6, devAddr);
            LittleEndian.WriteUInt32(_block, 10, frameCounter);
        }

        private static void Clear(byte[] block)
        {
            for (int i = 0; i < block.Length; i++)
            {
                block[i] = 0;
            }
        }
    }
}
