// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Provisioning
{
    /// <summary>What the console and the remote configuration ask of the node runtime.</summary>
    public interface INodeControl
    {
        /// <summary>Firmware version shown by ID (printable ASCII, no spaces).</summary>
        string FirmwareVersion { get; }

        /// <summary>True when a LoRaWAN session is active.</summary>
        bool Joined { get; }

        /// <summary>Next uplink frame counter.</summary>
        uint UplinkCounter { get; }

        /// <summary>Join (OTAA) or activate (ABP) now with the configuration in force.</summary>
        void RequestJoin();

        /// <summary>Reboot once the reply has been sent.</summary>
        void RequestReboot();
    }
}
