// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// What one class-A transaction (or join attempt) did, for the application and the scheduler. Reusable: the
    /// engine overwrites it each time; <see cref="DownlinkPayload"/> is the engine's own buffer (copy what you keep).
    /// </summary>
    [HotPath]
    public sealed class MacTransactionResult
    {
        /// <summary>Outcome; <see cref="LoRaWanStatus.TransmitDeferred"/> comes with <see cref="NotBeforeMilliseconds"/>.</summary>
        public LoRaWanStatus Status;

        /// <summary>
        /// For <see cref="LoRaWanStatus.TransmitDeferred"/> and <see cref="LoRaWanStatus.TransmissionsPending"/> (and
        /// <see cref="LoRaWanStatus.NoJoinAccept"/> from <c>LoRaWanNode.Join</c>): the earliest MAC time (ms) at which the
        /// transmission may go; sleep until then rather than wait awake.
        /// </summary>
        public long NotBeforeMilliseconds;

        /// <summary>The same as a duration: how long to sleep from now, in ms.</summary>
        public long WaitMilliseconds;

        /// <summary>Radio transmissions made in this transaction (NbTrans repetitions and confirmed retries included).</summary>
        public int Transmissions;

        /// <summary>The FCntUp the uplink used (all its repetitions share it).</summary>
        public uint FCntUp;

        /// <summary>Uplink data rate used.</summary>
        public int DataRate;

        /// <summary>Uplink channel of the last transmission.</summary>
        public int Channel;

        /// <summary>MAC time (ms) at TxDone of the last transmission (DeviceTimeAns refers to the end of the uplink).</summary>
        public long TxEndMilliseconds;

        /// <summary>
        /// True when owed MAC answers did not fit beside the application payload: they went alone on FPort 0 and the
        /// application payload was not sent (L2 1.0.4 §4.3.1.6). Send it again.
        /// </summary>
        public bool ApplicationPayloadSkipped;

        /// <summary>A confirmed uplink was acknowledged (downlink with ACK).</summary>
        public bool Acknowledged;

        /// <summary>A valid class-A downlink was received.</summary>
        public bool DownlinkReceived;

        /// <summary>Receive window that brought it: 1 or 2 (0 when none).</summary>
        public int DownlinkWindow;

        /// <summary>FPort of the downlink (−1 none, 0 MAC only, 1..255 application).</summary>
        public int DownlinkPort;

        /// <summary>Decrypted application payload (valid when <see cref="DownlinkPort"/> &gt; 0).</summary>
        public byte[] DownlinkPayload;

        /// <summary>Bytes in <see cref="DownlinkPayload"/>.</summary>
        public int DownlinkPayloadLength;

        /// <summary>The network has more to send (FPending): uplink soon.</summary>
        public bool FramePending;

        /// <summary>SNR of the downlink in dB.</summary>
        public int DownlinkSnrDb;

        /// <summary>RSSI of the downlink in dBm.</summary>
        public int DownlinkRssiDbm;

        /// <summary>How the walk over the downlink's MAC commands ended.</summary>
        public MacParseStatus MacParseStatus;

        /// <summary>MAC commands applied from the downlink.</summary>
        public int MacCommandsProcessed;

        /// <summary>A LinkCheckAns arrived.</summary>
        public bool LinkCheckReceived;

        /// <summary>LinkCheckAns margin in dB.</summary>
        public int LinkCheckMarginDb;

        /// <summary>LinkCheckAns gateway count.</summary>
        public int LinkCheckGatewayCount;

        /// <summary>A DeviceTimeAns arrived.</summary>
        public bool DeviceTimeReceived;

        /// <summary>DeviceTimeAns: GPS seconds at the end of the uplink (<see cref="TxEndMilliseconds"/>).</summary>
        public uint DeviceTimeGpsSeconds;

        /// <summary>DeviceTimeAns fractional second in 1/256 s.</summary>
        public int DeviceTimeFraction;

        /// <summary>Join: the device is now joined.</summary>
        public bool Joined;

        /// <summary>Clears every field for a new transaction.</summary>
        public void Reset()
        {
            Status = LoRaWanStatus.Ok;
            NotBeforeMilliseconds = 0;
            WaitMilliseconds = 0;
            Transmissions = 0;
            FCntUp = 0;
            DataRate = 0;
            Channel = -1;
            TxEndMilliseconds = 0;
            ApplicationPayloadSkipped = false;
            Acknowledged = false;
            DownlinkReceived = false;
            DownlinkWindow = 0;
            DownlinkPort = -1;
            DownlinkPayload = null;
            DownlinkPayloadLength = 0;
            FramePending = false;
            DownlinkSnrDb = 0;
            DownlinkRssiDbm = 0;
            MacParseStatus = MacParseStatus.Ok;
            MacCommandsProcessed = 0;
            LinkCheckReceived = false;
            LinkCheckMarginDb = 0;
            LinkCheckGatewayCount = 0;
            DeviceTimeReceived = false;
            DeviceTimeGpsSeconds = 0;
            DeviceTimeFraction = 0;
            Joined = false;
        }
    }
}
