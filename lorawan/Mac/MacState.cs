// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.DutyCycle;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// Everything a class-A device must remember between wakes (docs/architecture.md "Every wake is a reboot"): the session
    /// and its counters, DevNonce and the last JoinNonce, data rate, power and repetition settings, RX window
    /// parameters, ADR state, answers still owed to the network, the channel plan and the duty-cycle ledger.
    /// <see cref="MacStateRecord"/> turns it into one byte record and back.
    /// </summary>
    [HotPath]
    public sealed class MacState
    {
        /// <summary>RECEIVE_DELAY1 default in seconds (RP002-1.0.4 §2.x "Default settings": 1 s).</summary>
        public const int DefaultRx1DelaySeconds = 1;

        /// <summary>Creates the state of a factory-fresh device in <paramref name="region"/>.</summary>
        /// <param name="region">Regional parameters (fixed for the device's life).</param>
        public MacState(RegionParameters region)
        {
            if (region == null)
            {
                throw new ArgumentNullException();
            }

            Region = region;
            Channels = new ChannelPlan(region);
            Ledger = new DutyCycleLedger(region);
            ResetSessionParameters();
        }

        /// <summary>Constant regional parameters.</summary>
        public RegionParameters Region { get; }

        /// <summary>Keys, DevAddr, FCntUp (next to use), NFCntDown.</summary>
        public readonly Session Session = new Session();

        /// <summary>Channels, mask, dwell time and max EIRP.</summary>
        public ChannelPlan Channels { get; }

        /// <summary>Duty cycle, DutyCycleReq limit, join back-off.</summary>
        public DutyCycleLedger Ledger { get; }

        /// <summary>MAC commands owed to the network in the next uplink(s).</summary>
        public readonly MacAnswerQueue Answers = new MacAnswerQueue();

        /// <summary>A session exists (OTAA completed or ABP set).</summary>
        public bool Joined { get; internal set; }

        /// <summary>The DevNonce the next Join-Request uses (LoRaWAN L2 1.0.4 §6.2.2: a counter from 0, never reused).</summary>
        public int DevNonce { get; internal set; }

        /// <summary>A Join-Accept has been accepted before (<see cref="LastJoinNonce"/> is meaningful).</summary>
        public bool HasLastJoinNonce { get; internal set; }

        /// <summary>JoinNonce of the last accepted Join-Accept (§6.2.3: a later one must be greater).</summary>
        public uint LastJoinNonce { get; internal set; }

        /// <summary>Join attempts since the last successful join (drives the join channel/DR sequence).</summary>
        public int JoinAttempts { get; internal set; }

        /// <summary>Uplink data rate.</summary>
        public int DataRate { get; internal set; }

        /// <summary>TXPower index (0 = max EIRP, each step 2 dB lower).</summary>
        public int TxPowerIndex { get; internal set; }

        /// <summary>Transmissions of each uplink, 1..15 (LinkADRReq NbTrans).</summary>
        public int NbTrans { get; internal set; }

        /// <summary>RX1DROffset.</summary>
        public int Rx1DrOffset { get; internal set; }

        /// <summary>RX2 data rate.</summary>
        public int Rx2DataRate { get; internal set; }

        /// <summary>RX2 frequency in Hz.</summary>
        public uint Rx2FrequencyHz { get; internal set; }

        /// <summary>RECEIVE_DELAY1 in seconds, 1..15 (RECEIVE_DELAY2 is one second more).</summary>
        public int Rx1DelaySeconds { get; internal set; }

        /// <summary>The device runs ADR (FCtrl.ADR set in uplinks).</summary>
        public bool AdrEnabled { get; internal set; } = true;

        /// <summary>ADR_ACK_CNT: uplinks since the last downlink.</summary>
        public uint AdrAckCounter { get; internal set; }

        /// <summary>A confirmed downlink was received; the next uplink carries ACK.</summary>
        public bool AckPending { get; internal set; }

        /// <summary>Transmissions still owed for the last uplink (NbTrans repetitions or confirmed retries the duty cycle postponed); 0 for none.</summary>
        public int PendingTransmissions { get; internal set; }

        /// <summary>The postponed uplink is confirmed.</summary>
        public bool PendingConfirmed { get; internal set; }

        /// <summary>Data rate of the postponed uplink.</summary>
        public int PendingDataRate { get; internal set; }

        /// <summary>The postponed uplink's PHYPayload, repeated unchanged (same FCnt).</summary>
        public readonly byte[] PendingFrame = new byte[FrameLayout.PhyPayloadMaxLength];

        /// <summary>Bytes in <see cref="PendingFrame"/>.</summary>
        public int PendingFrameLength { get; internal set; }

        /// <summary>
        /// MAC time (ms) before which no frame may go because a confirmed uplink's ACK is outstanding: TxEnd +
        /// RECEIVE_DELAY2 + RETRANSMIT_TIMEOUT (L2 1.0.4 §4.3.1.3); 0 when none is.
        /// </summary>
        public long RetransmitNotBeforeMilliseconds;

        /// <summary>Forgets the session and returns every MAC parameter to the region default (before a join).</summary>
        public void ResetSessionParameters()
        {
            ResetSessionParameters(true);
        }

        /// <summary>
        /// Forgets the session and returns the MAC parameters to the region default; <paramref name="resetChannels"/>
        /// false keeps the channel plan (a fixed plan keeps its sub-band selection across a join).
        /// </summary>
        /// <param name="resetChannels">Also reset the channel plan.</param>
        public void ResetSessionParameters(bool resetChannels)
        {
            Joined = false;
            Session.DevAddr = 0;
            Array.Clear(Session.NwkSKey, 0, FrameLayout.KeyLength);
            Array.Clear(Session.AppSKey, 0, FrameLayout.KeyLength);
            Session.FCntUp = 0;
            Session.NFCntDown = 0;
            Session.DownlinkReceived = false;
            if (resetChannels)
            {
                Channels.Reset();
            }

            DataRate = Region.DefaultChannelMinDataRate > Region.MinUplinkDataRate(Channels.UplinkDwellTime)
                ? Region.DefaultChannelMinDataRate
                : Region.MinUplinkDataRate(Channels.UplinkDwellTime);
            TxPowerIndex = 0;
            NbTrans = 1;
            Rx1DrOffset = 0;
            Rx2DataRate = Region.Rx2DefaultDataRate;
            Rx2FrequencyHz = Region.Rx2DefaultFrequencyHz;
            Rx1DelaySeconds = DefaultRx1DelaySeconds;
            AdrAckCounter = 0;
            AckPending = false;
            PendingTransmissions = 0;
            PendingFrameLength = 0;
            RetransmitNotBeforeMilliseconds = 0;
            Answers.Clear();
            Ledger.SetMaxDutyCycle(0);
        }
    }
}
