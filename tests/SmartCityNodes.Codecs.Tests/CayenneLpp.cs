// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Codecs.Tests;

/// <summary>
/// Cayenne LPP data types and their value sizes, from the Cayenne Low Power Payload specification
/// (myDevices, README.md of github.com/myDevicesIoT/CayenneLPP, "Data Types" table; the same sizes as ChirpStack's
/// decoder chirpstack/src/codec/cayenne_lpp.rs). Every LPP item is channel (1 byte) + type (1 byte) + value.
/// </summary>
internal enum CayenneLppType
{
    /// <summary>Digital input, 1 byte.</summary>
    DigitalInput = 0,

    /// <summary>Analog input, 2 bytes, 0.01 signed.</summary>
    AnalogInput = 2,

    /// <summary>Presence, 1 byte.</summary>
    Presence = 102,

    /// <summary>Temperature, 2 bytes, 0.1 °C signed.</summary>
    Temperature = 103,

    /// <summary>Relative humidity, 1 byte, 0.5 % unsigned.</summary>
    Humidity = 104,

    /// <summary>Barometer, 2 bytes, 0.1 hPa unsigned.</summary>
    Barometer = 115,
}

/// <summary>Sizes of Cayenne LPP items.</summary>
internal static class CayenneLpp
{
    /// <summary>Channel and type bytes in front of every value.</summary>
    public const int ItemHeaderBytes = 2;

    /// <summary>Value size of <paramref name="type"/> in bytes.</summary>
    public static int ValueBytes(CayenneLppType type) => type switch
    {
        CayenneLppType.DigitalInput or CayenneLppType.Presence or CayenneLppType.Humidity => 1,
        CayenneLppType.AnalogInput or CayenneLppType.Temperature or CayenneLppType.Barometer => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Bytes of a payload made of these items.</summary>
    public static int PayloadBytes(IEnumerable<(string Reading, CayenneLppType Type)> items) => items.Sum(i => ItemHeaderBytes + ValueBytes(i.Type));
}
