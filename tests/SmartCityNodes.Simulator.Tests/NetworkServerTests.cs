// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Buffers.Binary;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.Simulator.Network;

namespace SmartCityNodes.Simulator.Tests
{
    [TestClass]
    public sealed class NetworkServerTests
    {
        private const ulong DevEui = 0x70B3D57ED0000001UL;
        private const ulong JoinEui = 0x70B3D57ED0000000UL;
        private const uint AbpDevAddr = 0x26011BDA;
        private static readonly byte[] AppKey = Convert.FromHexString("98929B92C49EDBA9676D646D3B612456");
        private static readonly byte[] NwkSKey = Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C");
        private static readonly byte[] AppSKey = Convert.FromHexString("000102030405060708090A0B0C0D0E0F");

        private static (NetworkServer Server, ServerResult Result, UplinkMetadata Metadata) Server(NetworkServerOptions? options = null)
        {
            var server = new NetworkServer(options ?? new NetworkServerOptions { DevStatusEveryUplinks = 0 }, new HexUplinkDecoder());
            server.RegisterOtaa("otaa", "bin", DevEui, JoinEui, AppKey);
            server.RegisterAbp("abp", "parking", AbpDevAddr, NwkSKey, AppSKey);
            return (server, new ServerResult(), new UplinkMetadata { FrequencyHz = 868100000, DataRate = 5, SnrDb = 5 });
        }

        private static byte[] JoinRequestFrame(ushort devNonce, byte[] key)
        {
            var frame = new byte[FrameLayout.JoinRequestLength];
            Assert.AreEqual(LoRaWanStatus.Ok, JoinRequest.Encode(JoinEui, DevEui, devNonce, key, new FrameCrypto(), frame, 0, out _));
            return frame;
        }

        /// <summary>An unconfirmed data uplink built by hand (L2 1.0.4 §4): MHDR 0x40 | DevAddr | FCtrl | FCnt | FPort | FRMPayload | MIC.</summary>
        private static byte[] DataUplink(uint fCnt, byte[] payload, byte fCtrl = 0, byte[]? nwkSKey = null)
        {
            var crypto = new FrameCrypto();
            var frame = new byte[9 + payload.Length + 4];
            frame[0] = 0x40;
            BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(1), AbpDevAddr);
            frame[5] = fCtrl;
            BinaryPrimitives.WriteUInt16LittleEndian(frame.AsSpan(6), (ushort)fCnt);
            frame[8] = 1;
            payload.CopyTo(frame, 9);
            crypto.CryptPayload(AppSKey, Direction.Uplink, AbpDevAddr, fCnt, frame, 9, payload.Length);
            uint mic = crypto.ComputeDataMic(nwkSKey ?? NwkSKey, Direction.Uplink, AbpDevAddr, fCnt, frame, 0, frame.Length - 4);
            BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(frame.Length - 4), mic);
            return frame;
        }

        [TestMethod]
        public void JoinAccept_IsAcceptedByTheDeviceStack_WithTheSameSessionKeys()
        {
            var (server, result, metadata) = Server();
            var request = JoinRequestFrame(7, AppKey);
            server.HandleUplink(request, request.Length, metadata, result);
            Assert.AreEqual(UplinkVerdict.JoinAccepted, result.Verdict);
            Assert.IsNotNull(result.Downlink);
            Assert.AreEqual(5000, result.DownlinkDelayMilliseconds, "JOIN_ACCEPT_DELAY1 = 5 s (RP002-1.0.4)");

            // The device side of lorawan/Frames decrypts, checks the MIC and derives the keys on its own.
            var accepted = new JoinAcceptResult();
            Assert.AreEqual(LoRaWanStatus.Ok, new JoinAccept(new FrameCrypto()).Decode(AppKey, result.Downlink!, 0, result.Downlink!.Length, 7, false, 0, JoinNoncePolicy.MustIncrease, accepted));
            var device = server.Find("otaa")!;
            Assert.AreEqual(device.DevAddr, accepted.DevAddr);
            Assert.AreEqual(1u, accepted.JoinNonce);
            Assert.IsTrue(accepted.HasCFList);
            Assert.AreEqual(0x26u, device.DevAddr >> 24, "NetID 0x13 gives DevAddr prefix 0x26 (NwkID 0x13 << 25)");
        }

        [TestMethod]
        public void JoinRequest_WithABadMic_IsRejectedAndChangesNothing()
        {
            var (server, result, metadata) = Server();
            var wrongKey = (byte[])AppKey.Clone();
            wrongKey[0] ^= 1;
            var request = JoinRequestFrame(7, wrongKey);
            server.HandleUplink(request, request.Length, metadata, result);
            Assert.AreEqual(UplinkVerdict.BadMic, result.Verdict);
            Assert.IsNull(result.Downlink);
            Assert.AreEqual(-1, server.Find("otaa")!.LastDevNonce);
            Assert.IsFalse(server.Find("otaa")!.HasSession);
        }

        [TestMethod]
        [DataRow((ushort)7)] // the same DevNonce again
        [DataRow((ushort)6)] // an older one
        public void JoinRequest_WithAReplayedDevNonce_IsRejected(ushort replayed)
        {
            var (server, result, metadata) = Server();
            var first = JoinRequestFrame(7, AppKey);
            server.HandleUplink(first, first.Length, metadata, result);
            uint devAddr = server.Find("otaa")!.DevAddr;
            var replay = JoinRequestFrame(replayed, AppKey);
            server.HandleUplink(replay, replay.Length, metadata, result);
            Assert.AreEqual(UplinkVerdict.ReplayedDevNonce, result.Verdict);
            Assert.IsNull(result.Downlink);
            Assert.AreEqual(devAddr, server.Find("otaa")!.DevAddr, "the session is kept");
        }

        [TestMethod]
        public void DataUplink_IsVerifiedAndDecrypted()
        {
            var (server, result, metadata) = Server();
            var frame = DataUplink(3, new byte[] { 0x74, 0x65, 0x73, 0x74 });
            server.HandleUplink(frame, frame.Length, metadata, result);
            Assert.AreEqual(UplinkVerdict.Accepted, result.Verdict);
            Assert.AreEqual(1, result.FPort);
            Assert.AreEqual("74657374", Convert.ToHexString(result.Payload));
        }

        [TestMethod]
        public void DataUplink_WithABadMic_IsRejected()
        {
            var (server, result, metadata) = Server();
            var wrongKey = (byte[])NwkSKey.Clone();
            wrongKey[15] ^= 0x80;
            var frame = DataUplink(3, new byte[] { 1 }, nwkSKey: wrongKey);
            server.HandleUplink(frame, frame.Length, metadata, result);
            Assert.AreEqual(UplinkVerdict.BadMic, result.Verdict);
            Assert.AreEqual(0, server.Find("abp")!.UplinksAccepted);
        }

        [TestMethod]
        public void DataUplink_WithAnOlderCounter_IsAReplay_AndTheSameCounterIsADuplicate()
        {
            var (server, result, metadata) = Server();
            var newer = DataUplink(10, new byte[] { 1 });
            server.HandleUplink(newer, newer.Length, metadata, result);
            Assert.AreEqual(UplinkVerdict.Accepted, result.Verdict);

            var older = DataUplink(9, new byte[] { 1 });
            server.HandleUplink(older, older.Length, metadata, result);
            Assert.AreEqual(UplinkVerdict.ReplayedCounter, result.Verdict);

            server.HandleUplink(newer, newer.Length, metadata, result);
            Assert.AreEqual(UplinkVerdict.Duplicate, result.Verdict);
            Assert.AreEqual(1, server.Find("abp")!.UplinksAccepted);
            Assert.AreEqual(10u, server.Find("abp")!.LastFCntUp);
        }

        [TestMethod]
        public void Counter_Across16BitWrap_IsReconstructed()
        {
            var (server, result, metadata) = Server();
            var before = DataUplink(0xFFFF, new byte[] { 1 });
            server.HandleUplink(before, before.Length, metadata, result);
            var after = DataUplink(0x10001, new byte[] { 2 }); // 16 LSBs on air: 0x0001
            server.HandleUplink(after, after.Length, metadata, result);
            Assert.AreEqual(UplinkVerdict.Accepted, result.Verdict);
            Assert.AreEqual(0x10001u, result.FCnt);
        }

        [TestMethod]
        public void Adr_After20Uplinks_SendsALinkAdrReq()
        {
            var (server, result, metadata) = Server();
            metadata.DataRate = 0;
            metadata.SnrDb = 5; // 5 + 20 − 10 = 15 dB → 5 steps → DR5
            for (uint f = 1; f <= 20; f++)
            {
                var frame = DataUplink(f, new byte[] { 1 }, fCtrl: FCtrl.AdrMask);
                server.HandleUplink(frame, frame.Length, metadata, result);
                if (f < 20)
                {
                    Assert.IsNull(result.Downlink, $"no ADR decision before 20 uplinks ({f})");
                }
            }

            Assert.IsNotNull(result.Downlink);
            // FOpts in clear (1.0.x): 03 | DR5<<4 | P0 | ChMask 0x0007 | ChMaskCntl 0, NbTrans 1.
            Assert.AreEqual("0350070001", Convert.ToHexString(result.Downlink!, FrameLayout.FOptsOffset, 5));
            Assert.AreEqual(0, result.DownlinkDataRate, "RX1 DR = uplink DR0 − offset 0");
        }

        [TestMethod]
        public void ApplicationDownlink_IsEncryptedWithTheAppSKey()
        {
            var (server, result, metadata) = Server();
            server.QueueApplicationDownlink("abp", 10, new byte[] { 0xC0, 0xFF, 0xEE });
            var frame = DataUplink(1, new byte[] { 1 });
            server.HandleUplink(frame, frame.Length, metadata, result);
            byte[] downlink = result.Downlink!;
            Assert.AreEqual(10, downlink[8]);
            var payload = downlink.AsSpan(9, 3).ToArray();
            new FrameCrypto().CryptPayload(AppSKey, Direction.Downlink, AbpDevAddr, 0, payload, 0, 3);
            Assert.AreEqual("C0FFEE", Convert.ToHexString(payload));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => server.QueueApplicationDownlink("abp", 0, new byte[] { 1 }));
        }
    }
}
