// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>
    /// Remote configuration by downlink on FPort <see cref="Port"/> (docs/payloads/remote-config.md). The downlink
    /// (header 0x1C, transaction id, 1..8 commands) is applied all-or-nothing: <see cref="RemoteConfigParser"/>
    /// checks every command's syntax and wire range, then each command is applied to a copy of the configuration in
    /// force (thresholds through the application's <see cref="IApplicationParameterValidator.ApplyThreshold"/>), the
    /// copy is validated whole, and only then committed (power-loss-safe, <see cref="ConfigurationStore.Commit"/>).
    /// A bad command changes nothing. Either way an acknowledgement uplink (<see cref="AckLength"/> bytes, header 0x1A,
    /// <see cref="RemoteConfigAcknowledgementEncoder"/>) is owed on FPort <see cref="Port"/>; it survives deep sleep
    /// in the runtime state (<see cref="WriteState"/>/<see cref="ReadState"/>). Nothing is allocated after construction.
    /// </summary>
    public sealed class RemoteConfigProcessor
    {
        /// <summary>FPort of remote-configuration downlinks and of their acknowledgements.</summary>
        public const byte Port = RuntimePorts.Configuration;

        /// <summary>Bytes of the acknowledgement uplink.</summary>
        public const int AckLength = RemoteConfigAcknowledgementEncoder.Length;

        /// <summary>Bytes of the persisted state: flags (1) + acknowledgement (8) + downlink counter (4, little-endian).</summary>
        public const int StateLength = 1 + AckLength + 4;

        /// <summary>Index value meaning "no failing command".</summary>
        public const byte NoCommand = RemoteConfigCommandList.NoFailingCommand;

        private const byte FlagAckPending = 0b0000_0001;
        private const byte FlagRebootPending = 0b0000_0010;
        private const byte FlagStatusRequested = 0b0000_0100;

        private readonly ConfigurationStore store;
        private readonly NodeConfiguration candidate = new NodeConfiguration();
        private readonly RemoteConfigCommandList commands = new RemoteConfigCommandList();
        private readonly byte[] ack = new byte[AckLength];
        private readonly byte[] recordScratch = new byte[ConfigurationRecord.MaxLength];

        /// <summary>Creates the handler (once, at start-up).</summary>
        /// <param name="store">The configuration store; its <see cref="ConfigurationStore.ApplicationValidator"/> sets thresholds.</param>
        public RemoteConfigProcessor(ConfigurationStore store)
        {
            this.store = store;
        }

        /// <summary>True while an acknowledgement is owed: send <see cref="Ack"/> on FPort <see cref="Port"/>, then call <see cref="AckSent"/>.</summary>
        public bool AckPending { get; private set; }

        /// <summary>True when a Reboot command was accepted: reboot after the acknowledgement has been sent.</summary>
        public bool RebootPending { get; private set; }

        /// <summary>True when a status request was accepted: send a status reply (docs/payloads/status.md), then call <see cref="StatusSent"/>.</summary>
        public bool StatusRequested { get; private set; }

        /// <summary>The acknowledgement uplink payload, <see cref="AckLength"/> bytes (valid while <see cref="AckPending"/>).</summary>
        public byte[] Ack => ack;

        /// <summary>FCntDown of the downlink the pending acknowledgement answers (for the runtime's log; not on the air).</summary>
        public uint AckDownlinkCounter { get; private set; }

        /// <summary>
        /// Handles one downlink payload received on <see cref="Port"/> with downlink counter
        /// <paramref name="downlinkCounter"/>. Returns the result that the acknowledgement carries.
        /// </summary>
        /// <param name="payload">Decrypted FRMPayload.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Length.</param>
        /// <param name="downlinkCounter">FCntDown of the downlink (kept in <see cref="AckDownlinkCounter"/>).</param>
        [HotPath]
        public RemoteConfigResult Process(byte[] payload, int offset, int length, uint downlinkCounter)
        {
            RemoteConfigResult result = RemoteConfigParser.Parse(Port, payload, offset, length, commands);
            int failing = commands.FailingCommandIndex;
            bool reboot = false;
            bool status = false;
            bool changed = false;
            if (result == RemoteConfigResult.Ok)
            {
                candidate.CopyFrom(store.Active);
                for (int i = 0; i < commands.Count; i++)
                {
                    RemoteConfigOpcode opcode = commands.Opcodes[i];
                    if (opcode == RemoteConfigOpcode.Reboot)
                    {
                        reboot = true;
                        continue;
                    }

                    if (opcode == RemoteConfigOpcode.RequestStatus)
                    {
                        status = true;
                        continue;
                    }

                    changed = true;
                    result = Apply(opcode, commands.ParameterIds[i], commands.Values[i]);
                    if (result != RemoteConfigResult.Ok)
                    {
                        failing = i;
                        break;
                    }
                }
            }

            if (result == RemoteConfigResult.Ok && changed)
            {
                // The whole-record rules (heartbeat not below the report interval, the application's cross-field
                // checks): no single command is to blame.
                ConfigField field;
                if (candidate.Validate(store.ApplicationValidator, out field) != ConfigStatus.Ok)
                {
                    result = RemoteConfigResult.ValueOutOfRange;
                    failing = NoCommand;
                }
                else if (ConfigurationRecord.ComputeCrc(candidate, recordScratch) != store.Crc && store.Commit(candidate) != ConfigStatus.Ok)
                {
                    // An unchanged record (a retried downlink) is not written again: no flash wear, same CRC.
                    result = RemoteConfigResult.StorageFailed;
                    failing = NoCommand;
                }
            }

            if (result == RemoteConfigResult.Ok)
            {
                RebootPending |= reboot;
                StatusRequested |= status;
            }

            RemoteConfigAcknowledgementEncoder.Encode(ack, 0, commands.TransactionId, result, failing, store.Crc);
            AckDownlinkCounter = downlinkCounter;
            AckPending = true;
            return result;
        }

        /// <summary>The runtime calls this once the acknowledgement uplink carrying <see cref="Ack"/> has been sent.</summary>
        public void AckSent() => AckPending = false;

        /// <summary>The runtime calls this once the status reply asked for by a status request has been sent.</summary>
        public void StatusSent() => StatusRequested = false;

        /// <summary>The runtime calls this just before it reboots for a Reboot command.</summary>
        public void RebootStarted() => RebootPending = false;

        /// <summary>Writes the pending flags, acknowledgement and downlink counter (<see cref="StateLength"/> bytes).</summary>
        /// <param name="buffer">Destination (e.g. <c>NodeStateStore.RuntimeState</c>).</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public int WriteState(byte[] buffer, int offset)
        {
            buffer[offset] = (byte)((AckPending ? FlagAckPending : 0) | (RebootPending ? FlagRebootPending : 0) | (StatusRequested ? FlagStatusRequested : 0));
            System.Array.Copy(ack, 0, buffer, offset + 1, AckLength);
            LittleEndian.WriteUInt32(buffer, offset + 1 + AckLength, AckDownlinkCounter);
            return StateLength;
        }

        /// <summary>Restores what <see cref="WriteState"/> wrote; a missing or short state means nothing pending.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes available.</param>
        public void ReadState(byte[] buffer, int offset, int length)
        {
            bool present = length >= StateLength;
            byte flags = present ? buffer[offset] : (byte)0;
            AckPending = (flags & FlagAckPending) != 0;
            RebootPending = (flags & FlagRebootPending) != 0;
            StatusRequested = (flags & FlagStatusRequested) != 0;
            if (present)
            {
                System.Array.Copy(buffer, offset + 1, ack, 0, AckLength);
                AckDownlinkCounter = LittleEndian.ReadUInt32(buffer, offset + 1 + AckLength);
            }
        }

        [HotPath]
        private RemoteConfigResult Apply(RemoteConfigOpcode opcode, byte parameter, int value)
        {
            // Values arrive range-checked by the parser (ConfigurationLimits for intervals, wire ranges for thresholds).
            switch (opcode)
            {
                case RemoteConfigOpcode.SetInterval:
                    switch ((RemoteConfigInterval)parameter)
                    {
                        case RemoteConfigInterval.Report:
                            candidate.ReportIntervalSeconds = (uint)value;
                            break;
                        case RemoteConfigInterval.Sample:
                            candidate.SampleIntervalSeconds = (uint)value;
                            break;
                        case RemoteConfigInterval.Heartbeat:
                            candidate.HeartbeatIntervalSeconds = (uint)value;
                            break;
                        default:
                            candidate.StatusIntervalSeconds = (uint)value;
                            break;
                    }

                    return RemoteConfigResult.Ok;
                case RemoteConfigOpcode.SetThreshold:
                    IApplicationParameterValidator application = store.ApplicationValidator;
                    if (application == null)
                    {
                        return RemoteConfigResult.NotSupportedOnDevice;
                    }

                    ConfigStatus applied = application.ApplyThreshold(parameter, value, candidate);
                    return applied == ConfigStatus.Ok ? RemoteConfigResult.Ok
                        : applied == ConfigStatus.UnknownField ? RemoteConfigResult.NotSupportedOnDevice
                        : RemoteConfigResult.ValueOutOfRange;
                case RemoteConfigOpcode.SetConfirmedUplinks:
                    candidate.ConfirmedUplinks = value == 1;
                    return RemoteConfigResult.Ok;
                default:
                    candidate.AdrEnabled = value == 1;
                    return RemoteConfigResult.Ok;
            }
        }
    }
}
