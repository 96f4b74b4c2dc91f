// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Region
{
    /// <summary>Regional channel plans this stack implements (RP002-1.0.4 §2.1 "Regional Parameter Channel Plan Common Names").</summary>
    public enum RegionId : byte
    {
        /// <summary>EU863-870 (RP002-1.0.4 §2.4).</summary>
        Eu868 = 1,

        /// <summary>US902-928 (RP002-1.0.4 §2.5).</summary>
        Us915 = 2,

        /// <summary>AU915-928 (RP002-1.0.4 §2.8).</summary>
        Au915 = 3,

        /// <summary>AS923-1 (RP002-1.0.4 §2.10), channels at 923.2/923.4 MHz.</summary>
        As923Group1 = 4,

        /// <summary>AS923-2: AS923-1 shifted by −1.80 MHz (RP002-1.0.4 §2.10.2).</summary>
        As923Group2 = 5,

        /// <summary>AS923-3: AS923-1 shifted by −6.60 MHz (RP002-1.0.4 §2.10.2).</summary>
        As923Group3 = 6,

        /// <summary>AS923-4: AS923-1 shifted by −5.90 MHz (RP002-1.0.4 §2.10.2).</summary>
        As923Group4 = 7,

        /// <summary>KR920-923 (RP002-1.0.4 §2.11).</summary>
        Kr920 = 8,

        /// <summary>IN865-867 (RP002-1.0.4 §2.12).</summary>
        In865 = 9,
    }
}
