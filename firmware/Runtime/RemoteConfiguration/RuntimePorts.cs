// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>
    /// The FPorts the runtime itself sends and receives on (docs/payloads/README.md): status messages and remote
    /// configuration. The one definition; <c>SmartCityNodes.Applications.Payloads.PayloadPorts</c> refers to these.
    /// LoRaWAN L2 1.0.4 §4.3.2: FPort 0 is MAC-only, 1..223 are application-specific.
    /// </summary>
    public static class RuntimePorts
    {
        /// <summary>Startup and status messages, every device (docs/payloads/status.md).</summary>
        public const byte Status = 10;

        /// <summary>Remote configuration: command downlinks and acknowledgement uplinks (docs/payloads/remote-config.md).</summary>
        public const byte Configuration = 20;
    }
}
