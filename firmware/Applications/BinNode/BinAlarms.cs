// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.BinNode
{
    /// <summary>Alarm states held now (levels, unlike <see cref="BinEvents"/>).</summary>
    [System.Flags]
    public enum BinAlarms : byte
    {
        /// <summary>No alarm.</summary>
        None = 0,

        /// <summary>The bin is full (between a full raise and the next clear).</summary>
        Full = 0b0000_0001,

        /// <summary>Fire alarm active.</summary>
        Fire = 0b0000_0010,

        /// <summary>Tilt switch closed.</summary>
        Tilt = 0b0000_0100,
    }
}
