// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Pms5003
{
    /// <summary>What <see cref="Pms5003FrameDecoder.Push"/> completed.</summary>
    public enum Pms5003FrameKind
    {
        /// <summary>No complete frame yet.</summary>
        None = 0,

        /// <summary>A 32-byte measurement frame (frame length field 28).</summary>
        Measurement = 1,

        /// <summary>An 8-byte command answer (frame length field 4: echoed CMD, DATA, check code).</summary>
        CommandAnswer = 2,
    }
}
