// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using BenchmarkDotNet.Attributes;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Node;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.Benchmarks.Mac;

/// <summary>
/// The application-facing node (LoRaWanNode) on the scripted radio and virtual clock, EU868, ABP, 11-byte payload:
/// <see cref="Send"/> is one whole class-A transaction through the facade (RX1/RX2 time out), with the record saved to a
/// MemoryMacStateStore; <see cref="DeferredSend"/> is a Send the 1 % band defers (what a wake that only learns
/// "not before" costs). Target: 0 bytes allocated per call.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LoRaWanNodeBenchmarks
{
    private readonly byte[] _payload = new byte[11];
    private VirtualClock _clock = null!;
    private LoRaWanNode _node = null!;
    private LoRaWanNode _closedNode = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clock = new VirtualClock(1000);
        _node = Start(_clock);

        // A node whose clock never moves after one uplink: its band stays closed, so every Send is deferred.
        _closedNode = Start(new VirtualClock(1000));
        if (_closedNode.Send(1, _payload, 0, _payload.Length) != LoRaWanStatus.Ok)
        {
            throw new InvalidOperationException("first uplink failed");
        }
    }

    [Benchmark]
    public LoRaWanStatus Send()
    {
        _clock.Advance(3_600_000);
        return _node.Send(1, _payload, 0, _payload.Length);
    }

    [Benchmark]
    public LoRaWanStatus DeferredSend()
    {
        return _closedNode.Send(1, _payload, 0, _payload.Length);
    }

    private static LoRaWanNode Start(VirtualClock clock)
    {
        var key = new byte[16];
        new Random(1).NextBytes(key);
        var radio = new ScriptedRadio(clock) { Recording = false };
        var node = new LoRaWanNode(new AbpIdentity(0x26011BDA, key, key), RegionId.Eu868, radio, clock, new MemoryMacStateStore());
        if (node.ColdStart() != LoRaWanStatus.Ok)
        {
            throw new InvalidOperationException("cold start failed");
        }

        return node;
    }
}
