// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using BenchmarkDotNet.Attributes;
using SmartCityNodes.TestSupport.Node;

namespace SmartCityNodes.Benchmarks.Runtime;

/// <summary>
/// One steady-state wake of the node runtime (ABP EU868 node, fixed 8-byte report every 15 min, scripted radio,
/// simulated flash): wake cause, planner, measure step, class-A uplink through LoRaWanNode with the counter
/// reservation, energy booking, one store save, sleep decision. Target: 0 bytes allocated per wake.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class NodeWakeBenchmarks
{
    private SteadyStateNode _node = null!;

    [GlobalSetup]
    public void Setup()
    {
        _node = new SteadyStateNode(new FixedReportApplication());
        _node.Start();
    }

    /// <summary>One wake at its planned time, the uplink included.</summary>
    [Benchmark]
    public long OneWake() => _node.NextWake();
}
