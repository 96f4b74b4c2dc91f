// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Codecs;

/// <summary>Which SmartCityNodes application sent or receives a payload; FPorts 1 and 2 mean different things per type.</summary>
public enum NodeType
{
    /// <summary>Smart-bin fill level (docs/payloads/binnode.md).</summary>
    BinNode,

    /// <summary>Air quality (docs/payloads/airnode.md).</summary>
    AirNode,

    /// <summary>Parking occupancy (docs/payloads/parkingnode.md).</summary>
    ParkingNode,
}
