// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using BenchmarkDotNet.Attributes;
using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Radio.Sx126x;
using SmartCityNodes.Drivers.Radio.Sx127x;
using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Benchmarks.Radio
{
    /// <summary>
    /// One uplink (EU868 SF7, 13 bytes) and one RX2 window with a 12-byte downlink, through each driver against its chip
    /// model on a virtual clock. Measures host CPU per call and, the point of it, allocations after start-up (expected 0).
    /// </summary>
    [MemoryDiagnoser]
    [ShortRunJob]
    public class RadioBenchmarks
    {
        private static readonly byte[] Uplink = { 0x40, 0x11, 0x22, 0x33, 0x44, 0x00, 0x01, 0x00, 0x01, 0xA1, 0xB2, 0xC3, 0xD4 };
        private static readonly byte[] Downlink = { 0x60, 0x04, 0x03, 0x02, 0x01, 0x00, 0x01, 0x00, 0xDE, 0xAD, 0xBE, 0xEF };

        private readonly byte[] _rx = new byte[64];
        private Sx1276 _sx1276 = null!;
        private Sx1262 _sx1262 = null!;
        private readonly RadioPacket _packet = new RadioPacket();
        private RadioTxSettings _tx = null!;
        private RadioRxSettings _rxSettings = null!;

        [GlobalSetup]
        public void Setup()
        {
            var clock1276 = new VirtualClock();
            var chip1276 = new Sx1276Simulator(clock1276) { Logging = false, Downlink = Downlink };
            _sx1276 = new Sx1276(chip1276, chip1276.Reset, chip1276.Dio0, chip1276.Dio1, clock1276, TtgoLoRa32V21.CreateRadioProfile());
            Check(_sx1276.Initialize());

            var clock1262 = new VirtualClock();
            var chip1262 = new Sx1262Simulator(clock1262) { Logging = false, Downlink = Downlink };
            _sx1262 = new Sx1262(chip1262, chip1262.Reset, chip1262.Busy, chip1262.Dio1, clock1262, HeltecWiFiLoRa32V3.CreateRadioProfile());
            Check(_sx1262.Initialize());

            _tx = new RadioTxSettings { FrequencyHz = 868100000, SpreadingFactor = 7, BandwidthHz = 125000, CodingRateDenominator = 5, PowerDbm = 14, PreambleSymbols = 8 };
            _rxSettings = new RadioRxSettings { FrequencyHz = 869525000, SpreadingFactor = 12, BandwidthHz = 125000, CodingRateDenominator = 5, PreambleSymbols = 8, SymbolTimeout = 8, InvertIq = true, MaxLength = 64 };
        }

        [Benchmark]
        public RadioStatus Sx1276Transmit() => _sx1276.Transmit(_tx, Uplink, 0, Uplink.Length, out _);

        [Benchmark]
        public RadioStatus Sx1276Receive() => _sx1276.Receive(_rxSettings, _rx, 0, _packet);

        [Benchmark]
        public RadioStatus Sx1262Transmit() => _sx1262.Transmit(_tx, Uplink, 0, Uplink.Length, out _);

        [Benchmark]
        public RadioStatus Sx1262Receive() => _sx1262.Receive(_rxSettings, _rx, 0, _packet);

        private static void Check(RadioStatus status)
        {
            if (status != RadioStatus.Ok)
            {
                throw new InvalidOperationException(status.ToString());
            }
        }
    }
}
