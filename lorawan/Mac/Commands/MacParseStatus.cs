// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>How a walk over a MAC command sequence (FOpts or an FPort-0 FRMPayload) ended.</summary>
    public enum MacParseStatus
    {
        /// <summary>Every byte belonged to a complete, known command (or the sequence is still being walked).</summary>
        Ok = 0,

        /// <summary>
        /// A CID this stack does not know in this direction; it and everything after it were ignored
        /// (LoRaWAN L2 1.0.4 §5: "the end-device SHALL ignore the rest of the MAC command sequence").
        /// </summary>
        UnknownCid = 1,

        /// <summary>The last command's payload runs past the end of the sequence; it was ignored.</summary>
        Truncated = 2,
    }
}
