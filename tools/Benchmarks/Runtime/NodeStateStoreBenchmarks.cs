// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using BenchmarkDotNet.Attributes;
using SmartCityNodes.Runtime.Storage;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Benchmarks.Runtime;

/// <summary>
/// The store's per-wake path on the simulated NOR flash: load both slots (CRC of each), reserve the uplink
/// counter (a write every block), save the end-of-transaction record. EU868-sized sections: MAC record 480 bytes,
/// application state 64, schedule 64, runtime state 10. Target: 0 bytes allocated per wake after start-up.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class NodeStateStoreBenchmarks
{
    private SimulatedFlashStorage _storage = null!;
    private NodeStateStore _store = null!;

    /// <summary>Uplink counters reserved per write.</summary>
    [Params(1, 16)]
    public int Block { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _storage = new SimulatedFlashStorage(2);
        _store = new NodeStateStore(_storage, 0, 1, 480, 64, 64, 10, Block);
        _store.Load(false);
        _store.MacRecordLength = 480;
        _store.ApplicationStateLength = 64;
        _store.ScheduleStateLength = 64;
        _store.RuntimeStateLength = 10;
        _store.Save();
    }

    /// <summary>Load after a deep-sleep wake.</summary>
    [Benchmark]
    public StoreStatus Load() => _store.Load(true);

    /// <summary>One wake: load, reserve FCntUp, save.</summary>
    [Benchmark]
    public StoreStatus Wake()
    {
        _store.Load(true);
        _store.ReserveUplinkCounter(_store.NextUplinkCounter);
        _store.DownlinkCounter++;
        return _store.Save();
    }
}
