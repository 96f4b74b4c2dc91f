// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Applications.Payloads.Bin
{
    /// <summary>BinNode sensor fault bits, byte 7 of the BinNode message (docs/payloads/binnode.md).</summary>
    [Flags]
    public enum BinNodeFaults : byte
    {
        /// <summary>Every sensor answered.</summary>
        None = 0,

        /// <summary>The ultrasonic ranger failed (no echo, bad checksums, timeout): distance and fill level carry their fault value.</summary>
        DistanceSensor = 0b0000_0001,

        /// <summary>The temperature sensor failed: temperature carries its fault value.</summary>
        TemperatureSensor = 0b0000_0010,

        /// <summary>The tilt sensor failed: the tilt event cannot be raised.</summary>
        TiltSensor = 0b0000_0100,

        /// <summary>The battery monitor failed: battery carries its fault value.</summary>
        BatteryMonitor = 0b0000_1000,
    }
}
