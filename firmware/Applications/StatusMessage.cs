// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Status;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime;

namespace SmartCityNodes.Applications
{
    /// <summary>
    /// The status message (docs/payloads/status.md, FPort 10) from the runtime's <see cref="NodeStatus"/>: the one
    /// encoding the three application adapters share. Allocation-free with a caller-owned <see cref="StatusReadings"/>.
    /// </summary>
    [HotPath]
    public static class StatusMessage
    {
        /// <summary>Maps the HAL's wake cause to the status message's reset cause (docs/payloads/status.md table).</summary>
        /// <param name="cause">Wake cause.</param>
        /// <param name="remoteReboot">True when the boot followed an acknowledged remote Reboot command.</param>
        public static ResetCause ResetCauseOf(WakeCause cause, bool remoteReboot)
        {
            if (remoteReboot)
            {
                return ResetCause.RemoteReboot;
            }

            switch (cause)
            {
                case WakeCause.PowerOn:
                    return ResetCause.PowerOn;
                case WakeCause.Pin:
                    return ResetCause.ExternalPin;
                case WakeCause.SoftwareReset:
                    return ResetCause.Software;
                case WakeCause.Watchdog:
                    return ResetCause.Watchdog;
                case WakeCause.Brownout:
                    return ResetCause.Brownout;
                default:
                    return ResetCause.Unknown;
            }
        }

        /// <summary>Encodes the start-up message or the status reply.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="device">Device kind.</param>
        /// <param name="status">The runtime's status.</param>
        /// <param name="scratch">Caller-owned readings, filled in place.</param>
        /// <param name="fPort">FPort of the message (<see cref="PayloadPorts.Status"/>).</param>
        /// <returns>Bytes written, or a negative status.</returns>
        public static int Encode(byte[] buffer, int offset, DeviceKind device, NodeStatus status, StatusReadings scratch, out int fPort)
        {
            fPort = PayloadPorts.Status;
            scratch.Device = device;
            scratch.FirmwareMajor = status.FirmwareMajor;
            scratch.FirmwareMinor = status.FirmwareMinor;
            scratch.FirmwarePatch = status.FirmwarePatch;
            scratch.ResetCause = ResetCauseOf(status.ResetCause, status.RemoteReboot);
            scratch.ConfigurationCrc = status.ConfigurationCrc;
            scratch.BatteryMillivolts = status.BatteryMillivolts > 0 ? status.BatteryMillivolts : PayloadFormat.Missing;
            return status.IsReply ? StatusPayloadEncoder.EncodeStatusReply(buffer, offset, scratch) : StatusPayloadEncoder.EncodeStartup(buffer, offset, scratch);
        }
    }
}
