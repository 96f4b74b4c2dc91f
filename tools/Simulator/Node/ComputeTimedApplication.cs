// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Node;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// The image's application as the runtime sees it, plus the CPU time a host cannot see: the virtual clock only moves
    /// for modelled waits (sensor conversions, radio time, sleeps), so the managed code of a boot (configuration and
    /// state restore, MAC start) is advanced here, when the runtime applies the configuration at boot. The runtime then
    /// measures it on its RTC and books it as Compute, as it does with real time on the device.
    /// </summary>
    internal sealed class ComputeTimedApplication : DelegatingApplication
    {
        private readonly VirtualClock _clock;
        private readonly int _bootComputeMilliseconds;
        private bool _configured;

        public ComputeTimedApplication(INodeApplication inner, VirtualClock clock, int bootComputeMilliseconds)
            : base(inner)
        {
            _clock = clock;
            _bootComputeMilliseconds = bootComputeMilliseconds;
        }

        /// <summary>Called with the node time of every measurement (the harness checks deadlines with it).</summary>
        public Action<long>? Measured { get; set; }

        public override void Configure(NodeConfiguration configuration)
        {
            if (!_configured)
            {
                _configured = true;
                _clock.Advance(_bootComputeMilliseconds);
            }

            Inner.Configure(configuration);
        }

        public override int Measure(long nowMilliseconds)
        {
            Measured?.Invoke(nowMilliseconds);
            return Inner.Measure(nowMilliseconds);
        }
    }
}
