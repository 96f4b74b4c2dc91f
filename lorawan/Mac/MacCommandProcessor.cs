// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>
    /// Applies the MAC commands of an accepted class-A downlink (FOpts or FPort-0 payload) to <see cref="MacState"/>
    /// and queues the answers (LoRaWAN L2 1.0.4 §5). Unknown or truncated commands end the walk; what came before
    /// them is applied. Allocation-free.
    /// </summary>
    public sealed class MacCommandProcessor
    {
        private const byte DataRateTxPowerKeep = LinkAdrReq.Keep;

        private readonly MacState _state;
        private readonly MacCommandReader _reader = new MacCommandReader();
        private readonly byte[] _scratch = new byte[1 + MacCommandLength.PayloadMax];

        // One holder per command type, made with the processor and refilled in place: a command is decoded only when the
        // downlink carries it, and nothing is allocated per downlink (on nanoCLR a struct would be a heap block per copy).
        private readonly LinkCheckAns _linkCheck = new LinkCheckAns();
        private readonly LinkAdrReq _linkAdr = new LinkAdrReq();
        private readonly LinkAdrAns _linkAdrAnswer = new LinkAdrAns();
        private readonly DutyCycleReq _dutyCycle = new DutyCycleReq();
        private readonly RxParamSetupReq _rxParamSetup = new RxParamSetupReq();
        private readonly RxParamSetupAns _rxParamSetupAnswer = new RxParamSetupAns();
        private readonly DevStatusAns _devStatus = new DevStatusAns();
        private readonly NewChannelReq _newChannel = new NewChannelReq();
        private readonly NewChannelAns _newChannelAnswer = new NewChannelAns();
        private readonly RxTimingSetupReq _rxTimingSetup = new RxTimingSetupReq();
        private readonly DlChannelReq _dlChannel = new DlChannelReq();
        private readonly DlChannelAns _dlChannelAnswer = new DlChannelAns();
        private readonly DeviceTimeAns _deviceTime = new DeviceTimeAns();

        /// <summary>Creates a processor working on <paramref name="state"/>.</summary>
        /// <param name="state">The MAC state to change.</param>
        public MacCommandProcessor(MacState state)
        {
            if (state == null)
            {
                throw new ArgumentNullException();
            }

            _state = state;
        }

        /// <summary>
        /// DevStatusAns battery field: 0 = external power, 1..254 = level, 255 = unknown (L2 1.0.4 §5.5).
        /// The application keeps it current.
        /// </summary>
        public byte BatteryLevel { get; set; } = DevStatusAns.BatteryUnknown;

        /// <summary>
        /// Applies the commands in <paramref name="length"/> bytes of <paramref name="buffer"/> from
        /// <paramref name="offset"/>. Call after the downlink was accepted and the sticky answers were dropped.
        /// </summary>
        /// <param name="buffer">FOpts or decrypted FPort-0 FRMPayload.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes.</param>
        /// <param name="snrDb">SNR of the downlink (DevStatusAns margin).</param>
        /// <param name="result">Receives LinkCheckAns/DeviceTimeAns and the walk's outcome.</param>
        [HotPath]
        public void Process(byte[] buffer, int offset, int length, int snrDb, MacTransactionResult result)
        {
            _reader.Reset(buffer, offset, length, false);
            while (_reader.MoveNext())
            {
                int at = _reader.CommandOffset;
                switch (_reader.Cid)
                {
                    case Cid.LinkCheck:
                        _linkCheck.Decode(buffer, at);
                        result.LinkCheckReceived = true;
                        result.LinkCheckMarginDb = _linkCheck.MarginDb;
                        result.LinkCheckGatewayCount = _linkCheck.GatewayCount;
                        break;
                    case Cid.LinkADR:
                        ProcessLinkAdrBlock(buffer);
                        break;
                    case Cid.DutyCycle:
                        _dutyCycle.Decode(buffer, at);
                        _state.Ledger.SetMaxDutyCycle(_dutyCycle.MaxDutyCycle);
                        QueueEmpty(Cid.DutyCycle, false);
                        break;
                    case Cid.RXParamSetup:
                        _rxParamSetup.Decode(buffer, at);
                        ProcessRxParamSetup(_rxParamSetup);
                        break;
                    case Cid.DevStatus:
                        _devStatus.Battery = BatteryLevel;
                        _devStatus.MarginDb = snrDb;
                        Queue(_devStatus.Encode(_scratch, 0), false);
                        break;
                    case Cid.NewChannel:
                        _newChannel.Decode(buffer, at);
                        ProcessNewChannel(_newChannel);
                        break;
                    case Cid.RXTimingSetup:
                        _rxTimingSetup.Decode(buffer, at);
                        _state.Rx1DelaySeconds = _rxTimingSetup.DelaySeconds;
                        QueueEmpty(Cid.RXTimingSetup, true); // §5.7: sticky until a downlink
                        break;
                    case Cid.TxParamSetup:
                        if (_state.Channels.ApplyTxParamSetup(buffer[at + 1]))
                        {
                            KeepDataRateValid();
                            QueueEmpty(Cid.TxParamSetup, false);
                        }

                        break; // regions without TxParamSetupReq ignore it and do not answer (RP002-1.0.4)
                    case Cid.DlChannel:
                        _dlChannel.Decode(buffer, at);
                        ProcessDlChannel(_dlChannel);
                        break;
                    case Cid.DeviceTime:
                        _deviceTime.Decode(buffer, at);
                        result.DeviceTimeReceived = true;
                        result.DeviceTimeGpsSeconds = _deviceTime.GpsSeconds;
                        result.DeviceTimeFraction = _deviceTime.FractionalSecond;
                        break;
                }

                result.MacCommandsProcessed++;
            }

            result.MacParseStatus = _reader.Status;
        }

        /// <summary>
        /// A block of consecutive LinkADRReq (L2 1.0.4 §5.2): channel masks applied in order to a pending mask,
        /// DataRate, TXPower and NbTrans taken from the last command; everything is accepted or nothing changes,
        /// and every command of the block gets a LinkADRAns with the same status.
        /// </summary>
        [HotPath]
        private void ProcessLinkAdrBlock(byte[] buffer)
        {
            var channels = _state.Channels;
            channels.BeginLinkAdrBlock();
            bool channelMaskAck = true;
            int commands = 0;
            LinkAdrReq last = _linkAdr;
            while (true)
            {
                last.Decode(buffer, _reader.CommandOffset);
                channelMaskAck &= channels.ApplyLinkAdrChannelMask(last.ChMaskCntl, last.ChMask);
                commands++;
                if (_reader.PeekNextCid() != (int)Cid.LinkADR)
                {
                    break;
                }

                _reader.MoveNext();
            }

            channelMaskAck &= channels.PendingMaskHasEnabledChannel();
            if (!_state.AdrEnabled)
            {
                ProcessLinkAdrBlockWithoutAdr(last, channelMaskAck, commands);
                return;
            }

            int dataRate = last.DataRate == DataRateTxPowerKeep ? _state.DataRate : last.DataRate;
            bool dataRateAck = channels.PendingMaskAllowsDataRate(dataRate);

            // §5.2: a higher power than the device can use is acknowledged (it then uses its maximum, index 0 is the
            // region maximum here); an index the region does not define is a lower power than the device supports: NACK.
            int txPowerIndex = last.TxPower == DataRateTxPowerKeep ? _state.TxPowerIndex : last.TxPower;
            bool powerAck = txPowerIndex <= _state.Region.MaxTxPowerIndex;

            LinkAdrAns answer = _linkAdrAnswer;
            answer.PowerAck = powerAck;
            answer.DataRateAck = dataRateAck;
            answer.ChannelMaskAck = channelMaskAck;
            if (answer.Accepted)
            {
                channels.CommitLinkAdrChannelMask();
                _state.DataRate = dataRate;
                _state.TxPowerIndex = txPowerIndex;
                _state.NbTrans = last.NbTrans == 0 ? 1 : last.NbTrans; // NbTrans 0: use the default, 1
            }
            else
            {
                channels.BeginLinkAdrBlock(); // drop the pending mask: state unchanged
            }

            int size = answer.Encode(_scratch, 0);
            for (int i = 0; i < commands; i++)
            {
                Queue(size, false);
            }
        }

        /// <summary>
        /// The device runs without ADR (FCtrl.ADR unset). L2 1.0.4 §4.3.1.1: it SHOULD still accept the channel mask
        /// controls of a LinkADRReq and SHALL answer every command, saying element by element what it accepted; unlike
        /// the ADR case the block is not all-or-nothing. DataRate, TXPower and NbTrans stay as the device set them, so
        /// DataRateACK and PowerACK are 0 (a field of 0xF "keep" was complied with and is acknowledged). Same outcome as
        /// Semtech's LoRaWAN 1.0.4 device guide (learn.semtech.com "Processing LinkADRReq": mask applied, DR and power
        /// unchanged) and LoRaMac-node RegionCommonLinkAdrReqVerifyParams (current DR/power/NbRep kept when ADR is off).
        /// </summary>
        [HotPath]
        private void ProcessLinkAdrBlockWithoutAdr(LinkAdrReq last, bool channelMaskValid, int commands)
        {
            ChannelPlan channels = _state.Channels;
            // the mask must leave a channel the device's own data rate can use, or it could not transmit at all
            bool channelMaskAck = channelMaskValid && channels.PendingMaskAllowsDataRate(_state.DataRate);
            if (channelMaskAck)
            {
                channels.CommitLinkAdrChannelMask();
            }
            else
            {
                channels.BeginLinkAdrBlock(); // drop the pending mask
            }

            LinkAdrAns answer = _linkAdrAnswer;
            answer.ChannelMaskAck = channelMaskAck;
            answer.DataRateAck = last.DataRate == DataRateTxPowerKeep;
            answer.PowerAck = last.TxPower == DataRateTxPowerKeep;
            int size = answer.Encode(_scratch, 0);
            for (int i = 0; i < commands; i++)
            {
                Queue(size, false);
            }
        }

        [HotPath]
        private void ProcessRxParamSetup(RxParamSetupReq request)
        {
            var region = _state.Region;
            RxParamSetupAns answer = _rxParamSetupAnswer;
            answer.Rx1DrOffsetAck = region.IsValidRx1DrOffset(request.Rx1DrOffset);
            answer.Rx2DataRateAck = region.IsDownlinkDataRateSupported(request.Rx2DataRate);
            answer.ChannelAck = region.IsValidDownlinkFrequency(request.FrequencyHz);
            if (answer.Accepted)
            {
                _state.Rx1DrOffset = request.Rx1DrOffset;
                _state.Rx2DataRate = request.Rx2DataRate;
                _state.Rx2FrequencyHz = request.FrequencyHz;
            }

            Queue(answer.Encode(_scratch, 0), true); // §5.4: sticky until a downlink
        }

        [HotPath]
        private void ProcessNewChannel(NewChannelReq request)
        {
            bool frequencyOk;
            bool dataRateRangeOk;
            if (!_state.Channels.NewChannel(request.ChannelIndex, request.FrequencyHz, request.MinDataRate, request.MaxDataRate, out frequencyOk, out dataRateRangeOk))
            {
                return; // fixed channel plans do not implement NewChannelReq: no answer (RP002-1.0.4 §2.5.x)
            }

            NewChannelAns answer = _newChannelAnswer;
            answer.ChannelFrequencyOk = frequencyOk;
            answer.DataRateRangeOk = dataRateRangeOk;
            Queue(answer.Encode(_scratch, 0), false);
        }

        [HotPath]
        private void ProcessDlChannel(DlChannelReq request)
        {
            bool frequencyOk;
            bool exists;
            if (!_state.Channels.DlChannel(request.ChannelIndex, request.FrequencyHz, out frequencyOk, out exists))
            {
                return;
            }

            DlChannelAns answer = _dlChannelAnswer;
            answer.ChannelFrequencyOk = frequencyOk;
            answer.UplinkFrequencyExists = exists;
            Queue(answer.Encode(_scratch, 0), true); // §5.6: sticky until a downlink
        }

        [HotPath]
        private void KeepDataRateValid()
        {
            int minimum = _state.Region.MinUplinkDataRate(_state.Channels.UplinkDwellTime);
            if (_state.DataRate < minimum)
            {
                _state.DataRate = minimum;
            }
        }

        [HotPath]
        private void QueueEmpty(Cid cid, bool sticky)
        {
            Queue(EmptyMacCommand.Encode(cid, _scratch, 0), sticky);
        }

        [HotPath]
        private void Queue(int size, bool sticky)
        {
            _state.Answers.Add(_scratch, 0, size, sticky);
        }
    }
}
