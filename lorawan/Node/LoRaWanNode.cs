// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Node
{
    /// <summary>
    /// A class-A LoRaWAN 1.0.4 end device in a handful of calls, for the node runtime and applications (the shape of
    /// RadioLib's LoRaWANNode and LoRaMac-node's LmHandler). Every wake is a reboot (docs/architecture.md): build one node per
    /// wake from the identity, region, radio, clock and state store, then
    /// <code>
    /// node.ColdStart()            // power-up / reset: restore what the store has, restart the join back-off epoch
    /// node.Resume(sleptMs)        // wake from deep sleep: restore, MAC time continues by the time slept
    /// node.Join()                 // OTAA, one attempt, when !node.IsJoined
    /// node.Send(port, bytes, 0, n)
    /// node.ContinuePending()      // after TransmissionsPending, at node.Result.NotBeforeMilliseconds
    /// </code>
    /// Every call returns a <see cref="LoRaWanStatus"/> and fills <see cref="Result"/> in place (downlink, ACK,
    /// LinkCheck, DeviceTime). Every outcome after which the caller should sleep rather than wait
    /// (<see cref="LoRaWanStatus.TransmitDeferred"/>, <see cref="LoRaWanStatus.TransmissionsPending"/>,
    /// <see cref="LoRaWanStatus.NoJoinAccept"/>) carries the "not before" time in
    /// <see cref="MacTransactionResult.NotBeforeMilliseconds"/> (MAC time) and <see cref="MacTransactionResult.WaitMilliseconds"/>.
    /// The MAC state is not open to the application: what it may change goes through the validating setters
    /// (<see cref="SetAdr"/>, <see cref="SetDataRate"/>, <see cref="SetTxPower"/>, <see cref="SelectSubBand"/>, each
    /// saved to the store at once) and the requests that ride on the next uplink (<see cref="RequestLinkCheck"/>,
    /// <see cref="RequestDeviceTime"/>).
    /// A deferral changes no MAC state but saves the record, so that it carries this wake's MAC time.
    /// Construction allocates (once per wake); Join, Send and ContinuePending allocate nothing.
    /// </summary>
    [HotPath]
    public sealed class LoRaWanNode
    {
        /// <summary>MHDR (1) + FHDR without FOpts (7) + FPort (1) + MIC (4): a PHYPayload's size beyond its FRMPayload (L2 1.0.4 §4).</summary>
        private const int UplinkOverheadBytes = 13;

        private readonly OtaaIdentity _otaa;
        private readonly AbpIdentity _abp;
        private readonly IRadio _radio;
        private readonly IMacStateStore _store;
        private readonly MacState _state;
        private readonly MacEngine _engine;
        private readonly MacTransactionResult _result = new MacTransactionResult();
        private readonly byte[] _record;
        private bool _started;

        /// <summary>A node that joins over the air.</summary>
        /// <param name="identity">DevEUI, JoinEUI, AppKey.</param>
        /// <param name="region">Regional parameters (fixed for the device's life).</param>
        /// <param name="radio">The transceiver (initialised by <see cref="ColdStart"/>/<see cref="Resume"/>).</param>
        /// <param name="clock">Uptime and waits for the receive windows.</param>
        /// <param name="store">Where the state record is loaded from and saved to.</param>
        public LoRaWanNode(OtaaIdentity identity, RegionId region, IRadio radio, IClock clock, IMacStateStore store)
            : this(identity, null, region, radio, clock, store)
        {
            if (identity == null)
            {
                throw new ArgumentNullException();
            }
        }

        /// <summary>A node activated by personalization.</summary>
        /// <param name="identity">DevAddr, NwkSKey, AppSKey.</param>
        /// <param name="region">Regional parameters.</param>
        /// <param name="radio">The transceiver.</param>
        /// <param name="clock">Uptime and waits.</param>
        /// <param name="store">Where the state record (with the frame counters) lives.</param>
        public LoRaWanNode(AbpIdentity identity, RegionId region, IRadio radio, IClock clock, IMacStateStore store)
            : this(null, identity, region, radio, clock, store)
        {
            if (identity == null)
            {
                throw new ArgumentNullException();
            }
        }

        private LoRaWanNode(OtaaIdentity otaa, AbpIdentity abp, RegionId region, IRadio radio, IClock clock, IMacStateStore store)
        {
            if (radio == null || clock == null || store == null)
            {
                throw new ArgumentNullException();
            }

            _otaa = otaa;
            _abp = abp;
            _radio = radio;
            _store = store;
            _state = new MacState(RegionParameters.Get(region));
            _engine = new MacEngine(_state, radio, clock, store);
            _record = new byte[MacStateRecord.MaxLength(_state)];
        }

        /// <summary>What the last call did: status, "not before" time, downlink, ACK, LinkCheck and DeviceTime answers. Filled in place.</summary>
        public MacTransactionResult Result
        {
            get { return _result; }
        }

        /// <summary>The engine underneath, for the stack's own tests (not part of the application API).</summary>
        internal MacEngine Engine
        {
            get { return _engine; }
        }

        /// <summary><see cref="ColdStart"/> or <see cref="Resume"/> succeeded.</summary>
        public bool IsStarted
        {
            get { return _started; }
        }

        /// <summary>A session exists (joined, or ABP).</summary>
        public bool IsJoined
        {
            get { return _started && _state.Joined; }
        }

        /// <summary>MAC time in ms (the clock's uptime plus the time carried across deep sleep); the time base of "not before".</summary>
        public long NowMilliseconds
        {
            get { return _engine.NowMilliseconds; }
        }

        /// <summary>DevAddr of the session (0 before a join).</summary>
        public uint DevAddr
        {
            get { return _state.Session.DevAddr; }
        }

        /// <summary>The frame counter the next new uplink will use.</summary>
        public uint NextFCntUp
        {
            get { return _state.Session.FCntUp; }
        }

        /// <summary>The DevNonce the next Join-Request will use.</summary>
        public int NextDevNonce
        {
            get { return _state.DevNonce; }
        }

        /// <summary>Uplink data rate (set by ADR, or by <see cref="SetDataRate"/> with ADR off).</summary>
        public int DataRate
        {
            get { return _state.DataRate; }
        }

        /// <summary>Conducted power of the last transmission in this boot, dBm, or <see cref="int.MinValue"/> before the first.</summary>
        public int LastTransmitPowerDbm
        {
            get { return _engine.LastTransmitPowerDbm; }
        }

        /// <summary>TXPower index (0 = the region's max EIRP, each step 2 dB lower).</summary>
        public int TxPowerIndex
        {
            get { return _state.TxPowerIndex; }
        }

        /// <summary>ADR is on (the network sets data rate, power and NbTrans).</summary>
        public bool AdrEnabled
        {
            get { return _state.AdrEnabled; }
        }

        /// <summary>Repetitions of the last uplink still owed (see <see cref="ContinuePending"/>).</summary>
        public int PendingTransmissions
        {
            get { return _state.PendingTransmissions; }
        }

        /// <summary>Uplinks sent by <see cref="Send(int, byte[], int, int)"/> are confirmed (default false).</summary>
        public bool ConfirmedUplinks { get; set; }

        /// <summary>Antenna gain in dBi: conducted power = EIRP − gain (default 2).</summary>
        public int AntennaGainDbi
        {
            get { return _engine.AntennaGainDbi; }
            set { _engine.AntennaGainDbi = value; }
        }

        /// <summary>DevStatusAns battery level: 0 external power, 1..254 level, 255 unknown (default).</summary>
        public byte BatteryLevel
        {
            get { return _engine.BatteryLevel; }
            set { _engine.BatteryLevel = value; }
        }

        /// <summary>
        /// Power-up or reset. Initialises the radio, restores the record the store holds (MAC time continues from the
        /// saved time: the time the device was off is unknown, so the duty-cycle limits can only get stricter), drops
        /// repetitions still owed from before the reset, and restarts the join back-off epoch (L2 1.0.4 §7 counts the
        /// join budget from power-up/reset). A store that has never been written gives a factory-fresh device; an ABP
        /// node then starts its session with counters 0, and also when the record's session is not this identity's.
        /// The DevNonce counter, the last JoinNonce and an existing session survive. The result is saved at once.
        /// </summary>
        /// <returns>
        /// Ok; <see cref="LoRaWanStatus.KeyInvalid"/>; <see cref="LoRaWanStatus.RadioFault"/> (radio did not initialise);
        /// <see cref="LoRaWanStatus.StateRecordInvalid"/> (a record exists but is damaged or unreadable: the node does not
        /// start rather than reuse DevNonces or frame counters); <see cref="LoRaWanStatus.PersistFailed"/>.
        /// </returns>
        public LoRaWanStatus ColdStart()
        {
            LoRaWanStatus status = Restore(0, false);
            if (status != LoRaWanStatus.Ok)
            {
                return Finish(status);
            }

            if (_abp != null && !SessionIs(_abp))
            {
                _engine.ActivateByPersonalization(_abp.DevAddr, _abp.NwkSKey, _abp.AppSKey, 0, 0);
            }

            _state.PendingTransmissions = 0;
            _state.Ledger.ResetJoinBackOff(_engine.NowMilliseconds);
            if (!SaveRecord())
            {
                return Finish(LoRaWanStatus.PersistFailed);
            }

            _started = true;
            return Finish(LoRaWanStatus.Ok);
        }

        /// <summary>
        /// Wake from deep sleep: initialises the radio and restores the record; MAC time continues from the saved time
        /// plus <paramref name="sleptMilliseconds"/> (from the RTC or the scheduler; 0 if unknown, which only makes the
        /// duty-cycle limits stricter). Every call that transmits or defers saves the record with the MAC time of its
        /// end, so the time since the previous wake's last Join/Send/ContinuePending is the right value (add the length
        /// of any wake in between that made none of those calls). Saves nothing and does not touch the radio's receiver.
        /// </summary>
        /// <param name="sleptMilliseconds">Time since the previous wake's last Join, Send, ContinuePending or setter.</param>
        /// <returns>
        /// Ok; <see cref="LoRaWanStatus.KeyInvalid"/>; <see cref="LoRaWanStatus.RadioFault"/>;
        /// <see cref="LoRaWanStatus.StateRecordInvalid"/> (no record, unreadable or damaged: call <see cref="ColdStart"/>).
        /// </returns>
        public LoRaWanStatus Resume(long sleptMilliseconds)
        {
            LoRaWanStatus status = Restore(sleptMilliseconds, true);
            if (status != LoRaWanStatus.Ok)
            {
                return Finish(status);
            }

            _started = true;
            return Finish(LoRaWanStatus.Ok);
        }

        /// <summary>
        /// One OTAA join attempt (L2 1.0.4 §6.2): Join-Request with the persisted DevNonce counter, Join-Accept in RX1
        /// or RX2. A successful join replaces any earlier session. On <see cref="LoRaWanStatus.NoJoinAccept"/> the
        /// result says when the join back-off allows the next attempt.
        /// </summary>
        /// <returns>
        /// Ok (joined); <see cref="LoRaWanStatus.NoJoinAccept"/>, <see cref="LoRaWanStatus.TransmitDeferred"/> (sleep
        /// until Result.NotBeforeMilliseconds); <see cref="LoRaWanStatus.NotStarted"/>; <see cref="LoRaWanStatus.InvalidArgument"/>
        /// (an ABP node does not join); the other statuses of <see cref="MacEngine.Join"/>.
        /// </returns>
        public LoRaWanStatus Join()
        {
            if (!_started)
            {
                _result.Reset();
                return Finish(LoRaWanStatus.NotStarted);
            }

            if (_otaa == null)
            {
                _result.Reset();
                return Finish(LoRaWanStatus.InvalidArgument);
            }

            LoRaWanStatus status = MarkDeferral(_engine.Join(_otaa.JoinEui, _otaa.DevEui, _otaa.AppKey, _result));
            if (status == LoRaWanStatus.NoJoinAccept)
            {
                long now = _engine.NowMilliseconds;
                long next = NextJoinAllowedMilliseconds();
                _result.NotBeforeMilliseconds = next;
                _result.WaitMilliseconds = next == long.MaxValue ? long.MaxValue : next - now;
            }

            return status;
        }

        /// <summary>An uplink on <paramref name="fPort"/>, confirmed when <see cref="ConfirmedUplinks"/> is set.</summary>
        /// <param name="fPort">Application port 1..223 (−1 with length 0: an empty frame carrying only MAC answers).</param>
        /// <param name="payload">Application payload (not modified).</param>
        /// <param name="offset">Its first byte.</param>
        /// <param name="length">Its length.</param>
        /// <returns>See <see cref="Send(int, byte[], int, int, bool)"/>.</returns>
        public LoRaWanStatus Send(int fPort, byte[] payload, int offset, int length)
        {
            return Send(fPort, payload, offset, length, ConfirmedUplinks);
        }

        /// <summary>
        /// One class-A transaction (<see cref="MacEngine.Send"/>): frame with the MAC answers owed, counter saved,
        /// transmit, RX1/RX2, NbTrans repetitions. A downlink's application payload is in
        /// <see cref="MacTransactionResult.DownlinkPayload"/> (port &gt; 0), LinkCheck and DeviceTime answers in their
        /// result fields. Check <see cref="MacTransactionResult.ApplicationPayloadSkipped"/>: owed MAC answers went alone.
        /// </summary>
        /// <param name="fPort">Application port 1..223, or −1 with length 0.</param>
        /// <param name="payload">Application payload.</param>
        /// <param name="offset">Its first byte.</param>
        /// <param name="length">Its length.</param>
        /// <param name="confirmed">ConfirmedDataUp.</param>
        /// <returns>The statuses of <see cref="MacEngine.Send"/>, or <see cref="LoRaWanStatus.NotStarted"/>.</returns>
        public LoRaWanStatus Send(int fPort, byte[] payload, int offset, int length, bool confirmed)
        {
            if (!_started)
            {
                _result.Reset();
                return Finish(LoRaWanStatus.NotStarted);
            }

            return MarkDeferral(_engine.Send(fPort, payload, offset, length, confirmed, _result));
        }

        /// <summary>Sends the repetitions <see cref="LoRaWanStatus.TransmissionsPending"/> left (<see cref="MacEngine.ContinuePending"/>).</summary>
        /// <returns>Ok (also when nothing was pending), <see cref="LoRaWanStatus.TransmitDeferred"/>, the statuses of a transaction, or <see cref="LoRaWanStatus.NotStarted"/>.</returns>
        public LoRaWanStatus ContinuePending()
        {
            if (!_started)
            {
                _result.Reset();
                return Finish(LoRaWanStatus.NotStarted);
            }

            return MarkDeferral(_engine.ContinuePending(_result));
        }

        /// <summary>
        /// The earliest MAC time at which an uplink with <paramref name="payloadLength"/> application bytes at the
        /// current data rate may go: <see cref="NowMilliseconds"/> when it may go now, <see cref="long.MaxValue"/> when
        /// no channel allows it (also before a session exists). Asks the duty-cycle ledger only; the radio is not used.
        /// </summary>
        /// <param name="payloadLength">FRMPayload bytes (MAC answers owed may add up to 15).</param>
        public long NextUplinkAllowedMilliseconds(int payloadLength)
        {
            if (!_started || !_state.Joined || payloadLength < 0)
            {
                return long.MaxValue;
            }

            long now = _engine.NowMilliseconds;
            int channel;
            long earliest;
            ChannelSelectStatus select = _state.Channels.SelectUplinkChannel(_state.DataRate, UplinkOverheadBytes + payloadLength, 0, _state.Ledger, now, out channel, out earliest);
            return When(select, now, earliest);
        }

        /// <summary>The earliest MAC time at which the join back-off allows the next Join-Request (<see cref="long.MaxValue"/> when never, or not started).</summary>
        public long NextJoinAllowedMilliseconds()
        {
            if (!_started)
            {
                return long.MaxValue;
            }

            long now = _engine.NowMilliseconds;
            int channel;
            int dataRate;
            long earliest;
            ChannelSelectStatus select = _state.Channels.SelectJoinChannel(_state.JoinAttempts, 0, _state.Ledger, now, out channel, out dataRate, out earliest);
            return When(select, now, earliest);
        }

        /// <summary>Turns ADR on or off (FCtrl.ADR in every uplink; L2 1.0.4 §4.3.1.1). Saved at once.</summary>
        /// <param name="enabled">True: the network controls data rate, power and NbTrans.</param>
        /// <returns>Ok, <see cref="LoRaWanStatus.NotStarted"/>, <see cref="LoRaWanStatus.PersistFailed"/> (nothing changed).</returns>
        public LoRaWanStatus SetAdr(bool enabled)
        {
            if (!_started)
            {
                return LoRaWanStatus.NotStarted;
            }

            return SaveSettings(enabled, _state.DataRate, _state.TxPowerIndex);
        }

        /// <summary>Sets the uplink data rate while ADR is off. Saved at once.</summary>
        /// <param name="dataRate">A data rate of the region (RP002-1.0.4 data-rate table) that an enabled channel allows.</param>
        /// <returns>
        /// Ok; <see cref="LoRaWanStatus.SettingControlledByAdr"/>; <see cref="LoRaWanStatus.DataRateNotAllowed"/>;
        /// <see cref="LoRaWanStatus.NotStarted"/>; <see cref="LoRaWanStatus.PersistFailed"/>. Nothing changes unless Ok.
        /// </returns>
        public LoRaWanStatus SetDataRate(int dataRate)
        {
            LoRaWanStatus status = CheckManualSetting();
            if (status != LoRaWanStatus.Ok)
            {
                return status;
            }

            if (!_state.Region.IsUplinkDataRateSupported(dataRate, _state.Channels.UplinkDwellTime) || !EnabledChannelAllows(dataRate))
            {
                return LoRaWanStatus.DataRateNotAllowed;
            }

            return SaveSettings(_state.AdrEnabled, dataRate, _state.TxPowerIndex);
        }

        /// <summary>
        /// Sets the TXPower index while ADR is off (0 = the region's max EIRP, each step 2 dB lower; RP002-1.0.4 TX
        /// power tables). A power above what the radio can produce is sent at the radio's maximum; one below its minimum
        /// at every enabled channel is refused. Saved at once.
        /// </summary>
        /// <param name="txPowerIndex">0..the region's highest index.</param>
        /// <returns>
        /// Ok; <see cref="LoRaWanStatus.SettingControlledByAdr"/>; <see cref="LoRaWanStatus.TxPowerNotAllowed"/>;
        /// <see cref="LoRaWanStatus.NotStarted"/>; <see cref="LoRaWanStatus.PersistFailed"/>. Nothing changes unless Ok.
        /// </returns>
        public LoRaWanStatus SetTxPower(int txPowerIndex)
        {
            LoRaWanStatus status = CheckManualSetting();
            if (status != LoRaWanStatus.Ok)
            {
                return status;
            }

            if (txPowerIndex < 0 || txPowerIndex > _state.Region.MaxTxPowerIndex || !RadioCanProduce(txPowerIndex))
            {
                return LoRaWanStatus.TxPowerNotAllowed;
            }

            return SaveSettings(_state.AdrEnabled, _state.DataRate, txPowerIndex);
        }

        /// <summary>
        /// US915/AU915: use only the 8 narrow channels of <paramref name="subBand"/> and its wide channel, as the network
        /// server does (RP002-1.0.4 §2.5/§2.7; The Things Network uses sub-band 2 = channels 8..15 and 65). Saved at once;
        /// the network may change the mask later by LinkADRReq. On <see cref="LoRaWanStatus.PersistFailed"/> the selection
        /// holds for this wake only.
        /// </summary>
        /// <param name="subBand">1..8, the numbering network servers use.</param>
        /// <returns>Ok; <see cref="LoRaWanStatus.InvalidArgument"/> (not a fixed plan, or out of range; nothing changed); <see cref="LoRaWanStatus.NotStarted"/>; <see cref="LoRaWanStatus.PersistFailed"/>.</returns>
        public LoRaWanStatus SelectSubBand(int subBand)
        {
            if (!_started)
            {
                return LoRaWanStatus.NotStarted;
            }

            if (!_state.Channels.SelectSubBand(subBand))
            {
                return LoRaWanStatus.InvalidArgument;
            }

            return SaveRecord() ? LoRaWanStatus.Ok : LoRaWanStatus.PersistFailed;
        }

        /// <summary>Asks the network for a LinkCheckAns in the next uplink (L2 1.0.4 §5.1); it arrives in <see cref="Result"/>.</summary>
        /// <returns>Ok, <see cref="LoRaWanStatus.RequestQueueFull"/>, <see cref="LoRaWanStatus.NotStarted"/>.</returns>
        public LoRaWanStatus RequestLinkCheck()
        {
            if (!_started)
            {
                return LoRaWanStatus.NotStarted;
            }

            return _engine.RequestLinkCheck() ? LoRaWanStatus.Ok : LoRaWanStatus.RequestQueueFull;
        }

        /// <summary>Asks the network for the time (DeviceTimeReq, L2 1.0.4 §5.9) in the next uplink; the answer arrives in <see cref="Result"/>.</summary>
        /// <returns>Ok, <see cref="LoRaWanStatus.RequestQueueFull"/>, <see cref="LoRaWanStatus.NotStarted"/>.</returns>
        public LoRaWanStatus RequestDeviceTime()
        {
            if (!_started)
            {
                return LoRaWanStatus.NotStarted;
            }

            return _engine.RequestDeviceTime() ? LoRaWanStatus.Ok : LoRaWanStatus.RequestQueueFull;
        }

        /// <summary>
        /// A deferral changes no MAC state, but the record is saved anyway so that it carries the MAC time of this wake:
        /// the next <see cref="Resume"/> adds the time slept to it. Without this a wake that only deferred would leave
        /// the record at an earlier wake's time, the next wake would count from there, and two wakes could keep
        /// deferring each other. A failed save is not reported: the older time only makes the limits stricter.
        /// </summary>
        private LoRaWanStatus MarkDeferral(LoRaWanStatus status)
        {
            if (status == LoRaWanStatus.TransmitDeferred)
            {
                SaveRecord();
            }

            return status;
        }

        /// <summary>Data rate and power are the application's only with ADR off (L2 1.0.4 §4.3.1.1).</summary>
        private LoRaWanStatus CheckManualSetting()
        {
            if (!_started)
            {
                return LoRaWanStatus.NotStarted;
            }

            return _state.AdrEnabled ? LoRaWanStatus.SettingControlledByAdr : LoRaWanStatus.Ok;
        }

        /// <summary>Applies the settings and saves them; if the save fails, puts the old ones back (nothing changed).</summary>
        private LoRaWanStatus SaveSettings(bool adrEnabled, int dataRate, int txPowerIndex)
        {
            bool previousAdr = _state.AdrEnabled;
            int previousDataRate = _state.DataRate;
            int previousTxPowerIndex = _state.TxPowerIndex;
            _state.AdrEnabled = adrEnabled;
            _state.DataRate = dataRate;
            _state.TxPowerIndex = txPowerIndex;
            if (SaveRecord())
            {
                return LoRaWanStatus.Ok;
            }

            _state.AdrEnabled = previousAdr;
            _state.DataRate = previousDataRate;
            _state.TxPowerIndex = previousTxPowerIndex;
            return LoRaWanStatus.PersistFailed;
        }

        private LoRaWanStatus Finish(LoRaWanStatus status)
        {
            _result.Status = status;
            return status;
        }

        /// <summary>
        /// The common start: the node is not started until the caller says so; identity checked, radio initialised,
        /// record loaded and restored (an empty store is a factory-fresh device unless <paramref name="recordRequired"/>).
        /// </summary>
        private LoRaWanStatus Restore(long sleptMilliseconds, bool recordRequired)
        {
            _result.Reset();
            _started = false;
            LoRaWanStatus status = CheckIdentity();
            if (status != LoRaWanStatus.Ok)
            {
                return status;
            }

            if (_radio.Initialize() != RadioStatus.Ok)
            {
                return LoRaWanStatus.RadioFault;
            }

            int length = _store.Load(_record, 0, _record.Length);
            if (length < 0 || (length == 0 && recordRequired))
            {
                return LoRaWanStatus.StateRecordInvalid;
            }

            return length > 0 ? _engine.RestoreState(_record, 0, length, sleptMilliseconds) : LoRaWanStatus.Ok;
        }

        private LoRaWanStatus CheckIdentity()
        {
            bool valid = _otaa != null ? _otaa.IsKeyValid : _abp.AreKeysValid;
            return valid ? LoRaWanStatus.Ok : LoRaWanStatus.KeyInvalid;
        }

        private bool SaveRecord()
        {
            int length = _engine.SaveState(_record, 0);
            return _store.Save(_record, 0, length);
        }

        private bool SessionIs(AbpIdentity identity)
        {
            if (!_state.Joined || _state.Session.DevAddr != identity.DevAddr)
            {
                return false;
            }

            byte[] nwk = _state.Session.NwkSKey;
            byte[] app = _state.Session.AppSKey;
            for (int i = 0; i < nwk.Length; i++)
            {
                if (nwk[i] != identity.NwkSKey[i] || app[i] != identity.AppSKey[i])
                {
                    return false;
                }
            }

            return true;
        }

        private bool EnabledChannelAllows(int dataRate)
        {
            ChannelPlan channels = _state.Channels;
            for (int channel = 0; channel < channels.ChannelCount; channel++)
            {
                if (channels.IsEnabled(channel) && channels.GetMinDataRate(channel) <= dataRate && dataRate <= channels.GetMaxDataRate(channel))
                {
                    return true;
                }
            }

            return false;
        }

        private bool RadioCanProduce(int txPowerIndex)
        {
            ChannelPlan channels = _state.Channels;
            for (int channel = 0; channel < channels.ChannelCount; channel++)
            {
                if (channels.IsEnabled(channel))
                {
                    int eirp = channels.GetTxPowerEirpDbm(txPowerIndex, channel);
                    if (eirp != RegionParameters.InvalidPower && eirp - _engine.AntennaGainDbi >= _radio.MinPowerDbm)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static long When(ChannelSelectStatus select, long now, long earliest)
        {
            switch (select)
            {
                case ChannelSelectStatus.Ok:
                    return now;
                case ChannelSelectStatus.WaitForDutyCycle:
                    return earliest;
                default:
                    return long.MaxValue;
            }
        }
    }
}
