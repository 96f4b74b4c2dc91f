// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
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
        var start = new ProcessStartInfo("node", "peer.js")
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        process.StandardInput.Write(request.ToJsonString());
        process.StandardInput.Close();
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException("peer.js did not answer within 60 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"peer.js failed ({process.ExitCode}): {stderr}");
        }

        return JsonNode.Parse(stdoutTask.Result)!.AsArray();
    }
}
