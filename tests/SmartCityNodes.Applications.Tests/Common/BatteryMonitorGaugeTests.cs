// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Battery;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.TestSupport.Node;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Applications.Tests.Common
{
    /// <summary>
    /// The runtime's battery gauge over the battery monitor: millivolts of a valid reading, 0 for a fault, nothing
    /// allocated per reading, and the value the runtime puts into the status message and every report.
    /// </summary>
    [TestClass]
    public sealed class BatteryMonitorGaugeTests
    {
        // 100 kΩ / 100 kΩ at 3900 mV full scale (the TTGO's divider): 2100 counts = 2000 mV at the pin = 4000 mV battery
        // (2100 × 3900 × 200 000 / (4095 × 100 000) = 4000).
        private static BatteryMonitorGauge Gauge(FakeAdcChannel adc) =>
            new BatteryMonitorGauge(new BatteryMonitor(adc, new VirtualClock(), 3900, 100_000, 100_000, StateOfChargeCurves.LithiumIon, null));

        [TestMethod]
        public void ValidReadingGivesTheBatteryMillivolts()
        {
            BatteryMonitorGauge gauge = Gauge(new FakeAdcChannel(4095, 2100));

            Assert.AreEqual(4000, gauge.ReadMillivolts());
            Assert.AreEqual(SensorStatus.Ok, gauge.LastReading.Status);
        }

        [TestMethod]
        [DataRow(4095, SensorStatus.OutOfRange, DisplayName = "input saturated")]
        [DataRow(0, SensorStatus.NoData, DisplayName = "nothing connected")]
        public void FaultyReadingIsZeroNotAVoltage(int raw, SensorStatus status)
        {
            BatteryMonitorGauge gauge = Gauge(new FakeAdcChannel(4095, raw));

            Assert.AreEqual(0, gauge.ReadMillivolts());
            Assert.AreEqual(status, gauge.LastReading.Status);
        }

        [TestMethod]
        public void ReadingAllocatesNothing()
        {
            BatteryMonitorGauge gauge = Gauge(new FakeAdcChannel(4095, 2100, 2101));
            gauge.ReadMillivolts();

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                gauge.ReadMillivolts();
            }

            Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [TestMethod]
        public void NullMonitorIsRefused()
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => new BatteryMonitorGauge(null!));
        }

        [TestMethod]
        public void TheRuntimePutsTheGaugeIntoTheStatusMessageAndTheReports()
        {
            var clock = new VirtualClock(0);
            var flash = new SimulatedFlashStorage(4);
            var settings = new NodeRuntimeSettings();
            var configuration = new NodeConfiguration();
            configuration.ResetToDefaults();
            configuration.Activation = ActivationMode.Abp;
            configuration.DevAddr = SteadyStateNode.DevAddr;
            Array.Copy(SteadyStateNode.NetworkSessionKey, configuration.NetworkSessionKey, 16);
            Array.Copy(SteadyStateNode.ApplicationSessionKey, configuration.ApplicationSessionKey, 16);
            configuration.NetworkSessionKeySet = true;
            configuration.ApplicationSessionKeySet = true;
            configuration.Region = RegionId.Eu868;
            Assert.AreEqual(ConfigStatus.Ok, new ConfigurationStore(flash, settings.ConfigurationSlotA, settings.ConfigurationSlotB, null).Commit(configuration));
            var application = new BatteryRecordingApplication();
            var runtime = new NodeRuntime(settings, application, new ScriptedRadio(clock), clock, new VirtualSleepController(clock), null, flash,
                Gauge(new FakeAdcChannel(4095, 2100)));

            runtime.RunWake(); // power-on: the start-up status message, then the first report

            CollectionAssert.AreEqual(new[] { 4000 }, application.StatusMillivolts);
            CollectionAssert.AreEqual(new[] { 4000 }, application.ReportMillivolts);
        }

        /// <summary>The fixed-report application, recording the battery the runtime hands to each encoder.</summary>
        private sealed class BatteryRecordingApplication : DelegatingApplication
        {
            public BatteryRecordingApplication()
                : base(new FixedReportApplication())
            {
            }

            public List<int> StatusMillivolts { get; } = new();

            public List<int> ReportMillivolts { get; } = new();

            public override int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort)
            {
                ReportMillivolts.Add(batteryMillivolts);
                return Inner.EncodeReport(buffer, offset, batteryMillivolts, out fPort);
            }

            public override int EncodeStatus(byte[] buffer, int offset, NodeStatus status, out int fPort)
            {
                StatusMillivolts.Add(status.BatteryMillivolts);
                return Inner.EncodeStatus(buffer, offset, status, out fPort);
            }
        }
    }
}
