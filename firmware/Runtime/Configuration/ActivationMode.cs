// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>How the node gets its LoRaWAN session (LoRaWAN L2 1.0.4 §6.2 OTAA, §6.3 ABP).</summary>
    public enum ActivationMode : byte
    {
        /// <summary>Over-the-air activation: DevEUI, JoinEUI and AppKey, a Join-Request per session.</summary>
        Otaa = 1,

        /// <summary>Activation by personalization: DevAddr, NwkSKey and AppSKey set at provisioning.</summary>
        Abp = 2,
    }
}
