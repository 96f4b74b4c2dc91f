// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.TestSupport.Node
{
    /// <summary>
    /// An <see cref="INodeApplication"/> that hands every call to another one: the base of test and simulator wrappers
    /// that observe or add to a real application (override only the calls they change).
    /// </summary>
    public abstract class DelegatingApplication : INodeApplication
    {
        protected DelegatingApplication(INodeApplication inner) => Inner = inner;

        /// <summary>The wrapped application.</summary>
        public INodeApplication Inner { get; }

        public virtual byte DeviceKind => Inner.DeviceKind;
        public virtual int StateCapacityBytes => Inner.StateCapacityBytes;
        public virtual long NextMeasurementDueMilliseconds => Inner.NextMeasurementDueMilliseconds;
        public virtual bool ReportIsEvent => Inner.ReportIsEvent;
        public virtual int MeasurementMicroamps => Inner.MeasurementMicroamps;
        public virtual int SensorStandbyMicroamps => Inner.SensorStandbyMicroamps;
        public virtual bool SensorWarmingUp => Inner.SensorWarmingUp;
        public virtual bool NeedsLightSleep => Inner.NeedsLightSleep;

        public virtual ConfigStatus Validate(byte version, byte[] buffer, int offset, int length) => Inner.Validate(version, buffer, offset, length);
        public virtual ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate) => Inner.ApplyThreshold(thresholdId, value, candidate);
        public virtual void Configure(NodeConfiguration configuration) => Inner.Configure(configuration);
        public virtual int Measure(long nowMilliseconds) => Inner.Measure(nowMilliseconds);
        public virtual bool ShouldReport(long nowMilliseconds, out int reason) => Inner.ShouldReport(nowMilliseconds, out reason);
        public virtual int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort) => Inner.EncodeReport(buffer, offset, batteryMillivolts, out fPort);
        public virtual int EncodeStatus(byte[] buffer, int offset, NodeStatus status, out int fPort) => Inner.EncodeStatus(buffer, offset, status, out fPort);
        public virtual bool HandleDownlink(int fPort, byte[] payload, int offset, int length) => Inner.HandleDownlink(fPort, payload, offset, length);
        public virtual int WriteState(byte[] buffer, int offset) => Inner.WriteState(buffer, offset);
        public virtual bool ReadState(byte[] buffer, int offset, int length) => Inner.ReadState(buffer, offset, length);
    }
}
