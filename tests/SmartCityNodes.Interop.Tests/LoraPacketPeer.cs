// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using System.Text.Json.Nodes;

namespace SmartCityNodes.Interop.Tests;

/// <summary>Runs tests/interop/peer.js (lora-packet) with one JSON request and returns its JSON answer.</summary>
internal static class LoraPacketPeer
{
    private static readonly string Directory = typeof(LoraPacketPeer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "InteropPeerDirectory").Value!;

    public static JsonArray Call(string op, string listName, JsonArray items)
    {
        var request = new JsonObject { ["op"] = op, [listName] = items };
        return JsonNode.Parse(NodeScript.Run(Directory, "peer.js", request.ToJsonString(), 60_000))!.AsArray();
    }
}
