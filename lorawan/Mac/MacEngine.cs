// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.LoRaWan.DutyCycle;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// The class-A device: one call runs one whole transaction in a single wake (LoRaWAN L2 1.0.4 §3.3): choose
    /// channel and data rate under the duty-cycle ledger (or answer "not before T" without waiting), build the
    /// uplink with the MAC answers owed, persist the frame counter, transmit, open RX1 at TxEnd + RECEIVE_DELAY1
    /// and RX2 at TxEnd + RECEIVE_DELAY2 when RX1 brought nothing valid, apply the downlink, repeat for NbTrans or
    /// until acknowledged, and persist again. OTAA joins work the same way with the join-accept delays.
    /// Allocation-free after construction.
    /// <para>
    /// Time: the ledger and the record use "MAC time", the clock's uptime plus an offset that
    /// <see cref="RestoreState"/> sets from the saved time and the time slept, so it keeps running across deep
    /// sleep (docs/architecture.md "Every wake is a reboot").
    /// </para>
    /// </summary>
    [HotPath]
    public sealed class MacEngine
    {
        /// <summary>Largest PHYPayload (LoRaWAN L2 1.0.4 §4: 255 bytes on the air).</summary>
        public const int MaxFrameLength = FrameLayout.PhyPayloadMaxLength;


        /// <summary>
        /// Preamble symbols the receiver must hear to detect a downlink: 6 (LoRaMac-node <c>DEFAULT_MIN_RX_SYMBOLS</c>; Semtech
        /// puts the detection minimum at 5-6 symbols, AN1200.24). Not the transmitted preamble length: see
        /// <see cref="DownlinkPreambleSymbols"/>.
        /// </summary>
        public const int MinRxSymbols = 6;

        /// <summary>Preamble of every LoRaWAN downlink: 8 symbols (RP002-1.0.4 §3; LoRaWAN L2 1.0.4 §4.1).</summary>
        public const int DownlinkPreambleSymbols = 8;

        /// <summary>
        /// Longest window in symbols: 1023, the SX127x 10-bit SymbTimeout (rev 7 §6.4); the SX126x driver closes windows over
        /// 248 symbols with its SetRx timer. At SF7/500 kHz (US915 DR13, Ts = 256 µs) it covers a clock error of up to
        /// (1023 − 4)·256 µs / 2 − 0.5 ms ≈ 129.9 ms; at every other LoRaWAN rate more.
        /// </summary>
        public const int MaxRxSymbols = 1023;

        /// <summary>
        /// Resolution of the TxEnd time <see cref="IRadio.Transmit"/> reports: whole milliseconds, truncated, so the true end
        /// lies up to 1 ms later and the window covers one more millisecond on the late side.
        /// </summary>
        public const int TxEndResolutionMicroseconds = 1000;

        private const int FhdrAndPortLength = FrameLayout.FhdrMinLength + 1;

        private readonly MacState _state;
        private readonly IRadio _radio;
        private readonly IClock _clock;
        private readonly IMacStateStore _store;
        private readonly FrameCrypto _crypto = new FrameCrypto();
        private readonly UplinkEncoder _encoder;
        private readonly DownlinkDecoder _decoder;
        private readonly JoinAccept _joinAccept;
        private readonly JoinAcceptResult _joinResult = new JoinAcceptResult();
        private readonly UplinkFrame _uplink = new UplinkFrame();
        private readonly DownlinkFrame _downlink = new DownlinkFrame();
        private readonly MacCommandProcessor _processor;
        private readonly byte[] _txBuffer = new byte[MaxFrameLength];
        private readonly byte[] _rxBuffer = new byte[MaxFrameLength];
        private readonly byte[] _macPayload = new byte[MaxFrameLength];
        private readonly byte[] _record;
        private readonly RadioSeededRandom _random;
        // Caller-owned radio settings and packet, made once and refilled per uplink and per window (no struct on nanoCLR).
        private readonly RadioTxSettings _txSettings = new RadioTxSettings();
        private readonly RadioRxSettings _rxSettings = new RadioRxSettings();
        private readonly RadioPacket _packet = new RadioPacket();
        private long _timeOffsetMs;
        private readonly MacState _restoreScratch;

        /// <summary>Creates the engine.</summary>
        /// <param name="state">MAC state (fresh, or restored with <see cref="RestoreState"/>).</param>
        /// <param name="radio">The transceiver.</param>
        /// <param name="clock">Waits for the receive windows and the retransmission back-off.</param>
        /// <param name="store">Durable storage of the state record; called before every new frame counter or DevNonce goes on air.</param>
        public MacEngine(MacState state, IRadio radio, IClock clock, IMacStateStore store)
        {
            if (state == null || radio == null || clock == null || store == null)
            {
                throw new ArgumentNullException();
            }

            _state = state;
            _radio = radio;
            _clock = clock;
            _store = store;
            _encoder = new UplinkEncoder(_crypto);
            _decoder = new DownlinkDecoder(_crypto);
            _joinAccept = new JoinAccept(_crypto);
            _processor = new MacCommandProcessor(state);
            _record = new byte[MacStateRecord.MaxLength(state)];
            _random = new RadioSeededRandom(radio, clock);
            _restoreScratch = new MacState(state.Region); // RestoreState checks a record whole here before anything changes
        }

        /// <summary>The MAC state this engine runs.</summary>
        public MacState State
        {
            get { return _state; }
        }

        /// <summary>The software generator the MAC draws its jitter from (seeded once from the radio).</summary>
        internal RadioSeededRandom RandomSource
        {
            get { return _random; }
        }

        /// <summary>MAC time in ms: clock uptime plus the offset carried across deep sleep.</summary>
        public long NowMilliseconds
        {
            get { return _clock.UptimeMilliseconds + _timeOffsetMs; }
        }

        /// <summary>
        /// Conducted power of the last transmission that left, dBm (the region's EIRP for the TXPower index less the
        /// antenna gain, clamped to the radio's range), or <see cref="int.MinValue"/> before the first one: the energy
        /// ledger prices transmit time with it.
        /// </summary>
        public int LastTransmitPowerDbm { get; private set; } = int.MinValue;

        /// <summary>DevStatusAns battery: 0 external power, 1..254 level, 255 unknown.</summary>
        public byte BatteryLevel
        {
            get { return _processor.BatteryLevel; }
            set { _processor.BatteryLevel = value; }
        }

        /// <summary>Antenna gain in dBi: conducted power = EIRP − gain (RP002 TX power tables are EIRP).</summary>
        public int AntennaGainDbi { get; set; } = 2;

        /// <summary>
        /// Clock uncertainty in ms: each window hears any downlink whose preamble starts within ± this of its nominal time
        /// (plus the TxEnd resolution), with the radio's start-up time (<see cref="IRadio.ReceiveStartupMicroseconds"/>)
        /// taken into account; see <see cref="ReceiveWindowTiming"/>.
        /// </summary>
        public int RxWindowErrorMilliseconds { get; set; } = 10;

        /// <summary>Longest awake wait for a repetition/retransmission that the duty cycle delays; beyond it the transaction ends.</summary>
        public int MaxRetransmitWaitMilliseconds { get; set; } = 10000;

        /// <summary>ADR_ACK_LIMIT (RP002-1.0.4 default 64).</summary>
        public int AdrAckLimit { get; set; } = RegionDefaults.AdrAckLimit;

        /// <summary>ADR_ACK_DELAY (RP002-1.0.4 default 32).</summary>
        public int AdrAckDelay { get; set; } = RegionDefaults.AdrAckDelay;

        /// <summary>How a Join-Accept's JoinNonce must relate to the last accepted one.</summary>
        public JoinNoncePolicy JoinNoncePolicy { get; set; } = JoinNoncePolicy.MustIncrease;

        /// <summary>Queues a LinkCheckReq for the next uplink (its answer arrives in <see cref="MacTransactionResult"/>). False if the queue is full.</summary>
        public bool RequestLinkCheck()
        {
            return RequestEmpty(Cid.LinkCheck);
        }

        /// <summary>Queues a DeviceTimeReq for the next uplink. False if the queue is full.</summary>
        public bool RequestDeviceTime()
        {
            return RequestEmpty(Cid.DeviceTime);
        }

        /// <summary>
        /// Starts an ABP session (L2 1.0.4 §6.3) with the region's default parameters (channel plan included: on
        /// US915/AU915 call <see cref="ChannelPlan.SelectSubBand"/> afterwards).
        /// </summary>
        /// <param name="devAddr">Device address.</param>
        /// <param name="nwkSKey">Network session key (16 bytes).</param>
        /// <param name="appSKey">Application session key (16 bytes).</param>
        /// <param name="fCntUp">Next uplink counter (as persisted; 0 for a new device).</param>
        /// <param name="nFCntDown">Last downlink counter.</param>
        public void ActivateByPersonalization(uint devAddr, byte[] nwkSKey, byte[] appSKey, uint fCntUp, uint nFCntDown)
        {
            _state.ResetSessionParameters();
            _state.Session.ActivateByPersonalization(devAddr, nwkSKey, appSKey, fCntUp, nFCntDown, false);
            _state.Joined = true;
        }

        /// <summary>Writes the state record (see <see cref="MacStateRecord"/>) and returns its length.</summary>
        /// <param name="buffer">At least <see cref="MacStateRecord.MaxLength"/> bytes.</param>
        /// <param name="offset">First byte.</param>
        public int SaveState(byte[] buffer, int offset)
        {
            return MacStateRecord.Write(_state, NowMilliseconds, buffer, offset);
        }

        /// <summary>
        /// Restores the state record written before deep sleep; MAC time continues from the saved time plus
        /// <paramref name="sleptMilliseconds"/>. The record is validated whole before the state is touched: a damaged record
        /// (<see cref="LoRaWanStatus.StateRecordInvalid"/>) leaves the state exactly as it was.
        /// </summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Bytes available.</param>
        /// <param name="sleptMilliseconds">Time between the save and now, as the node's RTC/scheduler knows it.</param>
        public LoRaWanStatus RestoreState(byte[] buffer, int offset, int count, long sleptMilliseconds)
        {
            long savedAtMilliseconds;
            LoRaWanStatus status = MacStateRecord.Read(_state, _restoreScratch, buffer, offset, count, out savedAtMilliseconds);
            if (status == LoRaWanStatus.Ok)
            {
                _timeOffsetMs = savedAtMilliseconds + (sleptMilliseconds < 0 ? 0 : sleptMilliseconds) - _clock.UptimeMilliseconds;
            }

            return status;
        }

        /// <summary>
        /// One OTAA join attempt (L2 1.0.4 §6.2): Join-Request with the persisted DevNonce counter (persisted
        /// incremented before transmitting, never reused), then RX1 at JOIN_ACCEPT_DELAY1 and RX2 at
        /// JOIN_ACCEPT_DELAY2. Channel and data rate follow the region's join sequence and the join back-off.
        /// </summary>
        /// <param name="joinEui">JoinEUI as printed.</param>
        /// <param name="devEui">DevEUI as printed.</param>
        /// <param name="appKey">AppKey (16 bytes).</param>
        /// <param name="result">Outcome.</param>
        public LoRaWanStatus Join(ulong joinEui, ulong devEui, byte[] appKey, MacTransactionResult result)
        {
            result.Reset();
            if (_state.DevNonce > 0xFFFF)
            {
                return Finish(result, LoRaWanStatus.DevNonceExhausted);
            }

            long now = NowMilliseconds;
            int channel;
            int dataRate;
            long earliest;
            ChannelSelectStatus select = SelectJoinChannel(now, out channel, out dataRate, out earliest);
            if (select != ChannelSelectStatus.Ok)
            {
                return Finish(result, Deferral(select, earliest, now, result));
            }

            LoRaWanStatus radioCheck = PrepareTransmitSettings(channel, dataRate, true);
            if (radioCheck != LoRaWanStatus.Ok)
            {
                return Finish(result, radioCheck); // checked before the DevNonce is spent
            }

            ushort devNonce = (ushort)_state.DevNonce;
            int length;
            LoRaWanStatus status = JoinRequest.Encode(joinEui, devEui, devNonce, appKey, _crypto, _txBuffer, 0, out length);
            if (status != LoRaWanStatus.Ok)
            {
                return Finish(result, status);
            }

            _state.DevNonce++;
            _state.JoinAttempts++;
            if (!Persist())
            {
                _state.DevNonce--;
                _state.JoinAttempts--;
                return Finish(result, LoRaWanStatus.PersistFailed);
            }

            result.DataRate = dataRate;
            result.Channel = channel;
            long txEndUptime;
            status = TransmitOn(channel, dataRate, length, true, result, out txEndUptime);
            if (status != LoRaWanStatus.Ok)
            {
                PersistQuietly();
                return Finish(result, status);
            }

            RegionParameters region = _state.Region;
            int rx1DataRate = region.GetRx1DataRate(dataRate, RegionDefaults.Rx1DrOffset, _state.Channels.DownlinkDwellTime);
            uint rx1Frequency = _state.Channels.GetRx1FrequencyHz(channel);
            int window = 0;
            RadioPacket packet = _packet;
            if (OpenWindow(txEndUptime + RegionDefaults.JoinAcceptDelay1Milliseconds, rx1Frequency, rx1DataRate)
                && AcceptJoin(appKey, devNonce, packet.Length, dataRate))
            {
                window = 1;
            }
            else if (OpenWindow(txEndUptime + RegionDefaults.JoinAcceptDelay2Milliseconds, region.Rx2DefaultFrequencyHz, region.Rx2DefaultDataRate)
                && AcceptJoin(appKey, devNonce, packet.Length, dataRate))
            {
                window = 2;
            }

            _radio.Sleep();
            result.DownlinkWindow = window;
            result.Joined = window != 0;
            if (window != 0)
            {
                result.DownlinkSnrDb = packet.SnrDb;
                result.DownlinkRssiDbm = packet.RssiDbm;
            }

            if (!Persist())
            {
                return Finish(result, LoRaWanStatus.PersistFailed);
            }

            return Finish(result, window != 0 ? LoRaWanStatus.Ok : LoRaWanStatus.NoJoinAccept);
        }

        /// <summary>
        /// One class-A uplink transaction. <paramref name="fPort"/> 1..223 with a payload, or −1 with length 0 for
        /// an empty frame that only carries MAC answers/requests.
        /// </summary>
        /// <param name="fPort">Application port, or −1.</param>
        /// <param name="payload">Application payload (not modified).</param>
        /// <param name="offset">Its first byte.</param>
        /// <param name="length">Its length.</param>
        /// <param name="confirmed">ConfirmedDataUp: repeat until acknowledged, at most NbTrans times.</param>
        /// <param name="result">Outcome, downlink and MAC events.</param>
        public LoRaWanStatus Send(int fPort, byte[] payload, int offset, int length, bool confirmed, MacTransactionResult result)
        {
            result.Reset();
            if (!_state.Joined)
            {
                return Finish(result, LoRaWanStatus.NotJoined);
            }

            Session session = _state.Session;
            if (session.FCntUp == uint.MaxValue)
            {
                return Finish(result, LoRaWanStatus.CounterExhausted);
            }

            if ((fPort < 1 && fPort != -1) || fPort > FrameLayout.FPortMaxApplication || (fPort == -1 && length != 0) || length < 0)
            {
                return Finish(result, LoRaWanStatus.InvalidPort);
            }

            if (length > 0 && (payload == null || offset < 0 || offset + length > payload.Length))
            {
                return Finish(result, LoRaWanStatus.InvalidArgument);
            }

            if (_state.Channels.EnabledChannelCount == 0)
            {
                // A NewChannelReq deleted the last enabled channel: without a channel no uplink could go, so the ADR
                // back-off could never restore one. Re-enable the default channels, as LoRaMac-node's
                // RegionXxxNextChannel does (fixed plans: all channels, L2 1.0.4 §4.3.1.1).
                _state.Channels.EnableDefaultChannels();
            }

            int dataRate = _state.DataRate;
            int maxMac = _state.Channels.MaxUplinkMacPayloadLength(dataRate);
            if (maxMac < 0)
            {
                return Finish(result, LoRaWanStatus.NoChannelAvailable);
            }

            int applicationLength = fPort >= 0 ? 1 + length : 0;
            if (FrameLayout.FhdrMinLength + applicationLength > maxMac)
            {
                return Finish(result, LoRaWanStatus.PayloadTooLong);
            }

            // Frame: MAC answers in FOpts beside the payload when they fit, otherwise alone on FPort 0 (§4.3.1.6, §5).
            _uplink.Reset();
            _uplink.Confirmed = confirmed;
            _uplink.Adr = _state.AdrEnabled;
            _uplink.AdrAckReq = AdrBackoff.AdrAckReq(_state.AdrEnabled, _state.AdrAckCounter, AdrAckLimit, FullyBackedOff());
            _uplink.Ack = _state.AckPending;
            int queued = _state.Answers.Length;
            int entries = 0;
            if (queued <= FrameLayout.FOptsMaxLength && FrameLayout.FhdrMinLength + queued + applicationLength <= maxMac)
            {
                _uplink.FOptsLength = _state.Answers.WriteTo(_uplink.FOpts, 0, FrameLayout.FOptsMaxLength, out entries);
                if (fPort >= 0)
                {
                    _uplink.SetPayload(fPort, payload, offset, length);
                }
            }
            else if (fPort >= 0 && !_state.Answers.HasUnsentEntries)
            {
                // only sticky answers that already went out are left: they wait, the application payload goes
                _uplink.SetPayload(fPort, payload, offset, length);
            }
            else
            {
                int written = _state.Answers.WriteTo(_macPayload, 0, maxMac - FhdrAndPortLength, out entries);
                _uplink.SetPayload(0, _macPayload, 0, written);
                result.ApplicationPayloadSkipped = fPort >= 0;
            }

            int frameLength;
            LoRaWanStatus status = _encoder.Encode(session, _uplink, maxMac, _txBuffer, 0, out frameLength);
            if (status != LoRaWanStatus.Ok)
            {
                return Finish(result, status);
            }

            long now = NowMilliseconds;
            if (now < _state.RetransmitNotBeforeMilliseconds)
            {
                // The last confirmed uplink got no ACK: nothing may go before its RETRANSMIT_TIMEOUT ran out (§4.3.1.3).
                return Finish(result, Deferral(ChannelSelectStatus.WaitForDutyCycle, _state.RetransmitNotBeforeMilliseconds, now, result));
            }

            int channel;
            long earliest;
            ChannelSelectStatus select = SelectUplinkChannel(dataRate, frameLength, now, out channel, out earliest);
            if (select == ChannelSelectStatus.NoChannel && !DefaultChannelsEnabled())
            {
                // No enabled channel allows this data rate (a NewChannelReq narrowed its DR range): restore the default
                // channels and try once more, as LoRaMac-node's NextChannel does ("Datarate not supported by any channel").
                _state.Channels.EnableDefaultChannels();
                select = SelectUplinkChannel(dataRate, frameLength, now, out channel, out earliest);
            }

            if (select != ChannelSelectStatus.Ok)
            {
                return Finish(result, Deferral(select, earliest, now, result));
            }

            // Everything that would make the radio refuse the frame is checked before a counter is spent.
            LoRaWanStatus radioCheck = PrepareTransmitSettings(channel, dataRate, false);
            if (radioCheck != LoRaWanStatus.Ok)
            {
                return Finish(result, radioCheck);
            }

            // FCntUp is persisted advanced BEFORE the frame goes on air: a counter is never reused (§4.3.1.5).
            uint counter = session.FCntUp;
            session.FCntUp = counter + 1;
            if (!Persist())
            {
                session.FCntUp = counter;
                return Finish(result, LoRaWanStatus.PersistFailed);
            }

            result.FCntUp = counter;
            _state.PendingTransmissions = 0; // a new uplink supersedes repetitions still owed for the previous one
            int nbTrans = _state.NbTrans < 1 ? 1 : _state.NbTrans;
            return Finish(result, RunTransmissions(channel, dataRate, frameLength, confirmed, nbTrans, entries, true, result));
        }

        /// <summary>
        /// Sends the repetitions or confirmed retries of the last uplink that <see cref="Send"/> left pending
        /// (<see cref="LoRaWanStatus.TransmissionsPending"/>): the same frame and FCnt, with the receive windows after each.
        /// Ok with no transmission when nothing is pending; <see cref="LoRaWanStatus.TransmitDeferred"/> when still too early.
        /// </summary>
        /// <param name="result">Outcome.</param>
        public LoRaWanStatus ContinuePending(MacTransactionResult result)
        {
            result.Reset();
            if (_state.PendingTransmissions <= 0 || !_state.Joined)
            {
                _state.PendingTransmissions = 0;
                return Finish(result, LoRaWanStatus.Ok);
            }

            int dataRate = _state.PendingDataRate;
            int frameLength = _state.PendingFrameLength;
            long now = NowMilliseconds;
            int channel;
            long earliest;
            ChannelSelectStatus select;
            if (now < _state.RetransmitNotBeforeMilliseconds)
            {
                select = ChannelSelectStatus.WaitForDutyCycle; // RETRANSMIT_TIMEOUT of the outstanding ACK (§4.3.1.3)
                channel = 0;
                earliest = _state.RetransmitNotBeforeMilliseconds;
            }
            else
            {
                select = SelectUplinkChannel(dataRate, frameLength, now, out channel, out earliest);
            }

            if (select != ChannelSelectStatus.Ok)
            {
                LoRaWanStatus deferral = Deferral(select, earliest, now, result);
                if (deferral != LoRaWanStatus.TransmitDeferred)
                {
                    _state.PendingTransmissions = 0; // the plan changed so that this frame can no longer go: drop it
                }

                return Finish(result, deferral);
            }

            Array.Copy(_state.PendingFrame, 0, _txBuffer, 0, frameLength);
            result.FCntUp = _state.Session.FCntUp - 1; // the pending frame is always the last uplink
            int count = _state.PendingTransmissions;
            _state.PendingTransmissions = 0;
            return Finish(result, RunTransmissions(channel, dataRate, frameLength, _state.PendingConfirmed, count, 0, false, result));
        }

        /// <summary>
        /// Up to <paramref name="count"/> transmissions of the frame in the TX buffer, the first on
        /// <paramref name="channel"/>, each followed by RX1/RX2; stops at a downlink (unconfirmed) or the ACK (confirmed).
        /// Repetitions wait RETRANSMIT_TIMEOUT and the ledger, or are left pending when that is too long.
        /// </summary>
        private LoRaWanStatus RunTransmissions(int channel, int dataRate, int frameLength, bool confirmed, int count, int answerEntries, bool newUplink, MacTransactionResult result)
        {
            result.DataRate = dataRate;
            LoRaWanStatus status = LoRaWanStatus.Ok;
            bool anyDownlink = false;
            bool pending = false;
            long lastTxEnd = 0;
            _state.RetransmitNotBeforeMilliseconds = 0;
            for (int transmission = 0; transmission < count; transmission++)
            {
                if (transmission > 0)
                {
                    long earliest;
                    ChannelSelectStatus wait = WaitForRepetition(dataRate, frameLength, lastTxEnd, out channel, out earliest);
                    if (wait == ChannelSelectStatus.WaitForDutyCycle)
                    {
                        // Do not wait awake that long: keep the frame and tell the scheduler when to continue.
                        Array.Copy(_txBuffer, 0, _state.PendingFrame, 0, frameLength);
                        _state.PendingFrameLength = frameLength;
                        _state.PendingDataRate = dataRate;
                        _state.PendingConfirmed = confirmed;
                        _state.PendingTransmissions = count - transmission;
                        result.NotBeforeMilliseconds = earliest;
                        result.WaitMilliseconds = earliest - NowMilliseconds;
                        _state.RetransmitNotBeforeMilliseconds = confirmed ? earliest : 0;
                        pending = true;
                        break;
                    }

                    if (wait != ChannelSelectStatus.Ok)
                    {
                        break;
                    }
                }

                long txEndUptime;
                status = TransmitOn(channel, dataRate, frameLength, false, result, out txEndUptime);
                if (status != LoRaWanStatus.Ok)
                {
                    break;
                }

                lastTxEnd = txEndUptime + _timeOffsetMs;
                if (transmission == 0 && newUplink)
                {
                    _state.Answers.OnSent(answerEntries); // ordinary answers have left; sticky ones stay
                    _state.AckPending = false;
                }

                if (ReceiveDownlink(channel, dataRate, txEndUptime, confirmed, result))
                {
                    anyDownlink = true;
                    if (!confirmed || result.Acknowledged)
                    {
                        break; // L2 1.0.4 §4.3.1.1 NbTrans: repetitions stop once a downlink (or, if confirmed, the ACK) arrived
                    }
                }
            }

            _radio.Sleep();
            if (newUplink && !anyDownlink && result.Transmissions > 0)
            {
                CountUplinkWithoutDownlink(); // ADR_ACK_CNT counts the uplink once, not its repetitions
            }

            if (status == LoRaWanStatus.Ok && pending)
            {
                status = LoRaWanStatus.TransmissionsPending;
            }
            else if (status == LoRaWanStatus.Ok && confirmed && !result.Acknowledged)
            {
                // The ACK is still outstanding: the next frame waits RETRANSMIT_TIMEOUT after TxEnd + RECEIVE_DELAY2 (§4.3.1.3).
                status = LoRaWanStatus.NoAck;
                _state.RetransmitNotBeforeMilliseconds = lastTxEnd + ReceiveDelay2Milliseconds() + RetransmitTimeoutMilliseconds();
                result.NotBeforeMilliseconds = _state.RetransmitNotBeforeMilliseconds;
                result.WaitMilliseconds = _state.RetransmitNotBeforeMilliseconds - NowMilliseconds;
            }

            if (!Persist() && status == LoRaWanStatus.Ok)
            {
                status = LoRaWanStatus.PersistFailed;
            }

            return status;
        }

        private bool RequestEmpty(Cid cid)
        {
            if (_state.Answers.Contains(cid))
            {
                return true;
            }

            _macPayload[0] = (byte)cid;
            return _state.Answers.Add(_macPayload, 0, EmptyMacCommand.Size, false);
        }

        private static LoRaWanStatus Finish(MacTransactionResult result, LoRaWanStatus status)
        {
            result.Status = status;
            return status;
        }

        private LoRaWanStatus Deferral(ChannelSelectStatus select, long earliest, long now, MacTransactionResult result)
        {
            switch (select)
            {
                case ChannelSelectStatus.WaitForDutyCycle:
                    result.NotBeforeMilliseconds = earliest;
                    result.WaitMilliseconds = earliest - now;
                    return LoRaWanStatus.TransmitDeferred;
                case ChannelSelectStatus.DwellTimeExceeded:
                    return LoRaWanStatus.PayloadTooLong;
                default:
                    return LoRaWanStatus.NoChannelAvailable;
            }
        }

        private bool Persist()
        {
            int length = MacStateRecord.Write(_state, NowMilliseconds, _record, 0);
            return _store.Save(_record, 0, length);
        }

        private void PersistQuietly()
        {
            Persist();
        }

        private LoRaWanStatus TransmitOn(int channel, int dataRate, int frameLength, bool isJoin, MacTransactionResult result, out long txEndUptime)
        {
            RegionParameters region = _state.Region;
            if (PrepareTransmitSettings(channel, dataRate, isJoin) != LoRaWanStatus.Ok)
            {
                // Send and Join checked their first channel before spending the counter; this is a repetition on
                // another channel, so the counter is spent: reported like a radio fault, with Transmissions so far.
                txEndUptime = _clock.UptimeMilliseconds;
                return LoRaWanStatus.RadioFault;
            }

            RadioStatus radioStatus = _radio.Transmit(_txSettings, _txBuffer, 0, frameLength, out txEndUptime);
            if (radioStatus != RadioStatus.Ok)
            {
                return LoRaWanStatus.RadioFault;
            }

            long airtime = region.UplinkTimeOnAirMicroseconds(dataRate, frameLength);
            _state.Ledger.Record(_txSettings.FrequencyHz, airtime, isJoin, txEndUptime + _timeOffsetMs);
            LastTransmitPowerDbm = _txSettings.PowerDbm;
            result.Transmissions++;
            result.Channel = channel;
            result.TxEndMilliseconds = txEndUptime + _timeOffsetMs;
            return LoRaWanStatus.Ok;
        }

        /// <summary>
        /// Fills the transmit settings of <paramref name="channel"/> at <paramref name="dataRate"/> and fits them to
        /// what the radio reports it can do (<see cref="IRadio"/> tuning and power range), so that the radio never
        /// refuses a frame for which a counter was spent. Conducted power = the channel's EIRP at the TXPower index
        /// minus <see cref="AntennaGainDbi"/>, lowered to the radio's maximum (TXPower is a ceiling, L2 1.0.4 §5.2 /
        /// RP002-1.0.4 TX power tables), and raised to the radio's minimum when that is still within the channel's
        /// maximum EIRP. <see cref="LoRaWanStatus.NoChannelAvailable"/> for a data rate that is not LoRa,
        /// <see cref="LoRaWanStatus.RadioCannotTransmit"/> for a carrier outside the radio's range or a channel whose
        /// maximum power is below the radio's minimum.
        /// </summary>
        private LoRaWanStatus PrepareTransmitSettings(int channel, int dataRate, bool isJoin)
        {
            if (!_state.Channels.GetUplinkRadioSettings(channel, dataRate, isJoin ? 0 : _state.TxPowerIndex, AntennaGainDbi, _txSettings))
            {
                return LoRaWanStatus.NoChannelAvailable;
            }

            if (_txSettings.FrequencyHz < _radio.MinFrequencyHz || _txSettings.FrequencyHz > _radio.MaxFrequencyHz)
            {
                return LoRaWanStatus.RadioCannotTransmit;
            }

            if (_txSettings.PowerDbm > _radio.MaxPowerDbm)
            {
                _txSettings.PowerDbm = _radio.MaxPowerDbm;
            }

            if (_txSettings.PowerDbm < _radio.MinPowerDbm)
            {
                if (_state.Channels.GetTxPowerEirpDbm(0, channel) - AntennaGainDbi < _radio.MinPowerDbm)
                {
                    return LoRaWanStatus.RadioCannotTransmit;
                }

                _txSettings.PowerDbm = _radio.MinPowerDbm;
            }

            return LoRaWanStatus.Ok;
        }

        /// <summary>
        /// <see cref="ChannelPlan.SelectUplinkChannel"/> with a draw from the software generator. While the generator is
        /// unseeded the plan is first asked with a fixed draw: a deferral needs no randomness, so a wake whose Send
        /// only defers never asks the radio for a seed (and never turns its receiver on).
        /// </summary>
        private ChannelSelectStatus SelectUplinkChannel(int dataRate, int frameLength, long now, out int channel, out long earliest)
        {
            ChannelPlan channels = _state.Channels;
            if (!_random.IsSeeded)
            {
                ChannelSelectStatus probe = channels.SelectUplinkChannel(dataRate, frameLength, 0, _state.Ledger, now, out channel, out earliest);
                if (probe != ChannelSelectStatus.Ok)
                {
                    return probe;
                }
            }

            return channels.SelectUplinkChannel(dataRate, frameLength, _random.Next(), _state.Ledger, now, out channel, out earliest);
        }

        /// <summary><see cref="ChannelPlan.SelectJoinChannel"/> with the same lazy seeding as <see cref="SelectUplinkChannel"/>.</summary>
        private ChannelSelectStatus SelectJoinChannel(long now, out int channel, out int dataRate, out long earliest)
        {
            ChannelPlan channels = _state.Channels;
            if (!_random.IsSeeded)
            {
                ChannelSelectStatus probe = channels.SelectJoinChannel(_state.JoinAttempts, 0, _state.Ledger, now, out channel, out dataRate, out earliest);
                if (probe != ChannelSelectStatus.Ok)
                {
                    return probe;
                }
            }

            return channels.SelectJoinChannel(_state.JoinAttempts, _random.Next(), _state.Ledger, now, out channel, out dataRate, out earliest);
        }

        /// <summary>
        /// Waits (awake, bounded) RETRANSMIT_TIMEOUT = 1..3 s at random (RP002-1.0.4 default 2 ± 1 s) and until the
        /// ledger allows another transmission, then picks the channel (Ok). WaitForDutyCycle with the earliest MAC time
        /// when that would take longer than <see cref="MaxRetransmitWaitMilliseconds"/>; other values when no channel fits.
        /// </summary>
        private ChannelSelectStatus WaitForRepetition(int dataRate, int frameLength, long lastTxEndMilliseconds, out int channel, out long earliestMilliseconds)
        {
            // L2 1.0.4 §4.3.1.3: RETRANSMIT_TIMEOUT counts from the end of RX2's nominal opening (TxEnd + RECEIVE_DELAY2),
            // not from when the windows returned (an RX1 downlink returns ~1 s earlier).
            long start = NowMilliseconds;
            long timeoutEnd = lastTxEndMilliseconds + ReceiveDelay2Milliseconds() + RetransmitTimeoutMilliseconds();
            long goAt = timeoutEnd > start ? timeoutEnd : start;
            long earliest;
            ChannelSelectStatus select = _state.Channels.SelectUplinkChannel(dataRate, frameLength, _random.Next(), _state.Ledger, goAt, out channel, out earliest);
            earliestMilliseconds = goAt;
            if (select == ChannelSelectStatus.WaitForDutyCycle)
            {
                goAt = earliest;
                earliestMilliseconds = earliest;
            }
            else if (select != ChannelSelectStatus.Ok)
            {
                return select;
            }

            if (goAt - start > MaxRetransmitWaitMilliseconds)
            {
                return ChannelSelectStatus.WaitForDutyCycle;
            }

            WaitUntilUptime(goAt - _timeOffsetMs);
            if (select != ChannelSelectStatus.Ok)
            {
                select = _state.Channels.SelectUplinkChannel(dataRate, frameLength, _random.Next(), _state.Ledger, NowMilliseconds, out channel, out earliest);
                if (select == ChannelSelectStatus.WaitForDutyCycle)
                {
                    earliestMilliseconds = earliest;
                }
            }

            return select;
        }

        /// <summary>RETRANSMIT_TIMEOUT: a random 1..3 s (RP002-1.0.4 default 2 ± 1 s).</summary>
        private int RetransmitTimeoutMilliseconds()
        {
            int span = RegionDefaults.RetransmitTimeoutMaxMilliseconds - RegionDefaults.RetransmitTimeoutMinMilliseconds + 1;
            return RegionDefaults.RetransmitTimeoutMinMilliseconds + (int)(_random.Next() % (uint)span);
        }

        /// <summary>RECEIVE_DELAY2 = RECEIVE_DELAY1 (RXTimingSetupReq / Join-Accept) + 1 s (L2 1.0.4 §3.3.1).</summary>
        private int ReceiveDelay2Milliseconds()
        {
            return (_state.Rx1DelaySeconds * 1000) + RegionDefaults.Rx2AfterRx1Milliseconds;
        }

        private bool ReceiveDownlink(int channel, int dataRate, long txEndUptime, bool confirmed, MacTransactionResult result)
        {
            int delay1 = _state.Rx1DelaySeconds * 1000;
            int rx1DataRate = _state.Channels.GetRx1DataRate(dataRate, _state.Rx1DrOffset);
            uint rx1Frequency = _state.Channels.GetRx1FrequencyHz(channel);
            if (rx1DataRate >= 0 && OpenWindow(txEndUptime + delay1, rx1Frequency, rx1DataRate)
                && AcceptDownlink(_packet, 1, confirmed, result))
            {
                return true;
            }

            return OpenWindow(txEndUptime + delay1 + RegionDefaults.Rx2AfterRx1Milliseconds, _state.Rx2FrequencyHz, _state.Rx2DataRate)
                && AcceptDownlink(_packet, 2, confirmed, result);
        }

        /// <summary>
        /// Opens the window whose nominal time is <paramref name="openUptime"/> (TxEnd + the receive delay): sized and placed
        /// by <see cref="ReceiveWindowTiming"/> to hear a preamble starting anywhere within ± <see cref="RxWindowErrorMilliseconds"/>
        /// of the true nominal time, and called <see cref="IRadio.ReceiveStartupMicroseconds"/> before the receiver must listen
        /// (LoRaMac-node schedules with <c>Radio.GetWakeupTime()</c> the same way). True when a packet arrived; the packet
        /// is then in the engine's own <c>_packet</c> and <c>_rxBuffer</c> (cleared when the window is not opened).
        /// </summary>
        private bool OpenWindow(long openUptime, uint frequencyHz, int dataRate)
        {
            _packet.Clear();
            long nominalMicroseconds = openUptime * 1000;
            if (_clock.UptimeMicroseconds > nominalMicroseconds)
            {
                return false; // the previous window or processing ran past this window's start: it is lost
            }

            DataRate rate = _state.Region.GetDataRate(dataRate);
            if (rate.Modulation != Modulation.LoRa)
            {
                return false;
            }

            long symbolMicroseconds = LoRaAirtime.SymbolTimeMicroseconds(rate.SpreadingFactor, rate.BandwidthHz);
            long errorMicroseconds = RxWindowErrorMilliseconds * 1000L;
            long earliest = -errorMicroseconds;
            long latest = errorMicroseconds + TxEndResolutionMicroseconds;
            int symbols = ReceiveWindowTiming.SymbolTimeout(symbolMicroseconds, earliest, latest);
            RadioRxSettings settings = _rxSettings;
            if (!_state.Channels.GetDownlinkRadioSettings(frequencyHz, dataRate, symbols, settings))
            {
                return false;
            }

            long listenMicroseconds = nominalMicroseconds + ReceiveWindowTiming.ListenOffsetMicroseconds(symbolMicroseconds, symbols, earliest, latest);
            WaitUntilMicroseconds(listenMicroseconds - _radio.ReceiveStartupMicroseconds);
            RadioStatus status = _radio.Receive(settings, _rxBuffer, 0, _packet);
            return status == RadioStatus.Ok && _packet.Length > 0;
        }

        private void WaitUntilUptime(long targetUptime)
        {
            long wait = targetUptime - _clock.UptimeMilliseconds;
            if (wait > 0)
            {
                _clock.DelayMilliseconds(wait > int.MaxValue ? int.MaxValue : (int)wait);
            }
        }

        /// <summary>Waits until <paramref name="targetMicroseconds"/>: whole milliseconds first, then the rest, so a window is not opened late by rounding.</summary>
        private void WaitUntilMicroseconds(long targetMicroseconds)
        {
            long remaining = targetMicroseconds - _clock.UptimeMicroseconds;
            if (remaining >= 1000)
            {
                long milliseconds = remaining / 1000;
                _clock.DelayMilliseconds(milliseconds > int.MaxValue ? int.MaxValue : (int)milliseconds);
                remaining = targetMicroseconds - _clock.UptimeMicroseconds;
            }

            if (remaining > 0)
            {
                _clock.DelayMicroseconds((int)remaining);
            }
        }

        private bool AcceptDownlink(RadioPacket packet, int window, bool confirmed, MacTransactionResult result)
        {
            if (_decoder.Decode(_state.Session, _rxBuffer, 0, packet.Length, _downlink) != LoRaWanStatus.Ok)
            {
                return false; // not ours, forged or replayed: as if nothing was received
            }

            // A class-A downlink: sticky answers were heard, ADR_ACK_CNT restarts (§4.3.1.1, §5.4, §5.6, §5.7).
            _state.Answers.OnDownlinkReceived();
            _state.AdrAckCounter = 0;
            if (_downlink.Confirmed)
            {
                _state.AckPending = true;
            }

            result.DownlinkReceived = true;
            result.DownlinkWindow = window;
            result.DownlinkSnrDb = packet.SnrDb;
            result.DownlinkRssiDbm = packet.RssiDbm;
            result.FramePending = _downlink.FPending;
            result.DownlinkPort = _downlink.FPort;
            if (confirmed && _downlink.Ack)
            {
                result.Acknowledged = true;
            }

            if (_downlink.FOptsLength > 0)
            {
                _processor.Process(_downlink.FOpts, 0, _downlink.FOptsLength, packet.SnrDb, result);
            }

            if (_downlink.FPort == 0)
            {
                _processor.Process(_downlink.Payload, 0, _downlink.PayloadLength, packet.SnrDb, result);
            }
            else if (_downlink.FPort > 0)
            {
                result.DownlinkPayload = _downlink.Payload;
                result.DownlinkPayloadLength = _downlink.PayloadLength;
            }

            return true;
        }

        private bool AcceptJoin(byte[] appKey, ushort devNonce, int length, int joinDataRate)
        {
            LoRaWanStatus status = _joinAccept.Decode(appKey, _rxBuffer, 0, length, devNonce,
                _state.HasLastJoinNonce, _state.LastJoinNonce, JoinNoncePolicy, _joinResult);
            if (status != LoRaWanStatus.Ok)
            {
                return false;
            }

            // A new session (§6.2.3): counters from 0, region defaults, then the Join-Accept's settings and CFList.
            _state.ResetSessionParameters(!_state.Region.IsFixedChannelPlan); // a fixed plan keeps its sub-band mask
            _joinResult.ApplyTo(_state.Session);
            _state.HasLastJoinNonce = true;
            _state.LastJoinNonce = _joinResult.JoinNonce;
            _state.JoinAttempts = 0;
            RegionParameters region = _state.Region;
            if (region.IsValidRx1DrOffset(_joinResult.Rx1DrOffset))
            {
                _state.Rx1DrOffset = _joinResult.Rx1DrOffset;
            }

            if (region.IsDownlinkDataRateSupported(_joinResult.Rx2DataRate))
            {
                _state.Rx2DataRate = _joinResult.Rx2DataRate;
            }

            _state.Rx1DelaySeconds = _joinResult.RxDelaySeconds < 1 ? 1 : _joinResult.RxDelaySeconds;
            if (_joinResult.HasCFList)
            {
                _state.Channels.ApplyCFList(_joinResult.CFList, 0);
            }

            if (_state.Region.IsUplinkDataRateSupported(joinDataRate, _state.Channels.UplinkDwellTime))
            {
                _state.DataRate = joinDataRate; // the join's data rate is the first uplink data rate (L2 1.0.4 §4.3.1.1)
            }

            _state.Joined = true;
            return true;
        }

        /// <summary>ADR_ACK_CNT counts uplinks without a downlink; at each ADR_ACK_DELAY boundary one back-off step applies.</summary>
        private void CountUplinkWithoutDownlink()
        {
            if (_state.AdrAckCounter < uint.MaxValue)
            {
                _state.AdrAckCounter++;
            }

            int minimum = _state.Region.MinUplinkDataRate(_state.Channels.UplinkDwellTime);
            AdrBackoffStep step = AdrBackoff.NextStep(_state.AdrEnabled, _state.AdrAckCounter, AdrAckLimit, AdrAckDelay,
                _state.TxPowerIndex, _state.DataRate, minimum, DefaultChannelsEnabled(), _state.NbTrans);
            switch (step)
            {
                case AdrBackoffStep.RaiseTxPower:
                    _state.TxPowerIndex = 0;
                    break;
                case AdrBackoffStep.LowerDataRate:
                    _state.DataRate = _state.Region.LowerDataRate(_state.DataRate, _state.Channels.UplinkDwellTime);
                    break;
                case AdrBackoffStep.EnableDefaultChannels:
                    _state.Channels.EnableDefaultChannels();
                    _state.NbTrans = 1; // L2 1.0.4 §4.3.1.1 table 9: NbTrans back to 1 with the default channels
                    break;
            }
        }

        private bool FullyBackedOff()
        {
            return _state.TxPowerIndex == 0
                && _state.DataRate <= _state.Region.MinUplinkDataRate(_state.Channels.UplinkDwellTime)
                && DefaultChannelsEnabled()
                && _state.NbTrans <= 1;
        }

        private bool DefaultChannelsEnabled()
        {
            ChannelPlan channels = _state.Channels;
            int count = _state.Region.IsFixedChannelPlan ? channels.ChannelCount : _state.Region.DefaultChannelCount;
            for (int channel = 0; channel < count; channel++)
            {
                if (!channels.IsEnabled(channel))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
