// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan
{
    /// <summary>
    /// Result of every frame-layer and MAC call on the hot path (RadioLib style: a status, never an exception).
    /// A call that returns anything but <see cref="Ok"/> has changed no state.
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
        /// Duty cycle, dwell or join back-off forbids transmitting now; the result says the earliest time it is
        /// allowed ("not before"), so the scheduler can sleep until then instead of waiting awake.
        /// </summary>
        TransmitDeferred = 22,

        /// <summary>No enabled channel supports the current data rate (channel mask and data rate disagree).</summary>
        NoChannelAvailable = 23,

        /// <summary>The radio reported a fault (TxTimeout, BusyTimeout, HardwareFault, ...); nothing was sent.</summary>
        RadioFault = 24,

        /// <summary>The state store refused the record; the uplink was not sent (a frame counter is never used unpersisted).</summary>
        PersistFailed = 25,

        /// <summary>A confirmed uplink was sent NbTrans times without an ACK.</summary>
        NoAck = 26,

        /// <summary>No valid Join-Accept arrived in either join window.</summary>
        NoJoinAccept = 27,

        /// <summary>A persisted MAC state record is damaged (CRC), of another version, or does not fit this configuration.</summary>
        StateRecordInvalid = 28,

        /// <summary>
        /// The uplink went out, but NbTrans repetitions or confirmed retries remain that the duty cycle delays longer
        /// than the engine waits awake: call <c>MacEngine.ContinuePending</c> at or after the result's NotBeforeMilliseconds.
        /// </summary>
        TransmissionsPending = 29,
    }
}
