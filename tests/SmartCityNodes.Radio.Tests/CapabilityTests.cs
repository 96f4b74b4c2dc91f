// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Radio.Sx127x;
using SmartCityNodes.Hal.Radio;

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>
    /// What each radio reports it can do, so the MAC can refuse a frame before it spends a counter. Expected values are
    /// the datasheets' limits combined with the board's wiring, not the drivers' constants.
    /// </summary>
    [TestClass]
    public sealed class CapabilityTests : ChipModelTest
    {
        [TestMethod]
        public void Sx1276OnPaBoostReportsTwoToTwentyDbmAndItsTuningRange()
        {
            // SX1276 datasheet rev 7 §5.4.2: PA_BOOST gives Pout = 17 - (15 - OutputPower) = 2..17 dBm, and +20 dBm with
            // RegPaDac 0x87 (§5.4.3). The TTGO LoRa32 v2.1 wires PA_BOOST and allows 20 dBm.
            // §2.2 frequency bands: 137 MHz (band 3 bottom) to 1020 MHz (band 1 top).
            IRadio radio = new Sx1276Rig().Radio;
            Assert.AreEqual(2, radio.MinPowerDbm);
            Assert.AreEqual(20, radio.MaxPowerDbm);
            Assert.AreEqual(137000000u, radio.MinFrequencyHz);
            Assert.AreEqual(1020000000u, radio.MaxFrequencyHz);
        }

        [TestMethod]
        public void Sx1276BoardLimitBelowThePaLimitWins()
        {
            Sx127xBoardProfile board = TtgoLoRa32V21.CreateRadioProfile();
            board.MaxPowerDbm = 14;
            IRadio radio = new Sx1276Rig(board: board).Radio;
            Assert.AreEqual(14, radio.MaxPowerDbm);
        }

        [TestMethod]
        public void Sx1276OnRfoReportsMinusFourToFourteenDbm()
        {
            // RFO: Pout = Pmax - (15 - OutputPower), Pmax 10.8 + 0.6 × MaxPower: -4.2 dBm (MaxPower 0, OutputPower 0)
            // to 15 dBm (MaxPower 7, OutputPower 15); the driver's table stops at 14 dBm (datasheet §5.4.2 RFO_LF/HF).
            Sx127xBoardProfile board = TtgoLoRa32V21.CreateRadioProfile();
            board.PaOutput = PaOutput.Rfo;
            board.MaxPowerDbm = 20;
            IRadio radio = new Sx1276Rig(board: board).Radio;
            Assert.AreEqual(-4, radio.MinPowerDbm);
            Assert.AreEqual(14, radio.MaxPowerDbm);
        }

        [TestMethod]
        public void Sx1262ReportsMinusNineToTwentyTwoDbmAndItsTuningRange()
        {
            // DS_SX1261-2 V2.1 §13.4.4 SetTxParams: SX1262 power -9..+22 dBm; §3.1: 150–960 MHz.
            IRadio radio = new Sx1262Rig().Radio;
            Assert.AreEqual(-9, radio.MinPowerDbm);
            Assert.AreEqual(22, radio.MaxPowerDbm);
            Assert.AreEqual(150000000u, radio.MinFrequencyHz);
            Assert.AreEqual(960000000u, radio.MaxFrequencyHz);
        }
    }
}
