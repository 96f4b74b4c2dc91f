// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Security.Cryptography;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>
    /// The network side of the host-node tests, built from the LoRaWAN L2 1.0.4 text: Join-Accept (§6.2.3), session keys
    /// (§6.2.5), downlinks (§4.3) and uplink decoding. Encryption and key derivation use .NET's AES (an implementation
    /// independent of lorawan/Crypto); the MICs use the stack's <see cref="FrameCrypto"/> (AES-CMAC checked against RFC
    /// 4493 in the LoRaWAN tests) and every frame is also checked by the node's own decoder, so a wrong MIC fails there.
    /// </summary>
    internal sealed class TestNetworkServer
    {
        public static readonly byte[] AppKey = Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C");
        public const ulong DevEui = 0x0004A30B001C0530;
        public const ulong JoinEui = 0x70B3D57ED0000000;
        public const uint NetId = 0x000013;
        public const uint DevAddr = 0x26011BDA;

        private readonly FrameCrypto _crypto = new FrameCrypto();
        private uint _joinNonce;

        public byte[] NwkSKey { get; private set; } = new byte[16];

        public byte[] AppSKey { get; private set; } = new byte[16];

        public uint DownlinkCounter { get; private set; }

        /// <summary>The next Join-Accept (JoinNonce increments per accept; DLSettings 0; RxDelay 1), queued before the Join-Request is heard.</summary>
        public byte[] NextJoinAccept()
        {
            _joinNonce++;
            var plain = new List<byte> { 0x20 };
            plain.AddRange(new[] { (byte)_joinNonce, (byte)(_joinNonce >> 8), (byte)(_joinNonce >> 16) });
            plain.AddRange(new[] { (byte)NetId, (byte)(NetId >> 8), (byte)(NetId >> 16) });
            plain.AddRange(BitConverter.GetBytes(DevAddr));
            plain.Add(0x00);
            plain.Add(0x01);
            byte[] bytes = plain.ToArray();
            uint mic = _crypto.ComputeJoinMic(AppKey, bytes, 0, bytes.Length);
            bytes = bytes.Concat(BitConverter.GetBytes(mic)).ToArray();
            using var aes = Aes.Create();
            aes.Key = AppKey;
            byte[] encrypted = aes.DecryptEcb(bytes.AsSpan(1).ToArray(), PaddingMode.None);
            return new[] { bytes[0] }.Concat(encrypted).ToArray();
        }

        /// <summary>The Join-Request the last Join-Accept answered: derives the session keys from its DevNonce.</summary>
        public ushort SessionFrom(byte[] joinRequest)
        {
            Assert.AreEqual(0x00, joinRequest[0], "Join-Request MHDR");
            Assert.AreEqual(23, joinRequest.Length, "Join-Request length (L2 §6.2.2: MHDR + JoinEUI + DevEUI + DevNonce + MIC)");
            ushort devNonce = (ushort)(joinRequest[17] | (joinRequest[18] << 8));
            NwkSKey = DeriveKey(0x01, devNonce);
            AppSKey = DeriveKey(0x02, devNonce);
            DownlinkCounter = 0;
            return devNonce;
        }

        /// <summary>An unconfirmed data downlink on <paramref name="fPort"/> with the next downlink counter.</summary>
        public byte[] Downlink(int fPort, byte[] payload)
        {
            uint fCnt = DownlinkCounter++;
            var frame = new List<byte> { 0x60 };
            frame.AddRange(BitConverter.GetBytes(DevAddr));
            frame.Add(0x00);
            frame.Add((byte)fCnt);
            frame.Add((byte)(fCnt >> 8));
            frame.Add((byte)fPort);
            frame.AddRange(Keystream(AppSKey, 1, fCnt, payload));
            byte[] bytes = frame.ToArray();
            uint mic = _crypto.ComputeDataMic(NwkSKey, Direction.Downlink, DevAddr, fCnt, bytes, 0, bytes.Length);
            return bytes.Concat(BitConverter.GetBytes(mic)).ToArray();
        }

        /// <summary>Decodes a data uplink: MIC checked, FRMPayload decrypted.</summary>
        public SeenUplink Decode(byte[] frame)
        {
            Assert.IsTrue(frame[0] == 0x40 || frame[0] == 0x80, "data uplink MHDR");
            var seen = new SeenUplink { DevAddr = BitConverter.ToUInt32(frame, 1), FCnt = (uint)(frame[6] | (frame[7] << 8)) };
            int fOptsLength = frame[5] & 0x0F;
            int macEnd = frame.Length - 4;
            uint mic = _crypto.ComputeDataMic(NwkSKey, Direction.Uplink, seen.DevAddr, seen.FCnt, frame, 0, macEnd);
            Assert.AreEqual(mic, BitConverter.ToUInt32(frame, macEnd), "uplink MIC");
            int portAt = 8 + fOptsLength;
            if (portAt < macEnd)
            {
                seen.FPort = frame[portAt];
                byte[] cipher = frame.AsSpan(portAt + 1, macEnd - portAt - 1).ToArray();
                seen.Payload = Keystream(seen.FPort == 0 ? NwkSKey : AppSKey, 0, seen.FCnt, cipher);
            }

            return seen;
        }

        private byte[] DeriveKey(byte prefix, ushort devNonce)
        {
            var block = new byte[16];
            block[0] = prefix;
            block[1] = (byte)_joinNonce; block[2] = (byte)(_joinNonce >> 8); block[3] = (byte)(_joinNonce >> 16);
            block[4] = (byte)NetId; block[5] = (byte)(NetId >> 8); block[6] = (byte)(NetId >> 16);
            block[7] = (byte)devNonce; block[8] = (byte)(devNonce >> 8);
            using var aes = Aes.Create();
            aes.Key = AppKey;
            return aes.EncryptEcb(block, PaddingMode.None);
        }

        // FRMPayload encryption, L2 1.0.4 §4.3.3: A_i = 01 | 0000 0000 | Dir | DevAddr | FCnt | 00 | i, XOR with AES(key, A_i).
        private static byte[] Keystream(byte[] key, byte direction, uint fCnt, byte[] data)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            var output = new byte[data.Length];
            for (int block = 0; block * 16 < data.Length; block++)
            {
                var a = new byte[16];
                a[0] = 0x01;
                a[5] = direction;
                BitConverter.GetBytes(DevAddr).CopyTo(a, 6);
                BitConverter.GetBytes(fCnt).CopyTo(a, 10);
                a[15] = (byte)(block + 1);
                byte[] s = aes.EncryptEcb(a, PaddingMode.None);
                for (int i = 0; i < 16 && (block * 16) + i < data.Length; i++)
                {
                    output[(block * 16) + i] = (byte)(data[(block * 16) + i] ^ s[i]);
                }
            }

            return output;
        }
    }

    internal sealed class SeenUplink
    {
        public uint DevAddr;
        public uint FCnt;
        public int FPort = -1;
        public byte[] Payload = Array.Empty<byte>();
        public long StartMilliseconds;

        public string PayloadHex => Convert.ToHexString(Payload);
    }
}
