// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Radio.Sx126x;
using SmartCityNodes.Drivers.Radio.Sx127x;
using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>A driver wired to a chip model on a virtual clock.</summary>
    public sealed class Sx1276Rig
    {
        public Sx1276Rig(bool withDio1 = true, Sx127xBoardProfile? board = null)
        {
            Clock = new VirtualClock();
            Chip = new Sx1276Simulator(Clock);
            Radio = new Sx1276(Chip, Chip.Reset, Chip.Dio0, withDio1 ? Chip.Dio1 : null!, Clock, board ?? TtgoLoRa32V21.CreateRadioProfile());
        }

        public VirtualClock Clock { get; }

        public Sx1276Simulator Chip { get; }

        public Sx1276 Radio { get; }

        public Sx1276Rig Initialized()
        {
            Assert.AreEqual(RadioStatus.Ok, Radio.Initialize());
            Chip.Log.Clear();
            return this;
        }
    }

    public sealed class Sx1262Rig
    {
        public Sx1262Rig()
        {
            Clock = new VirtualClock();
            Chip = new Sx1262Simulator(Clock);
            Radio = new Sx1262(Chip, Chip.Reset, Chip.Busy, Chip.Dio1, Clock, HeltecWiFiLoRa32V3.CreateRadioProfile());
        }

        public VirtualClock Clock { get; }

        public Sx1262Simulator Chip { get; }

        public Sx1262 Radio { get; }

        public Sx1262Rig Initialized()
        {
            Assert.AreEqual(RadioStatus.Ok, Radio.Initialize());
            Chip.Log.Clear();
            return this;
        }
    }

    public static class Settings
    {
        /// <summary>EU868 DR5 uplink (SF7/125 kHz, CR 4/5, 8-symbol preamble).</summary>
        public static RadioTxSettings Uplink(uint frequencyHz = 868100000, int sf = 7, int bandwidthHz = 125000, int powerDbm = 14)
            => new RadioTxSettings
            {
                FrequencyHz = frequencyHz,
                SpreadingFactor = sf,
                BandwidthHz = bandwidthHz,
                CodingRateDenominator = 5,
                PowerDbm = powerDbm,
                PreambleSymbols = 8,
                InvertIq = false,
            };

        /// <summary>EU868 RX2 downlink window (869.525 MHz, SF12/125 kHz), inverted IQ.</summary>
        public static RadioRxSettings Downlink(uint frequencyHz = 869525000, int sf = 12, int bandwidthHz = 125000, int symbolTimeout = 8, int maxLength = 64)
            => new RadioRxSettings
            {
                FrequencyHz = frequencyHz,
                SpreadingFactor = sf,
                BandwidthHz = bandwidthHz,
                CodingRateDenominator = 5,
                PreambleSymbols = 8,
                SymbolTimeout = symbolTimeout,
                InvertIq = true,
                MaxLength = maxLength,
            };

        public static readonly byte[] FourBytes = { 0x01, 0x02, 0x03, 0x04 };

        public static readonly byte[] TwelveBytes = { 0x60, 0x04, 0x03, 0x02, 0x01, 0x00, 0x01, 0x00, 0xDE, 0xAD, 0xBE, 0xEF };
    }
}
