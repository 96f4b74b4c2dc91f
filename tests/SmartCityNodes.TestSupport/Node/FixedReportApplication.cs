// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.TestSupport.Node
{
    /// <summary>
    /// The smallest <see cref="INodeApplication"/>: measures nothing, reports a fixed 8-byte payload on FPort 1 at every
    /// measurement, every <see cref="NodeConfiguration.ReportIntervalSeconds"/>. Isolates the runtime's own path in
    /// benchmarks and allocation checks.
    /// </summary>
    public sealed class FixedReportApplication : INodeApplication
    {
        private readonly byte[] _state = new byte[4];
        private long _intervalMilliseconds = 900_000;
        private long _next;

        public byte DeviceKind => 1;

        public int StateCapacityBytes => _state.Length;

        public long NextMeasurementDueMilliseconds => _next;

        public bool ReportIsEvent => false;

        public int Measurements { get; private set; }

        /// <summary>No sensors: nothing drawn during or between measurements, no rail held.</summary>
        public int MeasurementMicroamps => 0;

        public int SensorStandbyMicroamps => 0;

        public bool SensorWarmingUp => false;

        public bool NeedsLightSleep => false;

        public ConfigStatus Validate(byte version, byte[] buffer, int offset, int length) => ConfigStatus.Ok;

        public ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate) => ConfigStatus.UnknownField;

        public void Configure(NodeConfiguration configuration) => _intervalMilliseconds = configuration.ReportIntervalSeconds * 1000L;

        public int Measure(long nowMilliseconds)
        {
            Measurements++;
            _next = nowMilliseconds + _intervalMilliseconds;
            return 0;
        }

        public bool ShouldReport(long nowMilliseconds, out int reason)
        {
            reason = 1;
            return true;
        }

        public int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort)
        {
            fPort = 1;
            for (int i = 0; i < 8; i++)
            {
                buffer[offset + i] = (byte)(0x10 + i);
            }

            return 8;
        }

        /// <summary>Status messages asked for.</summary>
        public int StatusEncodes { get; private set; }

        /// <summary>When true the status encoder fails (returns 0), as an application bug would.</summary>
        public bool StatusEncoderFails { get; set; }

        public int EncodeStatus(byte[] buffer, int offset, NodeStatus status, out int fPort)
        {
            StatusEncodes++;
            fPort = 10;
            if (StatusEncoderFails)
            {
                return 0;
            }

            buffer[offset] = 0x18;
            return 1;
        }

        public bool HandleDownlink(int fPort, byte[] payload, int offset, int length) => false;

        public int WriteState(byte[] buffer, int offset)
        {
            buffer[offset] = (byte)Measurements;
            return 1;
        }

        public bool ReadState(byte[] buffer, int offset, int length) => length == 1;
    }
}
