// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>How a Join-Accept's JoinNonce must relate to the last one the device accepted.</summary>
    public enum JoinNoncePolicy
    {
        /// <summary>
        /// Strictly greater. The default, because a 1.0.x Join-Accept's MIC does not cover DevNonce, so an old
        /// Join-Accept can be replayed; a join server that counts JoinNonce up (TS001-1.0.4 §6.2.6, TR007) never
        /// trips it. LoRaMac-node's 1.0.x default and RadioLib only require "different"; use
        /// <see cref="MustDiffer"/> for join servers that send random nonces or restarted their counter. The MAC
        /// forgets the last JoinNonce whenever JoinEUI or AppKey change.
        /// </summary>
        MustIncrease = 0,

        /// <summary>Only different from the last one: for pre-1.0.4 join servers that send a random AppNonce.</summary>
        MustDiffer = 1,
    }
}
