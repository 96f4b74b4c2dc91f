// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Diagnostics;
using System.Text.Json.Nodes;
using SmartCityNodes.TestSupport;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>
/// Runs codec calls in QuickJS through tests/interop/codec-runner.js (npm quickjs-emscripten under node), one node
/// process per batch, the way the interop tests run lora-packet (tests/SmartCityNodes.Interop.Tests/LoraPacketPeer.cs).
/// </summary>
internal static class QuickJsCodec
{
    private static readonly object InstallLock = new();

    /// <summary>Runs every (function, input) pair against the codec of <paramref name="device"/>; answers in order.</summary>
    public static JsonArray Call(string device, IReadOnlyList<(string Function, JsonNode? Input)> calls)
    {
        var list = new JsonArray();
        foreach (var (function, input) in calls)
        {
            list.Add(new JsonObject { ["function"] = function, ["input"] = input?.DeepClone() });
        }

        return Run(device, list);
    }

    /// <summary>Evaluates each JavaScript expression against the codec of <paramref name="device"/>; answers in order.</summary>
    public static JsonArray Evaluate(string device, IEnumerable<string> expressions) =>
        Run(device, new JsonArray(expressions.Select(e => (JsonNode?)new JsonObject { ["expression"] = e }).ToArray()));

    private static JsonArray Run(string device, JsonArray list)
    {
        EnsureInstalled();
        var request = new JsonObject { ["codecFile"] = Repository.CodecFile(device), ["calls"] = list };
        return JsonNode.Parse(NodeScript.Run(Repository.InteropDirectory, "codec-runner.js", request.ToJsonString(), 120_000))!.AsArray();
    }

    // A clone whose node_modules predate quickjs-emscripten gets it here (npm ci from the lock file); a fresh clone
    // gets it from the interop project's build, which runs npm ci on the same lock file.
    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (File.Exists(Path.Combine(Repository.InteropDirectory, "node_modules", "quickjs-emscripten", "package.json")))
            {
                return;
            }

            var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = Repository.InteropDirectory };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start npm");
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("npm ci in tests/interop failed");
            }
        }
    }
}
