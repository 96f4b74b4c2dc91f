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

        /// <summary>
        /// Checks that the log starts with the receive-chain image calibration (datasheet rev 7 §4.2.3.8, in LoRaMac-node's
        /// RxChainCalibration order) and returns what follows it.
        /// </summary>
        /// <param name="sleepBefore">RegOpMode written first: the LoRa Sleep the driver was in (0x80 HF, 0x88 LF).</param>
        /// <param name="fskBase">FSK-mode RegOpMode base: 0x00 HF port, 0x08 LF port (LowFrequencyModeOn).</param>
        /// <param name="frf">Frf burst of the band's calibration frequency.</param>
        public List<string> LogAfterImageCalibration(string sleepBefore = "81 80", byte fskBase = 0x00, string frf = "86 D9 13 33")
        {
            List<string> log = Chip.Log;
            string[] head =
            {
                sleepBefore,            // LoRa Sleep: LongRangeMode may change only in Sleep (§6.4)
                $"81 {fskBase:X2}",     // FSK Sleep
                $"81 {fskBase + 1:X2}", // FSK Standby: the calibration runs in Standby (§4.2.3.8)
                frf,                    // 868.3 MHz × 16384 = 14226227.2 → 0xD91333 for the 863-870 MHz band
                "89 00",                // RegPaConfig = 0: PA cut during the calibration (LoRaMac-node)
                "3B 00",                // read RegImageCal (FSK map): reset value 0x82
                "BB C2",                // 0x82 | ImageCalStart (bit 6)
            };
            CollectionAssert.AreEqual(head, log.Take(head.Length).ToArray(), string.Join(" | ", log.Take(12)));
            int polls = 0;
            while (log[head.Length + polls] == "3B 00")
            {
                polls++;
            }

            // ImageCalRunning is read every 100 µs until it clears after the model's 10 ms.
            Assert.AreEqual(1 + (Sx1276Simulator.ImageCalibrationMicroseconds / 100), polls);
            int at = head.Length + polls;
            Assert.AreEqual($"81 {fskBase:X2}", log[at]);  // FSK Sleep
            Assert.AreEqual(sleepBefore, log[at + 1]);     // LoRa Sleep again
            return log.Skip(at + 2).ToList();
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
