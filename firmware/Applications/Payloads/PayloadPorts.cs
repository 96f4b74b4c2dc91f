// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.RemoteConfiguration;

namespace SmartCityNodes.Applications.Payloads
{
    /// <summary>
    /// LoRaWAN FPorts of the SmartCityNodes messages (docs/payloads/README.md). LoRaWAN L2 1.0.4 §4.3.2: FPort 0 is
    /// MAC-only, 1..223 are application-specific, 224 and up are reserved, so every port here lies in 1..223.
    /// </summary>
    public static class PayloadPorts
    {
        /// <summary>Periodic readings (measurement, heartbeat).</summary>
        public const byte Periodic = 1;

        /// <summary>Event readings (alarms, occupancy changes).</summary>
        public const byte Event = 2;

        /// <summary>Startup and status messages, every device (defined by the runtime, <see cref="RuntimePorts"/>).</summary>
        public const byte Status = RuntimePorts.Status;

        /// <summary>Remote configuration: commands downlink, acknowledgements uplink (defined by the runtime, <see cref="RuntimePorts"/>).</summary>
        public const byte Configuration = RuntimePorts.Configuration;
    }
}
