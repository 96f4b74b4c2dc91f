// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// The simulator's explicit per-phase energy model (docs/simulator.md "Energy model"). Every figure names its
    /// source; the ones marked "assumption" are not measured here and move the results proportionally.
    /// </summary>
    internal sealed class BoardEnergyProfile
    {
        /// <summary>Profile name shown in the summary.</summary>
        public string Name { get; set; } = "low-power ESP32 + SX1276 board";

        /// <summary>Board deep-sleep current: ESP32 chip with RTC timer and RTC memory, 10 µA (Espressif ESP32 Series Datasheet v3.5, table 6), on a board with a low-quiescent regulator and no USB bridge.</summary>
        public double SleepMicroamperes { get; set; } = 10;

        /// <summary>Radio sleep current: SX1276 0.2 µA (datasheet rev. 7, table 6, IDDSLEEP).</summary>
        public double RadioSleepMicroamperes { get; set; } = 0.2;

        /// <summary>CPU on, radio off: 40 mA (ESP32 datasheet table 6, modem-sleep 160 MHz dual-core 27–44 mA).</summary>
        public double AwakeMicroamperes { get; set; } = 40000;

        /// <summary>Awake time per wake (boot, nanoCLR start, assembly load, decision, state save): 800 ms, an assumption to replace by a bench figure (the same one `ParkingPollingBudget` uses).</summary>
        public double WakeMilliseconds { get; set; } = 800;

        /// <summary>MCU light sleep while waiting for RX1/RX2: 0.8 mA (ESP32 datasheet table 6, light sleep).</summary>
        public double ReceiveWaitMicroamperes { get; set; } = 800;

        /// <summary>Radio receive current: SX1276 10.8 mA (datasheet table 6, IDDR_L, LnaBoost off, BW 125 kHz, bands 2/3 is 11.5; 10.8 taken).</summary>
        public double RadioReceiveMicroamperes { get; set; } = 10800;

        /// <summary>Flash write (sector erase + page write of one record): 20 ms at the awake current. An assumption (typical NOR sector erase 18–45 ms).</summary>
        public double FlashWriteMilliseconds { get; set; } = 20;

        /// <summary>Battery capacity in mAh: one Saft LS 33600 Li-SOCl₂ D cell, 17 Ah nominal (Saft datasheet).</summary>
        public double BatteryCapacityMilliampereHours { get; set; } = 17000;

        /// <summary>Fraction of the capacity counted as usable over the lifetime (self-discharge, passivation, cut-off): 0.85, an assumption.</summary>
        public double UsableFraction { get; set; } = 0.85;

        /// <summary>
        /// SX1276 transmit current at a conducted power (datasheet rev. 7, table 10 "Power consumption specification":
        /// RFO_HF +13 dBm 29 mA, PA_BOOST +17 dBm 87 mA, +20 dBm 120 mA); the next step up is taken.
        /// </summary>
        public double TransmitMicroamperes(int conductedPowerDbm)
        {
            if (conductedPowerDbm <= 13)
            {
                return 29000;
            }

            return conductedPowerDbm <= 17 ? 87000 : 120000;
        }
    }
}
