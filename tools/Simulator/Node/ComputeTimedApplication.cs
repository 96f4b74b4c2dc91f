// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.TestSupport;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// The image's application as the runtime sees it, plus the CPU time a host cannot see: the virtual clock only moves
    /// for modelled waits (sensor conversions, radio time, sleeps), so the managed code of a boot (configuration and
    /// state restore, MAC start) is advanced here, when the runtime applies the configuration at boot. The runtime then
    /// measures it on its RTC and books it as Compute, as it does with real time on the device.
    /// </summary>
    internal sealed class ComputeTimedApplication : INodeApplication
    {
        private readonly INodeApplication _inner;
        private readonly VirtualClock _clock;
        private readonly int _bootComputeMilliseconds;
        private bool _configured;

        public ComputeTimedApplication(INodeApplication inner, VirtualClock clock, int bootComputeMilliseconds)
        {
            _inner = inner;
            _clock = clock;
            _bootComputeMilliseconds = bootComputeMilliseconds;
        }

        /// <summary>The image's application.</summary>
        public INodeApplication Inner => _inner;

        public byte DeviceKind => _inner.DeviceKind;
        public int StateCapacityBytes => _inner.StateCapacityBytes;
        public long NextMeasurementDueMilliseconds => _inner.NextMeasurementDueMilliseconds;
        public bool ReportIsEvent => _inner.ReportIsEvent;
        public int MeasurementMicroamps => _inner.MeasurementMicroamps;
        public int SensorStandbyMicroamps => _inner.SensorStandbyMicroamps;
        public bool SensorWarmingUp => _inner.SensorWarmingUp;
        public bool NeedsLightSleep => _inner.NeedsLightSleep;

        public void Configure(NodeConfiguration configuration)
        {
            if (!_configured)
            {
                _configured = true;
                _clock.Advance(_bootComputeMilliseconds);
            }

            _inner.Configure(configuration);
        }

        public ConfigStatus Validate(byte version, byte[] buffer, int offset, int length) => _inner.Validate(version, buffer, offset, length);
        public ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate) => _inner.ApplyThreshold(thresholdId, value, candidate);
        /// <summary>Called with the node time of every measurement (the harness checks deadlines with it).</summary>
        public Action<long>? Measured { get; set; }

        public int Measure(long nowMilliseconds)
        {
            Measured?.Invoke(nowMilliseconds);
            return _inner.Measure(nowMilliseconds);
        }
        public bool ShouldReport(long nowMilliseconds, out int reason) => _inner.ShouldReport(nowMilliseconds, out reason);
        public int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort) => _inner.EncodeReport(buffer, offset, batteryMillivolts, out fPort);
        public int EncodeStatus(byte[] buffer, int offset, NodeStatus status, out int fPort) => _inner.EncodeStatus(buffer, offset, status, out fPort);
        public bool HandleDownlink(int fPort, byte[] payload, int offset, int length) => _inner.HandleDownlink(fPort, payload, offset, length);
        public int WriteState(byte[] buffer, int offset) => _inner.WriteState(buffer, offset);
        public bool ReadState(byte[] buffer, int offset, int length) => _inner.ReadState(buffer, offset, length);
    }
}
