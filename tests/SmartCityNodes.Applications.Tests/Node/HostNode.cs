// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.TestSupport.Node;
using SmartCityNodes.TestSupport.Sensors;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>
    /// A BinNode on the host: the hardware (virtual clock = RTC, scripted radio, A02YYUW chip model, tilt switch,
    /// flash with power-cut injection, resetting watchdog) persists; the firmware (driver, application, runtime and
    /// everything they own) is built afresh at every wake, so state crosses wakes only through the simulated flash,
    /// as on the device where every deep-sleep wake is a reboot.
    /// </summary>
    internal sealed class HostNode
    {
        public readonly VirtualClock Clock = new VirtualClock(0);
        public readonly SimulatedFlashStorage Flash = new SimulatedFlashStorage(4);
        public readonly VirtualSleepController Sleep;
        public readonly ScriptedRadio Radio;
        public readonly HangingTiltSwitch Tilt;
        public readonly ResettingWatchdog Watchdog;
        public readonly PowerCutStorage Storage;
        public readonly TestNetworkServer Server = new TestNetworkServer();
        public readonly NodeRuntimeSettings Settings = new NodeRuntimeSettings { Battery = BatteryProfile.SaftLs33600() };
        public readonly List<SeenUplink> Uplinks = new();
        public readonly List<string> Log = new();
        private int _seenTransmissions;

        public HostNode()
        {
            Sleep = new VirtualSleepController(Clock);
            Radio = new ScriptedRadio(Clock);
            Tilt = new HangingTiltSwitch(Clock);
            Watchdog = new ResettingWatchdog(Clock);
            Storage = new PowerCutStorage(Flash, Clock);
        }

        public NodeRuntime Runtime { get; private set; } = null!;

        public BinNodeApplication Application { get; private set; } = null!;

        public NodeSleepDecision? LastDecision { get; private set; }

        public int Resets { get; private set; }

        public int PowerCuts { get; private set; }

        public int BatteryMillivolts { get; set; } = 3600;

        public int DistanceMillimetres { get; set; } = 600;

        public A02yyuwModel? Ranger { get; private set; }

        /// <summary>The configuration a technician commits through the console before the first boot.</summary>
        public static NodeConfiguration ProvisionedConfiguration()
        {
            var configuration = new NodeConfiguration();
            configuration.ResetToDefaults();
            configuration.Activation = ActivationMode.Otaa;
            configuration.DevEui = TestNetworkServer.DevEui;
            configuration.JoinEui = TestNetworkServer.JoinEui;
            Array.Copy(TestNetworkServer.AppKey, configuration.AppKey, 16);
            configuration.AppKeySet = true;
            configuration.Region = RegionId.Eu868;
            configuration.ReportIntervalSeconds = 900;
            configuration.HeartbeatIntervalSeconds = 21600;
            return configuration;
        }

        public void Provision(NodeConfiguration configuration)
        {
            var store = new ConfigurationStore(Flash, Settings.ConfigurationSlotA, Settings.ConfigurationSlotB, null);
            Assert.AreEqual(ConfigStatus.Ok, store.Commit(configuration));
        }

        /// <summary>Boots the firmware, runs wakes until it deep-sleeps, reboots or is reset, then executes that.</summary>
        public void Wake()
        {
            // Every deep-sleep wake and reset is a boot; the planner wakes the node this much before a deadline.
            Clock.AdvanceMicroseconds(Settings.Profile.BootMicroseconds);
            // The ranger is powered only while the node is awake: a fresh chip model per wake (its UART would
            // otherwise stream a sleep's worth of frames into the receive buffer).
            Ranger = new A02yyuwModel(Clock, null) { DistanceMillimetres = DistanceMillimetres };
            // The ranger on a switched rail, as the boards power it: always powered, its 8 mA idle current alone would
            // be over the 10-year budget and the runtime would stretch every interval.
            var measurement = new BinMeasurement(new A02yyuw(Ranger, Clock, null), null, Tilt, new SensorRail(new FakeOutputPin(), false, Clock));
            Application = new BinNodeApplication(measurement, new BinNodeParameters());
            Runtime = new NodeRuntime(Settings, Application, Radio, Clock, Sleep, Watchdog, Storage, new FixedBattery(this));
            NodeSleepDecision decision;
            try
            {
                int light = 0;
                while (true)
                {
                    decision = Runtime.RunWake();
                    if (Storage.Cut || decision.Kind != NodeSleepKind.Light)
                    {
                        break;
                    }

                    if (light < 5) Log.Add($"{Clock.UptimeMilliseconds}: light {decision.SleepMicroseconds} us faults {Runtime.Faults} {Runtime.LastException?.Message} mac {Runtime.Mac?.Result.Status} wait {Runtime.Mac?.Result.WaitMilliseconds} owed {Runtime.StatusOwed} notBefore {Runtime.Planner.NotBeforeMilliseconds} ack {Runtime.Planner.DeadlineMilliseconds(SmartCityNodes.Runtime.Planning.WakeTask.ApplyRemoteConfig)} macNow {Runtime.Mac?.NowMilliseconds} allowed {Runtime.Mac?.NextUplinkAllowedMilliseconds(11)}");
                    Assert.IsTrue(++light < 10000, "light-sleep loop never ends\n" + string.Join("\n", Log.Take(40)));
                    Sleep.LightSleep(decision.SleepMicroseconds, decision.WakePin, decision.WakeLevelHigh);
                }
            }
            catch (HardwareReset reset)
            {
                CollectUplinks(long.MaxValue);
                Resets++;
                Log.Add($"{Clock.UptimeMilliseconds}: reset {reset.Cause}");
                Clock.Advance(100);
                Sleep.WakeCause = reset.Cause;
                LastDecision = null;
                return;
            }

            if (Storage.Cut)
            {
                // Power died during a flash write: nothing after that instant happened.
                CollectUplinks(Storage.CutAtMicroseconds);
                PowerCuts++;
                Log.Add($"{Storage.CutAtMicroseconds / 1000}: power cut");
                Storage.Restore();
                Clock.Advance(5000);
                Sleep.WakeCause = WakeCause.PowerOn;
                LastDecision = null;
                return;
            }

            CollectUplinks(long.MaxValue);
            LastDecision = decision;
            Log.Add($"{Clock.UptimeMilliseconds}: {decision.Kind} {decision.SleepMicroseconds / 1000} ms faults {Runtime.Faults} {Runtime.LastException?.Message} mac {Runtime.Mac?.Result.Status} wait {Runtime.Mac?.Result.WaitMilliseconds} owed {Runtime.StatusOwed} due {Runtime.Planner.DueMask} notBefore {Runtime.Planner.NotBeforeMilliseconds}");
            if (decision.Kind == NodeSleepKind.Reboot)
            {
                Clock.AdvanceMicroseconds(decision.SleepMicroseconds);
                Sleep.WakeCause = WakeCause.SoftwareReset;
            }
            else
            {
                Sleep.DeepSleep(decision.SleepMicroseconds, decision.WakePin, decision.WakeLevelHigh);
            }
        }

        /// <summary>Wakes until the clock reaches <paramref name="untilMilliseconds"/>.</summary>
        public void RunUntil(long untilMilliseconds)
        {
            int guard = 0;
            while (Clock.UptimeMilliseconds < untilMilliseconds)
            {
                Assert.IsTrue(++guard < 100000, "too many wakes\n" + string.Join("\n", Log.Take(40)));
                Wake();
            }
        }

        /// <summary>Data uplinks on <paramref name="fPort"/> in the order they left.</summary>
        public List<SeenUplink> On(int fPort) => Uplinks.Where(u => u.FPort == fPort).ToList();

        private void CollectUplinks(long cutAtMicroseconds)
        {
            var transmissions = Radio.Transmissions;
            for (int i = _seenTransmissions; i < transmissions.Count; i++)
            {
                var tx = transmissions[i];
                if (tx.StartMilliseconds * 1000 >= cutAtMicroseconds)
                {
                    transmissions.RemoveRange(i, transmissions.Count - i);
                    break;
                }

                if (tx.Frame[0] == 0x00)
                {
                    Server.SessionFrom(tx.Frame);
                    Log.Add($"{tx.StartMilliseconds}: join request");
                    continue;
                }

                SeenUplink seen = Server.Decode(tx.Frame);
                seen.StartMilliseconds = tx.StartMilliseconds;
                Uplinks.Add(seen);
                Log.Add($"{tx.StartMilliseconds}: FCnt {seen.FCnt} port {seen.FPort} {seen.PayloadHex}");
            }

            _seenTransmissions = transmissions.Count;
        }

        private sealed class FixedBattery : IBatteryGauge
        {
            private readonly HostNode _node;

            public FixedBattery(HostNode node) => _node = node;

            public int ReadMillivolts() => _node.BatteryMillivolts;
        }
    }
}
