// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using BenchmarkDotNet.Attributes;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.Benchmarks.LoRaWan;

/// <summary>
/// One uplink encode = header + FRMPayload encryption (AES keystream) + MIC (AES-CMAC over B0 and the frame).
/// Target: 0 bytes allocated per encode (docs/architecture.md: the uplink path allocates nothing after start-up).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class UplinkEncodeBenchmarks
{
    private readonly UplinkEncoder _encoder = new();
    private readonly Session _session = new();
    private readonly UplinkFrame _frame = new();
    private readonly byte[] _output = new byte[FrameLayout.PhyPayloadMaxLength];
    private byte[] _payload = Array.Empty<byte>();

    /// <summary>FRMPayload sizes: a 1-byte status, an 11-byte sensor record (US915 DR0 limit), 51 bytes (EU868 DR0-2 limit).</summary>
    [Params(1, 11, 51)]
    public int PayloadLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var key = new byte[16];
        new Random(1).NextBytes(key);
        _session.ActivateByPersonalization(0x26011BDA, key, key, 0, 0, false);
        _payload = new byte[PayloadLength];
        _frame.SetPayload(1, _payload, 0, _payload.Length);
    }

    [Benchmark]
    public int EncodeUplink()
    {
        _session.FCntUp++;
        _encoder.Encode(_session, _frame, 250, _output, 0, out var length);
        return length;
    }
}
