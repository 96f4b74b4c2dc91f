// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using BenchmarkDotNet.Attributes;
using SmartCityNodes.LoRaWan;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.Benchmarks.Mac;

/// <summary>
/// One full class-A transaction through MacEngine.Send on the scripted radio and virtual clock (EU868, ABP):
/// channel choice under the duty-cycle ledger, MAC answers into FOpts, encode + encrypt + MIC, state record with
/// CRC persisted before TX and at the end, TX, RX1/RX2, downlink decode + decrypt + MAC command processing.
/// Target: 0 bytes allocated per transaction in steady state.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ClassATransactionBenchmarks
{
    private const uint DevAddr = 0x26011BDA;

    // DevStatusReq, RXParamSetupReq (sticky answer), LinkADRReq: 06 | 05 23 D2 AD 84 | 03 51 07 00 01
    private static readonly byte[] DownlinkFOpts = { 0x06, 0x05, 0x23, 0xD2, 0xAD, 0x84, 0x03, 0x51, 0x07, 0x00, 0x01 };

    private readonly byte[] _payload = new byte[11];
    private readonly byte[] _downlink = new byte[64];
    private readonly FrameCrypto _networkCrypto = new();
    private readonly MacTransactionResult _result = new();
    private readonly byte[] _key = new byte[16];
    private VirtualClock _clock = null!;
    private ScriptedRadio _radio = null!;
    private MacEngine _engine = null!;
    private uint _downlinkCounter;

    /// <summary>False: RX1 and RX2 time out. True: a downlink with three MAC commands arrives in RX1.</summary>
    [Params(false, true)]
    public bool WithDownlink { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_key);
        _clock = new VirtualClock(1000);
        _radio = new ScriptedRadio(_clock) { Recording = false };
        var state = new MacState(RegionParameters.Get(RegionId.Eu868));
        _engine = new MacEngine(state, _radio, _clock, new MemoryMacStateStore());
        _engine.ActivateByPersonalization(DevAddr, _key, _key, 0, 0);
    }

    [Benchmark]
    public LoRaWanStatus Transaction()
    {
        _clock.Advance(3_600_000);
        if (WithDownlink)
        {
            int length = BuildDownlink();
            _radio.ReplyWith(_downlink, length);
        }

        return _engine.Send(1, _payload, 0, _payload.Length, false, _result);
    }

    /// <summary>The network side, allocation-free: unconfirmed downlink, FOpts as above, no FPort, MIC (L2 1.0.4 §4).</summary>
    private int BuildDownlink()
    {
        uint counter = _downlinkCounter++;
        _downlink[0] = 0x60;
        BitConverter.TryWriteBytes(_downlink.AsSpan(1, 4), DevAddr);
        _downlink[5] = (byte)DownlinkFOpts.Length;
        _downlink[6] = (byte)counter;
        _downlink[7] = (byte)(counter >> 8);
        Array.Copy(DownlinkFOpts, 0, _downlink, 8, DownlinkFOpts.Length);
        int length = 8 + DownlinkFOpts.Length;
        uint mic = _networkCrypto.ComputeDataMic(_key, Direction.Downlink, DevAddr, counter, _downlink, 0, length);
        _downlink[length] = (byte)mic;
        _downlink[length + 1] = (byte)(mic >> 8);
        _downlink[length + 2] = (byte)(mic >> 16);
        _downlink[length + 3] = (byte)(mic >> 24);
        return length + 4;
    }
}
