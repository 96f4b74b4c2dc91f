// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan
{
    /// <summary>
    /// Result of every frame-layer and MAC call on the hot path (RadioLib style: a status, never an exception).
    /// A call that returns anything but <see cref="Ok"/> has changed no state, except where a value's own description
    /// says otherwise: <see cref="RadioFault"/>, <see cref="NoAck"/>, <see cref="NoJoinAccept"/>,
    /// <see cref="TransmissionsPending"/> and a late <see cref="PersistFailed"/> come after a frame counter or DevNonce
    /// was spent (persisted) and say what went out; <see cref="TransmitDeferred"/> and <see cref="NoChannelAvailable"/>
    /// may come after the MAC re-enabled the default channels. Every outcome after which the caller should sleep rather
    /// than wait carries a "not before" time in the result (<c>MacTransactionResult.NotBeforeMilliseconds</c>).
    /// </summary>
    public enum LoRaWanStatus
    {
        /// <summary>Done as asked.</summary>
        Ok = 0,

        /// <summary>The output buffer cannot hold the frame.</summary>
        BufferTooSmall = 1,

        /// <summary>MACPayload (FHDR + FPort + FRMPayload) exceeds the current data rate's maximum M (RP002-1.0.4 §2.x "Maximum payload size").</summary>
        PayloadTooLong = 2,

        /// <summary>More than 15 bytes of FOpts (L2 1.0.4 §4.3.1.6).</summary>
        FOptsTooLong = 3,

        /// <summary>FPort outside 0..223 for an uplink (224 is the compliance port, 225..255 reserved; L2 1.0.4 §4.3.2).</summary>
        InvalidPort = 4,

        /// <summary>FPort 0 (MAC commands in FRMPayload) together with non-empty FOpts, which L2 1.0.4 §4.3.1.6 forbids.</summary>
        PortZeroWithFOpts = 5,

        /// <summary>A key, EUI or other fixed-size argument is missing or has the wrong length.</summary>
        InvalidArgument = 6,

        /// <summary>The frame is shorter than its headers and MIC need.</summary>
        FrameTooShort = 7,

        /// <summary>The frame is longer than any LoRaWAN PHYPayload (255 bytes) or than the receive buffer.</summary>
        FrameTooLong = 8,

        /// <summary>MHDR Major is not LoRaWAN R1 (0).</summary>
        UnsupportedMajor = 9,

        /// <summary>The MHDR message type is not one this call handles (e.g. an uplink type given to the downlink decoder).</summary>
        WrongMType = 10,

        /// <summary>The frame is addressed to another device.</summary>
        WrongDevAddr = 11,

        /// <summary>The MIC does not match: wrong key, corrupted or forged frame.</summary>
        MicMismatch = 12,

        /// <summary>A downlink with the counter already accepted (replay).</summary>
        CounterReplay = 13,

        /// <summary>A downlink counter behind the last accepted one (a frame from before the last roll-over of the 16-bit FCnt included); 1.0.4 has no MAX_FCNT_GAP limit ahead.</summary>
        CounterTooOld = 14,

        /// <summary>FCtrl.FOptsLen points past the end of the frame.</summary>
        FOptsLengthInvalid = 15,

        /// <summary>The uplink frame counter reached 2^32 - 1: the session must be renewed (rejoin) before sending again.</summary>
        CounterExhausted = 16,

        /// <summary>A Join-Accept whose JoinNonce is not newer than the last accepted one (replayed Join-Accept).</summary>
        JoinNonceNotNew = 17,

        /// <summary>A Join-Accept that is neither 17 nor 33 bytes long (TS001-1.0.4 §6.2.6).</summary>
        JoinAcceptLengthInvalid = 18,

        /// <summary>Every DevNonce value has been used; the device needs new root keys (TS001-1.0.4 §6.2.5).</summary>
        DevNonceExhausted = 19,

        /// <summary>A CFList type the device does not support for its region.</summary>
        CFListInvalid = 20,

        /// <summary>No active session: join (OTAA) or activate by personalization first.</summary>
        NotJoined = 21,

        /// <summary>
        /// Duty cycle or join back-off forbids transmitting now; the result says the earliest time it is allowed
        /// ("not before"), so the scheduler can sleep until then instead of waiting awake. Nothing was sent, no counter
        /// was spent, the radio was not used. If no enabled channel allowed the data rate, the default channels were
        /// enabled again first (as LoRaMac-node does) and that repair is kept.
        /// </summary>
        TransmitDeferred = 22,

        /// <summary>
        /// No enabled channel supports the current data rate (channel mask and data rate disagree, even after the
        /// default channels were enabled again, a repair that is kept), or the data rate is not LoRa. Nothing was sent,
        /// no counter spent. From <c>ContinuePending</c>: the postponed repetitions were dropped.
        /// </summary>
        NoChannelAvailable = 23,

        /// <summary>
        /// The radio reported a fault (TxTimeout, BusyTimeout, HardwareFault, ...) while transmitting, or cannot send a
        /// repetition on the channel chosen for it (see <see cref="RadioCannotTransmit"/>). The frame counter
        /// (or DevNonce) had already been persisted advanced and stays spent, because a timed-out frame may have left the
        /// antenna. The result's <c>Transmissions</c> counts the repetitions that did go out before the fault (0: the
        /// failing one was the first). From <c>LoRaWanNode.ColdStart/Resume</c>: the radio failed to initialise and
        /// nothing changed.
        /// </summary>
        RadioFault = 24,

        /// <summary>
        /// The state store refused the record. Before the first transmission (result <c>Transmissions</c> 0): nothing
        /// was sent and the counter is not spent (a frame counter is never used unpersisted). After it (a late save at
        /// the end of the transaction; <c>Transmissions</c> &gt; 0): the uplink went out and the state in memory moved
        /// on; the store holds the record saved before the transmission (counter already advanced), so nothing is
        /// reused after a reboot, but MAC answers and ADR changes of this transaction may be lost.
        /// </summary>
        PersistFailed = 25,

        /// <summary>A confirmed uplink was sent NbTrans times without an ACK. The frame counter is spent; the uplink went out (<c>Transmissions</c> times).</summary>
        NoAck = 26,

        /// <summary>
        /// No valid Join-Accept arrived in either join window. The Join-Request went out: its DevNonce is spent and the
        /// join attempt counted. <c>LoRaWanNode.Join</c> puts the earliest time of the next attempt in the result's
        /// NotBeforeMilliseconds.
        /// </summary>
        NoJoinAccept = 27,

        /// <summary>
        /// A persisted MAC state record is damaged (CRC), of another version, or does not fit this configuration, or
        /// (<c>LoRaWanNode.Resume</c>) the store has no record or could not be read. Nothing was restored.
        /// </summary>
        StateRecordInvalid = 28,

        /// <summary>
        /// The uplink went out (its counter is spent), but NbTrans repetitions or confirmed retries remain that the duty
        /// cycle delays longer than the engine waits awake; the frame and the count are in the state and the record.
        /// Call <c>ContinuePending</c> at or after the result's NotBeforeMilliseconds; a new Send drops them.
        /// </summary>
        TransmissionsPending = 29,

        /// <summary>
        /// The radio cannot send on the chosen channel: its carrier lies outside the radio's tuning range
        /// (<c>IRadio.MinFrequencyHz..MaxFrequencyHz</c>), or the channel's maximum power is below the radio's minimum.
        /// Checked before any counter is spent: nothing was sent and nothing changed.
        /// </summary>
        RadioCannotTransmit = 30,

        /// <summary><c>LoRaWanNode</c>: neither <c>ColdStart</c> nor <c>Resume</c> has succeeded yet. Nothing changed.</summary>
        NotStarted = 31,

        /// <summary>The application asked to set the data rate or TX power while ADR is on (the network controls them, L2 1.0.4 §4.3.1.1). Nothing changed.</summary>
        SettingControlledByAdr = 32,

        /// <summary>The data rate is not an uplink data rate of the region, or no enabled channel allows it. Nothing changed.</summary>
        DataRateNotAllowed = 33,

        /// <summary>The TXPower index is outside the region's table, or its power is below what the radio can produce. Nothing changed.</summary>
        TxPowerNotAllowed = 34,

        /// <summary>An identity key (AppKey, NwkSKey, AppSKey) is missing or not 16 bytes. Nothing changed.</summary>
        KeyInvalid = 35,

        /// <summary>No room left for another MAC request (LinkCheckReq, DeviceTimeReq) in the next uplink. Nothing changed.</summary>
        RequestQueueFull = 36,
    }
}
