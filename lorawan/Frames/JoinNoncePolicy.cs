// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>How a Join-Accept's JoinNonce must relate to the last one the device accepted.</summary>
    public enum JoinNoncePolicy
    {
        /// <summary>
        /// Strictly greater (L2 1.0.4 §6.2.3: JoinNonce is a join-server counter that never repeats; a device
        /// rejects a Join-Accept that does not advance it, which defeats replayed Join-Accepts). The default.
        /// </summary>
        MustIncrease = 0,

        /// <summary>Only different from the last one: for pre-1.0.4 join servers that send a random AppNonce.</summary>
        MustDiffer = 1,
    }
}
