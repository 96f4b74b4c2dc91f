// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.DeviceTests
{
    /// <summary>
    /// lora-packet's published example session and uplink (lora-packet README, v0.9.x), shared by the device tests:
    /// DevAddr 49BE7DF1, FCnt 2, FPort 1, payload "test" → PHYPayload 40 F17DBE49 00 0200 01 95437876 2B11FF0D
    /// (MHDR, DevAddr LE, FCtrl, FCnt LE, FPort, encrypted FRMPayload, MIC LE).
    /// </summary>
    public static class LoraPacketVector
    {
        /// <summary>Device address as consoles print it.</summary>
        public const uint DevAddr = 0x49BE7DF1;

        /// <summary>Network session key.</summary>
        public const string NwkSKey = "44024241ed4ce9a68c6a8bc055233fd3";

        /// <summary>Application session key.</summary>
        public const string AppSKey = "ec925802ae430ca77fd3dd73cb2cc588";

        /// <summary>The published uplink PHYPayload, fields separated by spaces.</summary>
        public const string Uplink = "40 F17DBE49 00 0200 01 95437876 2B11FF0D";
    }
}
