// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>
    /// Remote configuration by downlink on FPort <see cref="Port"/> (docs/remote-config.md). A downlink holds one or
    /// more commands, <c>opcode</c> followed by its fields; it is applied all-or-nothing: every command is parsed and
    /// range-checked into a copy of the configuration in force, the copy is validated whole, and only then committed
    /// (power-loss-safe, <see cref="ConfigurationStore.Commit"/>). A bad command changes nothing. Either way an
    /// acknowledgement (<see cref="AckLength"/> bytes: result, failing command index and opcode, downlink counter,
    /// configuration CRC) is owed and goes out in the next status uplink; it survives deep sleep in the runtime
    /// state (<see cref="WriteState"/>/<see cref="ReadState"/>). Nothing is allocated after construction.
    /// </summary>
    public sealed class RemoteConfigProcessor
    {
        /// <summary>FPort of remote-configuration downlinks (application range 1..223, L2 1.0.4 §4.3.2).</summary>
        public const byte Port = 10;

        /// <summary>Bytes of the acknowledgement block.</summary>
        public const int AckLength = 9;

        /// <summary>Bytes of the persisted state: flags (1) + acknowledgement.</summary>
        public const int StateLength = 1 + AckLength;

        /// <summary>Index value meaning "no failing command".</summary>
        public const byte NoCommand = 0xFF;

        private const byte FlagAckPending = 0b0000_0001;
        private const byte FlagRebootPending = 0b0000_0010;
        private const byte FlagStatusRequested = 0b0000_0100;

        private readonly ConfigurationStore store;
        private readonly NodeConfiguration candidate = new NodeConfiguration();
        private readonly byte[] ack = new byte[AckLength];

        /// <summary>Creates the handler (once, at start-up).</summary>
        /// <param name="store">The configuration store.</param>
        public RemoteConfigProcessor(ConfigurationStore store)
        {
            this.store = store;
        }

        /// <summary>True while an acknowledgement is owed.</summary>
        public bool AckPending { get; private set; }

        /// <summary>True when a Reboot command was accepted: reboot after the acknowledgement has been sent.</summary>
        public bool RebootPending { get; private set; }

        /// <summary>True when a StatusRequest was accepted: the next uplink is a status uplink.</summary>
        public bool StatusRequested { get; private set; }

        /// <summary>The acknowledgement block (valid while <see cref="AckPending"/>).</summary>
        public byte[] Ack => ack;

        /// <summary>
        /// Handles one downlink payload received on <see cref="Port"/> with downlink counter
        /// <paramref name="downlinkCounter"/>. Returns the result that the acknowledgement carries.
        /// </summary>
        /// <param name="payload">Decrypted FRMPayload.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Length.</param>
        /// <param name="downlinkCounter">FCntDown of the downlink (its low 16 bits go in the acknowledgement).</param>
        [HotPath]
        public RemoteConfigResult Process(byte[] payload, int offset, int length, uint downlinkCounter)
        {
            candidate.CopyFrom(store.Active);
            bool reboot = false;
            bool status = false;
            bool changed = false;
            int index = length <= 0 ? NoCommand : 0;
            int p = offset;
            int end = offset + length;
            RemoteConfigResult result = length <= 0 ? RemoteConfigResult.Empty : RemoteConfigResult.Ok;
            byte opcode = 0;
            while (result == RemoteConfigResult.Ok && p < end)
            {
                opcode = payload[p++];
                int fields = FieldLength(opcode);
                if (fields < 0)
                {
                    result = RemoteConfigResult.UnknownCommand;
                    break;
                }

                if (p + fields > end)
                {
                    result = RemoteConfigResult.Truncated;
                    break;
                }

                result = Apply((RemoteCommand)opcode, payload, p, ref reboot, ref status);
                changed |= opcode != (byte)RemoteCommand.Reboot && opcode != (byte)RemoteCommand.StatusRequest;
                if (result != RemoteConfigResult.Ok)
                {
                    break;
                }

                p += fields;
                index++;
            }

            if (result == RemoteConfigResult.Ok)
            {
                ConfigField field;
                ConfigStatus valid = candidate.Validate(null, out field);
                if (valid == ConfigStatus.Inconsistent)
                {
                    result = RemoteConfigResult.Inconsistent;
                }
                else if (valid != ConfigStatus.Ok)
                {
                    result = RemoteConfigResult.OutOfRange;
                }

                if (result != RemoteConfigResult.Ok)
                {
                    // A whole-record check failed: no single command is to blame.
                    index = NoCommand;
                    opcode = 0;
                }
            }

            if (result == RemoteConfigResult.Ok && changed && store.Commit(candidate) != ConfigStatus.Ok)
            {
                result = RemoteConfigResult.StorageFailed;
                index = NoCommand;
                opcode = 0;
            }

            if (result == RemoteConfigResult.Ok)
            {
                index = NoCommand;
                opcode = 0;
                RebootPending |= reboot;
                StatusRequested |= status;
            }

            ack[0] = (byte)result;
            ack[1] = (byte)(index > NoCommand ? NoCommand : index);
            ack[2] = opcode;
            LittleEndian.WriteUInt16(ack, 3, (ushort)downlinkCounter);
            LittleEndian.WriteUInt32(ack, 5, store.Crc);
            AckPending = true;
            return result;
        }

        /// <summary>The runtime calls this once the status uplink carrying <see cref="Ack"/> has been sent.</summary>
        public void AckSent()
        {
            AckPending = false;
            StatusRequested = false;
        }

        /// <summary>The runtime calls this just before it reboots for a Reboot command.</summary>
        public void RebootStarted() => RebootPending = false;

        /// <summary>Writes the pending flags and acknowledgement (<see cref="StateLength"/> bytes).</summary>
        /// <param name="buffer">Destination (e.g. <c>NodeStateStore.RuntimeState</c>).</param>
        /// <param name="offset">First byte.</param>
        public int WriteState(byte[] buffer, int offset)
        {
            buffer[offset] = (byte)((AckPending ? FlagAckPending : 0) | (RebootPending ? FlagRebootPending : 0) | (StatusRequested ? FlagStatusRequested : 0));
            System.Array.Copy(ack, 0, buffer, offset + 1, AckLength);
            return StateLength;
        }

        /// <summary>Restores what <see cref="WriteState"/> wrote; a missing or short state means nothing pending.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes available.</param>
        public void ReadState(byte[] buffer, int offset, int length)
        {
            byte flags = length >= StateLength ? buffer[offset] : (byte)0;
            AckPending = (flags & FlagAckPending) != 0;
            RebootPending = (flags & FlagRebootPending) != 0;
            StatusRequested = (flags & FlagStatusRequested) != 0;
            if (length >= StateLength)
            {
                System.Array.Copy(buffer, offset + 1, ack, 0, AckLength);
            }
        }

        /// <summary>Field bytes after the opcode, or -1 for an unknown opcode.</summary>
        /// <param name="opcode">Opcode.</param>
        public static int FieldLength(byte opcode)
        {
            switch ((RemoteCommand)opcode)
            {
                case RemoteCommand.SetReportInterval:
                case RemoteCommand.SetHeartbeatInterval:
                    return 4;
                case RemoteCommand.SetThresholds:
                    return 8;
                case RemoteCommand.SetConfirmedUplinks:
                case RemoteCommand.SetAdr:
                    return 1;
                case RemoteCommand.Reboot:
                case RemoteCommand.StatusRequest:
                    return 0;
                default:
                    return -1;
            }
        }

        [HotPath]
        private RemoteConfigResult Apply(RemoteCommand command, byte[] payload, int p, ref bool reboot, ref bool status)
        {
            switch (command)
            {
                case RemoteCommand.SetReportInterval:
                case RemoteCommand.SetHeartbeatInterval:
                    uint seconds = LittleEndian.ReadUInt32(payload, p);
                    bool report = command == RemoteCommand.SetReportInterval;
                    if (report ? !ConfigurationLimits.IsValidReportInterval(seconds) : !ConfigurationLimits.IsValidHeartbeatInterval(seconds))
                    {
                        return RemoteConfigResult.OutOfRange;
                    }

                    if (report)
                    {
                        candidate.ReportIntervalSeconds = seconds;
                    }
                    else
                    {
                        candidate.HeartbeatIntervalSeconds = seconds;
                    }

                    return RemoteConfigResult.Ok;
                case RemoteCommand.SetThresholds:
                    candidate.ThresholdLow = (int)LittleEndian.ReadUInt32(payload, p);
                    candidate.ThresholdHigh = (int)LittleEndian.ReadUInt32(payload, p + 4);
                    return candidate.ThresholdLow > candidate.ThresholdHigh ? RemoteConfigResult.Inconsistent : RemoteConfigResult.Ok;
                case RemoteCommand.SetConfirmedUplinks:
                case RemoteCommand.SetAdr:
                    byte value = payload[p];
                    if (value > 1)
                    {
                        return RemoteConfigResult.BadValue;
                    }

                    if (command == RemoteCommand.SetAdr)
                    {
                        candidate.AdrEnabled = value == 1;
                    }
                    else
                    {
                        candidate.ConfirmedUplinks = value == 1;
                    }

                    return RemoteConfigResult.Ok;
                case RemoteCommand.Reboot:
                    reboot = true;
                    return RemoteConfigResult.Ok;
                default:
                    status = true;
                    return RemoteConfigResult.Ok;
            }
        }
    }
}
