// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.Payloads.Status;
using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Applications
{
    /// <summary>
    /// What the three application adapters share: the status message, the report decision read from the logic's
    /// <see cref="ReportReason"/>, the empty parameter block, no application downlinks. Allocation-free after construction.
    /// </summary>
    public abstract class NodeApplicationBase : INodeApplication
    {
        private readonly StatusReadings _status = new StatusReadings();
        private readonly DeviceKind _kind;

        /// <summary>Creates the shared part.</summary>
        /// <param name="kind">Device kind of the status message.</param>
        protected NodeApplicationBase(DeviceKind kind)
        {
            _kind = kind;
        }

        /// <inheritdoc/>
        public byte DeviceKind => (byte)_kind;

        /// <inheritdoc/>
        public abstract int StateCapacityBytes { get; }

        /// <inheritdoc/>
        public long NextMeasurementDueMilliseconds => NextMeasurementAtMilliseconds;

        /// <inheritdoc/>
        public bool ReportIsEvent => (Reason & ReportReason.Event) != 0;

        /// <summary>Why the last measurement wants a report (<see cref="ReportReason.None"/>: no report).</summary>
        protected abstract ReportReason Reason { get; }

        /// <summary>Node time of the next measurement, set by <see cref="Measure"/>.</summary>
        protected long NextMeasurementAtMilliseconds { get; set; }

        /// <inheritdoc/>
        public ConfigStatus Validate(byte version, byte[] buffer, int offset, int length)
        {
            // No binary parameter block is defined for the applications yet: only "none" (their defaults) is valid.
            return length == 0 ? ConfigStatus.Ok : ConfigStatus.ApplicationRejected;
        }

        /// <inheritdoc/>
        /// <remarks>
        /// Application thresholds travel in the application parameter block, and no binary layout of that block is
        /// defined yet (see <see cref="Validate"/>): every threshold id is answered UnknownField, which the remote
        /// configuration sends back as "not supported on this device" and which changes nothing.
        /// </remarks>
        public ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate)
        {
            return ConfigStatus.UnknownField;
        }

        /// <inheritdoc/>
        public abstract void Configure(NodeConfiguration configuration);

        /// <inheritdoc/>
        public abstract int Measure(long nowMilliseconds);

        /// <inheritdoc/>
        public bool ShouldReport(long nowMilliseconds, out int reason)
        {
            reason = (int)Reason;
            return Reason != ReportReason.None;
        }

        /// <inheritdoc/>
        public abstract int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort);

        /// <inheritdoc/>
        public int EncodeStatus(byte[] buffer, int offset, NodeStatus status, out int fPort)
        {
            return StatusMessage.Encode(buffer, offset, _kind, status, _status, out fPort);
        }

        /// <inheritdoc/>
        public virtual bool HandleDownlink(int fPort, byte[] payload, int offset, int length)
        {
            return false; // settings arrive as remote configuration, which the runtime handles
        }

        /// <inheritdoc/>
        public abstract int WriteState(byte[] buffer, int offset);

        /// <inheritdoc/>
        public abstract bool ReadState(byte[] buffer, int offset, int length);
    }
}
