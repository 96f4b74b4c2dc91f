// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using nanoFramework.TestFramework;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.DeviceTests.Frames
{
    /// <summary>The uplink path against lora-packet's published frame (<see cref="LoraPacketVector"/>).</summary>
    [TestClass]
    public class UplinkFrameDeviceTests
    {
        private const uint DevAddr = LoraPacketVector.DevAddr;
        private const string NwkSKey = LoraPacketVector.NwkSKey;
        private const string AppSKey = LoraPacketVector.AppSKey;
        private const int EuDr0MaxMacPayload = 59; // RP002-1.0.4 §2.4.6 Table 14: EU868 DR0, M = 59

        private static Session session;
        private static UplinkFrame frame;
        private static UplinkEncoder encoder;
        private static FrameCrypto crypto;
        private static byte[] output;

        /// <summary>The objects a node creates once at start-up.</summary>
        [Setup]
        public void CreateSession()
        {
            session = new Session();
            frame = new UplinkFrame();
            encoder = new UplinkEncoder();
            crypto = new FrameCrypto();
            output = new byte[64];
        }

        /// <summary>Encoding the published uplink gives the published bytes exactly.</summary>
        [TestMethod]
        public void Encodes_the_lora_packet_published_uplink()
        {
            StartSession(2);
            int length;
            LoRaWanStatus status = encoder.Encode(session, frame, EuDr0MaxMacPayload, output, 0, out length);
            Assert.AreEqual((int)LoRaWanStatus.Ok, (int)status);
            Assert.AreEqual(17, length);
            Assert.AreEqual(HexBytes.Normalize(LoraPacketVector.Uplink), HexBytes.Format(output, 0, length));
        }

        /// <summary>The FRMPayload keystream with AppSKey (L2 1.0.4 §4.3.3.1) turns "test" into the frame's 95437876.</summary>
        [TestMethod]
        public void Encrypts_the_payload_as_in_the_published_frame()
        {
            byte[] payload = HexBytes.Parse("74657374");
            crypto.CryptPayload(HexBytes.Parse(AppSKey), Direction.Uplink, DevAddr, 2, payload, 0, payload.Length);
            Assert.AreEqual("95437876", HexBytes.Format(payload, 0, payload.Length));
        }

        /// <summary>The data MIC (L2 1.0.4 §4.4) over MHDR…FRMPayload is the frame's last four bytes, 2B11FF0D little-endian.</summary>
        [TestMethod]
        public void Computes_the_published_MIC()
        {
            byte[] message = HexBytes.Parse("40 F17DBE49 00 0200 01 95437876");
            uint mic = crypto.ComputeDataMic(HexBytes.Parse(NwkSKey), Direction.Uplink, DevAddr, 2, message, 0, message.Length);
            Assert.AreEqual(0x0DFF112Bu, mic);
        }

        /// <summary>A buffer one byte too short is refused with BufferTooSmall and left untouched.</summary>
        [TestMethod]
        public void Refuses_a_too_small_buffer_and_writes_nothing()
        {
            StartSession(2);
            byte[] small = new byte[16];
            int length;
            LoRaWanStatus status = encoder.Encode(session, frame, EuDr0MaxMacPayload, small, 0, out length);
            Assert.AreEqual((int)LoRaWanStatus.BufferTooSmall, (int)status);
            Assert.AreEqual(0, length);
            Assert.AreEqual("00000000000000000000000000000000", HexBytes.Format(small, 0, 16));
        }

        /// <summary>FPort 224+ is not an application port (L2 1.0.4 §4.3.2): InvalidPort.</summary>
        [TestMethod]
        public void Refuses_a_port_outside_the_application_range()
        {
            StartSession(2);
            frame.SetPayload(224, HexBytes.Parse("74657374"), 0, 4);
            int length;
            LoRaWanStatus status = encoder.Encode(session, frame, EuDr0MaxMacPayload, output, 0, out length);
            Assert.AreEqual((int)LoRaWanStatus.InvalidPort, (int)status);
            Assert.AreEqual(0, length);
        }

        /// <summary>Keys of the wrong length are refused and the session keeps its previous address.</summary>
        [TestMethod]
        public void Refuses_short_keys_and_changes_nothing()
        {
            StartSession(2);
            LoRaWanStatus status = session.ActivateByPersonalization(0x01020304, new byte[15], HexBytes.Parse(AppSKey), 0, 0, false);
            Assert.AreEqual((int)LoRaWanStatus.InvalidArgument, (int)status);
            Assert.AreEqual(DevAddr, session.DevAddr);
        }

        private static void StartSession(uint fCntUp)
        {
            session.ActivateByPersonalization(DevAddr, HexBytes.Parse(NwkSKey), HexBytes.Parse(AppSKey), fCntUp, 0, false);
            frame.Reset();
            frame.SetPayload(1, HexBytes.Parse("74657374"), 0, 4);
        }
    }
}
