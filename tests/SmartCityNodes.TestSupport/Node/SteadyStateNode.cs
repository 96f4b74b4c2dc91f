// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Region;
using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.TestSupport.Radio;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.TestSupport.Node
{
    /// <summary>
    /// An ABP EU868 node (NodeRuntime over a scripted radio, simulated flash, virtual clock) kept in one process and
    /// woken again and again at its planned time: the steady-state wake of the benchmarks and allocation checks.
    /// Construct, call <see cref="Start"/> (boot work and first uplinks), then <see cref="NextWake"/> per wake.
    /// </summary>
    public sealed class SteadyStateNode
    {
        /// <summary>The ABP session: DevAddr 26011BDA, NwkSKey A0A1..AF, AppSKey B0B1..BF.</summary>
        public const uint DevAddr = 0x26011BDA;
        public static readonly byte[] NetworkSessionKey = Enumerable.Range(0xA0, 16).Select(i => (byte)i).ToArray();
        public static readonly byte[] ApplicationSessionKey = Enumerable.Range(0xB0, 16).Select(i => (byte)i).ToArray();

        public readonly VirtualClock Clock = new VirtualClock(0);
        public readonly SimulatedFlashStorage Flash = new SimulatedFlashStorage(4);
        public readonly ScriptedRadio Radio;
        public readonly VirtualSleepController Sleep;
        public readonly NodeRuntime Runtime;
        public readonly INodeApplication Application;

        public SteadyStateNode(INodeApplication application)
            : this(clock => application, false)
        {
        }

        /// <summary>A node whose application is built on the node's clock (sensor chip models share it).</summary>
        /// <param name="createApplication">Builds the application.</param>
        /// <param name="recordRadio">Keep every frame in <see cref="ScriptedRadio.Transmissions"/> (allocates; not for benchmarks).</param>
        public SteadyStateNode(Func<VirtualClock, INodeApplication> createApplication, bool recordRadio)
        {
            Application = createApplication(Clock);
            Radio = new ScriptedRadio(Clock) { Recording = recordRadio };
            Sleep = new VirtualSleepController(Clock);
            var settings = new NodeRuntimeSettings { Battery = BatteryProfile.SaftLs33600() };
            var configuration = new NodeConfiguration();
            configuration.ResetToDefaults();
            configuration.Activation = ActivationMode.Abp;
            configuration.DevAddr = DevAddr;
            Array.Copy(NetworkSessionKey, configuration.NetworkSessionKey, 16);
            Array.Copy(ApplicationSessionKey, configuration.ApplicationSessionKey, 16);

            configuration.NetworkSessionKeySet = true;
            configuration.ApplicationSessionKeySet = true;
            configuration.Region = RegionId.Eu868;
            configuration.ReportIntervalSeconds = 900;
            var store = new ConfigurationStore(Flash, settings.ConfigurationSlotA, settings.ConfigurationSlotB, null);
            if (store.Commit(configuration) != ConfigStatus.Ok)
            {
                throw new InvalidOperationException("configuration rejected");
            }

            Runtime = new NodeRuntime(settings, Application, Radio, Clock, Sleep, null, Flash, null);
        }

        /// <summary>The first wake (boot work: configuration, state, MAC start) and a day of wakes after it.</summary>
        public void Start()
        {
            for (int i = 0; i < 200; i++)
            {
                NextWake();
            }
        }

        /// <summary>One wake at the planned time; returns the sleep decision's wake time.</summary>
        public long NextWake()
        {
            NodeSleepDecision decision = Runtime.RunWake();
            Sleep.LightSleep(decision.SleepMicroseconds, decision.WakePin, decision.WakeLevelHigh);
            return decision.WakeAtMilliseconds;
        }
    }
}
