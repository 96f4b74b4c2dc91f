// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.LoRaWan.Region;

namespace SmartCityNodes.LoRaWan.Tests.Mac
{
    /// <summary>
    /// Long random schedules through the whole engine (thousands of uplinks, confirmed retries, NbTrans repetitions,
    /// network-driven DR/channel changes, impatient callers that ignore "not before"), checked by an independent
    /// reimplementation of the limits on what the radio actually transmitted.
    /// </summary>
    [TestClass]
    public sealed class MacSchedulePropertyTests
    {
        private sealed record Band(double LowMHz, double HighMHz, double DutyCycle);

        // ETSI EN 300 220-2 sub-bands as ETSI EN 300 220-2 lists them (K, g, g1, g2, g3, g4).
        private static readonly Band[] Eu868Bands =
        {
            new(863.0, 865.0, 0.001), new(865.0, 868.0, 0.01), new(868.0, 868.6, 0.01),
            new(868.7, 869.2, 0.001), new(869.4, 869.65, 0.1), new(869.7, 870.0, 0.01),
        };

        /// <summary>Semtech time on air (AN1200.13), written out independently: explicit header, CRC on, CR 4/5, 8 preamble symbols.</summary>
        private static double TimeOnAirMilliseconds(int sf, int bandwidthHz, int length)
        {
            double tsym = Math.Pow(2, sf) / bandwidthHz * 1000.0;
            int de = tsym >= 16.0 ? 1 : 0; // LDRO when the symbol lasts 16 ms or more (SF11/SF12 at 125 kHz, SF12 at 250 kHz)
            double payloadSymbols = 8 + Math.Max(Math.Ceiling((8.0 * length - 4 * sf + 28 + 16) / (4.0 * (sf - 2 * de))) * 5, 0);
            return (8 + 4.25 + payloadSymbols) * tsym;
        }

        [TestMethod]
        [DataRow(11)]
        [DataRow(12)]
        public void Eu868NeverExceedsABandDutyCycle(int seed)
        {
            var h = new MacHarness();
            h.Radio.RealAirtime = true;
            var random = new Random(seed);
            // extra channels in other sub-bands: g (867.1), g2 (868.8, 0.1 %), g4 (869.85): NewChannelReq ch3..5 DR0..5
            h.Radio.ReplyWith(h.Downlink(fPort: 0, payloadHex: "0703184F8450" + "0704809184" + "50" + "070584BA84" + "50"));
            h.Send();
            string[] adr =
            {
                // LinkADRReq: DataRate_TXPower, ChMask 0x003F LE (3F 00) = channels 0..5, ChMaskCntl 0, NbTrans 1..3
                "03503F0001", "03503F0003", "03203F0002", "03003F0001", "03403F0001", "03103F0003", "0350070002",
            };
            int deferred = 0;
            int impatient = 0;
            int pending = 0;
            for (int i = 0; i < 3000; i++)
            {
                h.Clock.Advance(random.Next(4) == 0 ? random.Next(0, 2_000) : random.Next(0, 120_000));
                h.Radio.ClearReplies();
                int reply = random.Next(10);
                if (reply == 0) { h.Radio.ReplyWith(h.Downlink(adr[random.Next(adr.Length)])); }
                else if (reply == 1) { h.Radio.ReplyNothing(); h.Radio.ReplyWith(h.Downlink(ack: true)); }

                int length = random.Next(0, 50);
                var payload = new byte[length];
                var status = h.State.PendingTransmissions > 0 && random.Next(2) == 0
                    ? h.Engine.ContinuePending(h.Result)
                    : h.Engine.Send(length == 0 ? -1 : 1 + random.Next(200), payload, 0, length, random.Next(3) == 0, h.Result);
                if (status == LoRaWanStatus.TransmissionsPending) { pending++; }
                if (status == LoRaWanStatus.TransmitDeferred)
                {
                    deferred++;
                    Assert.IsTrue(h.Result.NotBeforeMilliseconds > h.Engine.NowMilliseconds);
                    if (random.Next(2) == 0) { h.Clock.Advance(h.Result.WaitMilliseconds); } else { impatient++; }
                }
            }

            Assert.IsTrue(deferred > 100, $"the schedule must press against the limits ({deferred} deferrals)");
            Assert.IsTrue(impatient > 50);
            Assert.IsTrue(pending > 20, $"repetitions postponed and continued ({pending})");
            Assert.IsTrue(h.Radio.Transmissions.Count > 1000, h.Radio.Transmissions.Count.ToString());
            Assert.IsTrue(h.Radio.Transmissions.Select(t => t.Settings.FrequencyHz).Distinct().Count() >= 5, "several sub-bands used");

            foreach (var band in Eu868Bands)
            {
                var inBand = h.Radio.Transmissions
                    .Where(t => t.Settings.FrequencyHz >= band.LowMHz * 1e6 && t.Settings.FrequencyHz < band.HighMHz * 1e6)
                    .Select(t => (Start: (double)t.StartMilliseconds, Airtime: TimeOnAirMilliseconds(t.Settings.SpreadingFactor, t.Settings.BandwidthHz, t.Frame.Length)))
                    .ToList();
                for (int i = 1; i < inBand.Count; i++)
                {
                    // off-time after each transmission: T x (1/dc - 1) (the rule the ledger implements), 1 ms rounding slack
                    var previous = inBand[i - 1];
                    double earliest = previous.Start + previous.Airtime + (previous.Airtime * ((1 / band.DutyCycle) - 1));
                    Assert.IsTrue(inBand[i].Start >= earliest - 1.0, $"band {band.LowMHz}: transmission at {inBand[i].Start} before {earliest}");
                }

                for (int i = 0; i < inBand.Count; i++)
                {
                    // and at most dc x 1 h of airtime in any hour
                    double windowStart = inBand[i].Start;
                    double sum = inBand.Where(t => t.Start >= windowStart && t.Start < windowStart + 3_600_000).Sum(t => t.Airtime);
                    Assert.IsTrue(sum <= (band.DutyCycle * 3_600_000) + 1.0, $"band {band.LowMHz}: {sum} ms in the hour from {windowStart}");
                }
            }
        }

        [TestMethod]
        public void Us915NeverExceedsTheDwellTime()
        {
            var h = new MacHarness(RegionId.Us915);
            h.Radio.RealAirtime = true;
            h.State.Channels.SelectSubBand(2);
            var random = new Random(7);
            int tooLong = 0;
            for (int i = 0; i < 2000; i++)
            {
                h.Clock.Advance(random.Next(0, 60_000));
                h.Radio.ClearReplies();
                if (random.Next(8) == 0)
                {
                    // LinkADRReq DRx TX0, ChMaskCntl 7 (all 125 kHz off) + ChMask for 64..71 would leave 500 kHz only;
                    // keep it simple: ChMaskCntl 5 with block 2 on (0x0002), DR0..DR3, NbTrans 1..2
                    int dataRate = random.Next(0, 4);
                    h.Radio.ReplyWith(h.Downlink($"03{dataRate:X1}0" + "0200" + $"5{1 + random.Next(2):X1}"));
                }

                int length = random.Next(0, 60);
                var status = h.Engine.Send(1, new byte[length], 0, length, random.Next(4) == 0, h.Result);
                if (status == LoRaWanStatus.PayloadTooLong) { tooLong++; }
            }

            Assert.IsTrue(tooLong > 0, "some payloads are refused at low data rates");
            Assert.IsTrue(h.Radio.Transmissions.Count > 1000);
            foreach (var t in h.Radio.Transmissions)
            {
                double airtime = TimeOnAirMilliseconds(t.Settings.SpreadingFactor, t.Settings.BandwidthHz, t.Frame.Length);
                Assert.IsTrue(airtime <= 400.0, $"{airtime} ms at SF{t.Settings.SpreadingFactor}, {t.Frame.Length} bytes");
            }
        }
    }
}
