// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.LoRaWan.Tests.Airtime
{
    /// <summary>
    /// Time on air against values worked by hand from the Semtech formula (AN1200.13 §4):
    /// T_sym = 2^SF/BW, T_pre = (8 + 4.25)·T_sym, n_pay = 8 + max(ceil((8PL − 4SF + 28 + 16 − 0)/(4(SF − 2DE)))·5, 0),
    /// LoRaWAN uplink: preamble 8, CR 4/5, explicit header, CRC on. Every expected value below was also reproduced
    /// by an independent floating-point Python implementation of the same formula (math.ceil, 2**sf/bw).
    /// </summary>
    [TestClass]
    public sealed class LoRaAirtimeTests
    {
        // SF7/125k, 13 B: T_sym = 128/125000 = 1.024 ms; T_pre = 12.25·1.024 = 12.544 ms;
        //   (104 − 28 + 28 + 16)/28 = 120/28 = 4.29 → 5; n = 8 + 5·5 = 33 → 33.792 ms; total 46.336 ms.
        [DataRow(7, 125000, 13, 46336L, DisplayName = "SF7/125k 13 B = 46.336 ms")]
        // SF12/125k, 51 B: T_sym = 4096/125000 = 32.768 ms, DE = 1 (≥ 16 ms); T_pre = 12.25·32.768 = 401.408 ms;
        //   (408 − 48 + 44)/40 = 404/40 = 10.1 → 11; n = 8 + 55 = 63 → 2064.384 ms; total 2465.792 ms.
        [DataRow(12, 125000, 51, 2465792L, DisplayName = "SF12/125k 51 B = 2465.792 ms")]
        // SF12/125k, 64 B (N = 51 plus 13 B of framing): (512 − 48 + 44)/40 = 12.7 → 13; n = 73 → 2392.064 ms;
        //   total 401.408 + 2392.064 = 2793.472 ms.
        [DataRow(12, 125000, 64, 2793472L, DisplayName = "SF12/125k 64 B = 2793.472 ms")]
        // SF9/125k, 24 B: T_sym = 4.096 ms; T_pre = 50.176 ms; (192 − 36 + 44)/36 = 200/36 = 5.56 → 6; n = 38 → 155.648 ms;
        //   total 205.824 ms.
        [DataRow(9, 125000, 24, 205824L, DisplayName = "SF9/125k 24 B = 205.824 ms")]
        // SF8/500k (US915 DR4), 33 B: T_sym = 256/500000 = 0.512 ms; T_pre = 6.272 ms; (264 − 32 + 44)/32 = 276/32 = 8.63 → 9;
        //   n = 53 → 27.136 ms; total 33.408 ms.
        [DataRow(8, 500000, 33, 33408L, DisplayName = "SF8/500k 33 B = 33.408 ms")]
        // SF10/125k (US915 DR0) with dwell: the largest DR0 frame, M = 19 → PHYPayload 24 B. T_sym = 8.192 ms;
        //   T_pre = 100.352 ms; (192 − 40 + 44)/40 = 196/40 = 4.9 → 5; n = 33 → 270.336 ms; total 370.688 ms ≤ 400 ms.
        [DataRow(10, 125000, 24, 370688L, DisplayName = "SF10/125k 24 B = 370.688 ms (fits 400 ms dwell)")]
        // One byte more: (200 − 40 + 44)/40 = 5.1 → 6; n = 38 → 311.296 ms; total 411.648 ms > 400 ms.
        [DataRow(10, 125000, 25, 411648L, DisplayName = "SF10/125k 25 B = 411.648 ms (breaks 400 ms dwell)")]
        // SF11/125k Join-Request 23 B: T_sym = 16.384 ms, DE = 1; T_pre = 200.704 ms; (184 − 44 + 44)/36 = 5.11 → 6;
        //   n = 38 → 622.592 ms; total 823.296 ms.
        [DataRow(11, 125000, 23, 823296L, DisplayName = "SF11/125k 23 B = 823.296 ms")]
        // SF12/250k 10 B: T_sym = 4096/250000 = 16.384 ms → DE = 1 (threshold is inclusive); T_pre = 200.704 ms;
        //   (80 − 48 + 44)/40 = 1.9 → 2; n = 18 → 294.912 ms; total 495.616 ms.
        [DataRow(12, 250000, 10, 495616L, DisplayName = "SF12/250k 10 B = 495.616 ms (LDRO on)")]
        // SF7/250k 50 B: T_sym = 0.512 ms; T_pre = 6.272 ms; (400 − 28 + 44)/28 = 14.86 → 15; n = 83 → 42.496 ms; total 48.768 ms.
        [DataRow(7, 250000, 50, 48768L, DisplayName = "SF7/250k 50 B = 48.768 ms")]
        // SF9/125k 0 B: (0 − 36 + 44)/36 = 0.22 → 1; n = 13 → 53.248 ms; total 103.424 ms.
        [DataRow(9, 125000, 0, 103424L, DisplayName = "SF9/125k 0 B = 103.424 ms")]
        [TestMethod]
        public void UplinkTimeOnAirMatchesHandWorkedValue(int spreadingFactor, int bandwidthHz, int length, long expectedMicroseconds)
        {
            Assert.AreEqual(expectedMicroseconds, LoRaAirtime.UplinkTimeOnAirMicroseconds(spreadingFactor, bandwidthHz, length));
        }

        // 2^SF·10^6/BW µs.
        [DataRow(7, 125000, 1024L)]
        [DataRow(12, 125000, 32768L)]
        [DataRow(11, 250000, 8192L)]
        [DataRow(7, 500000, 256L)]
        [TestMethod]
        public void SymbolTime(int spreadingFactor, int bandwidthHz, long expectedMicroseconds)
        {
            Assert.AreEqual(expectedMicroseconds, LoRaAirtime.SymbolTimeMicroseconds(spreadingFactor, bandwidthHz));
        }

        // LDRO on exactly when T_sym ≥ 16 ms: SF11/SF12 at 125 kHz, SF12 at 250 kHz (LoRaMac-node's table).
        [DataRow(10, 125000, false)]
        [DataRow(11, 125000, true)]
        [DataRow(12, 125000, true)]
        [DataRow(11, 250000, false)]
        [DataRow(12, 250000, true)]
        [DataRow(12, 500000, false)]
        [TestMethod]
        public void LowDataRateOptimizeRule(int spreadingFactor, int bandwidthHz, bool expected)
        {
            Assert.AreEqual(expected, LoRaAirtime.IsLowDataRateOptimized(spreadingFactor, bandwidthHz));
        }

        [TestMethod]
        public void DownlinkWithoutCrcIsShorter()
        {
            // SF7/125k 13 B, CRC off: (104 − 28 + 28 + 0)/28 = 104/28 = 3.71 → 4; n = 28 → 28.672 ms; total 41.216 ms.
            Assert.AreEqual(41216L, LoRaAirtime.TimeOnAirMicroseconds(7, 125000, 13, 5, 8, true, false));
        }

        [TestMethod]
        public void CodingRateAndImplicitHeaderTerms()
        {
            // SF9/125k 20 B, CR 4/8, implicit header, CRC on: (160 − 36 + 28 + 16 − 20)/36 = 148/36 = 4.11 → 5;
            // n = 8 + 5·8 = 48 → 196.608 ms; preamble 12.25·4.096 = 50.176 ms; total 246.784 ms.
            Assert.AreEqual(246784L, LoRaAirtime.TimeOnAirMicroseconds(9, 125000, 20, 8, 8, false, true));
        }

        [TestMethod]
        public void FskFiftyKilobit()
        {
            // (5 preamble + 3 sync + 1 length + 23 payload + 2 CRC) = 34 B = 272 bit / 50000 bit/s = 5.44 ms.
            Assert.AreEqual(5440L, LoRaAirtime.FskTimeOnAirMicroseconds(50000, 23));
        }

        [DataRow(6, 125000, 10)]
        [DataRow(13, 125000, 10)]
        [DataRow(7, 62500, 10)]
        [DataRow(7, 125000, 256)]
        [DataRow(7, 125000, -1)]
        [TestMethod]
        public void InvalidArgumentsGiveInvalid(int spreadingFactor, int bandwidthHz, int length)
        {
            Assert.AreEqual(LoRaAirtime.Invalid, LoRaAirtime.UplinkTimeOnAirMicroseconds(spreadingFactor, bandwidthHz, length));
        }

        [TestMethod]
        public void ComputingAllocatesNothing()
        {
            long sum = LoRaAirtime.UplinkTimeOnAirMicroseconds(7, 125000, 20);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10000; i++)
            {
                sum += LoRaAirtime.UplinkTimeOnAirMicroseconds(7 + (i % 6), 125000, i % 256);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated);
            Assert.IsTrue(sum > 0);
        }
    }
}
