// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Node;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.Samples
{
    /// <summary>
    /// The usage snippet of the READMEs (<c>README.md</c>, <c>lorawan/Mac/README.md</c>), verbatim: one wake of a
    /// sensor node that joins over the air once and then sends a reading per wake, with deep sleep in between. The
    /// interop example test runs exactly this code on the scripted radio and checks the frames with lora-packet.
    /// </summary>
    public static class JoinAndSendSample
    {
        /// <summary>Application port of the readings.</summary>
        public const int ReadingPort = 1;

        /// <summary>
        /// One wake: a new node over the same store, start (cold or resumed), join when there is no session yet, send
        /// the reading. The returned node's <see cref="LoRaWanNode.Result"/> says what happened and how long to sleep.
        /// </summary>
        /// <param name="identity">DevEUI, JoinEUI and AppKey from provisioning.</param>
        /// <param name="radio">The transceiver.</param>
        /// <param name="clock">Uptime and waits.</param>
        /// <param name="store">The state store (flash on the device).</param>
        /// <param name="powerOn">True after power-up or reset, false after a deep sleep.</param>
        /// <param name="sleptMilliseconds">Time asleep since the previous wake's Join/Send (0 if unknown).</param>
        /// <param name="reading">The application payload.</param>
        /// <param name="readingLength">Its length.</param>
        public static LoRaWanNode Wake(OtaaIdentity identity, IRadio radio, IClock clock, IMacStateStore store,
            bool powerOn, long sleptMilliseconds, byte[] reading, int readingLength)
        {
            // snippet-start
            var node = new LoRaWanNode(identity, RegionId.Eu868, radio, clock, store);
            LoRaWanStatus status = powerOn ? node.ColdStart() : node.Resume(sleptMilliseconds);
            if (status == LoRaWanStatus.Ok && !node.IsJoined)
            {
                status = node.Join(); // one attempt; NoJoinAccept or TransmitDeferred: sleep and try on a later wake
            }

            if (status == LoRaWanStatus.Ok)
            {
                status = node.Send(ReadingPort, reading, 0, readingLength);
            }

            // node.Result.Status == status. TransmitDeferred, TransmissionsPending and NoJoinAccept say how long to
            // sleep in node.Result.WaitMilliseconds; a downlink is in node.Result.DownlinkPort and DownlinkPayload.
            // snippet-end
            return node;
        }
    }
}
