// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>
    /// Outcome of one sensor operation. Drivers report every failure as one of these values and never throw into the
    /// application loop. The numeric values are stable: an application may put <c>(byte)status</c> into a payload.
    /// </summary>
    public enum SensorStatus : byte
    {
        /// <summary>The reading is valid.</summary>
        Ok = 0,

        /// <summary>The bounded wait ended before the sensor answered (silent, unpowered or disconnected sensor).</summary>
        Timeout = 1,

        /// <summary>An I²C device did not acknowledge its address (absent, unpowered or asleep).</summary>
        Nack = 2,

        /// <summary>Any other bus fault (partial transfer, clock-stretch timeout, bus error).</summary>
        BusError = 3,

        /// <summary>Frames arrived but none passed its checksum (noise, wrong baud rate, corrupted line).</summary>
        ChecksumError = 4,

        /// <summary>The sensor answered with values outside its datasheet range, or saturated.</summary>
        OutOfRange = 5,

        /// <summary>Bytes arrived but no complete frame, or the sensor reported that it has no measurement.</summary>
        NoData = 6,

        /// <summary>The chip identification register did not hold the expected value.</summary>
        WrongDevice = 7,

        /// <summary>The sensor is still inside its warm-up time, or asleep; its values would not be stable yet.</summary>
        NotReady = 8,

        /// <summary>The request is not supported by this wiring or configuration (for example a mode pin that is not connected).</summary>
        NotSupported = 9,
    }
}
