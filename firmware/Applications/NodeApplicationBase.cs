// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.Payloads.Status;
using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Applications
{
    /// <summary>
    /// What the three application adapters share: the status message, the report decision read from the logic's
    /// <see cref="ReportReason"/>, the parameter block and threshold handling over each application's working parameters, no application downlinks. Allocation-free after construction.
    /// </summary>
    public abstract class NodeApplicationBase : INodeApplication
    {
        private readonly StatusReadings _status = new StatusReadings();
        private readonly DeviceKind _kind;

        /// <summary>Layout version of the application parameter blocks (docs/applications.md "Parameter blocks").</summary>
        public const byte ParameterBlockVersion = 1;

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

        /// <inheritdoc/>
        public abstract int MeasurementMicroamps { get; }

        /// <inheritdoc/>
        public abstract int SensorStandbyMicroamps { get; }

        /// <inheritdoc/>
        public virtual bool SensorWarmingUp => false;

        /// <inheritdoc/>
        public virtual bool NeedsLightSleep => false;

        /// <summary>Why the last measurement wants a report (<see cref="ReportReason.None"/>: no report).</summary>
        protected abstract ReportReason Reason { get; }

        /// <summary>Node time of the next measurement, set by <see cref="Measure"/>.</summary>
        protected long NextMeasurementAtMilliseconds { get; set; }

        /// <inheritdoc/>
        /// <remarks>
        /// An empty block means the application's start-up parameters. Otherwise the block must be of layout version
        /// <see cref="ParameterBlockVersion"/> and of that application's length, and every field must pass
        /// the parameters class's validation (docs/applications.md "Parameter blocks"). No allocation.
        /// </remarks>
        public ConfigStatus Validate(byte version, byte[] buffer, int offset, int length)
        {
            return LoadParameterBlock(version, buffer, offset, length) == null ? ConfigStatus.Ok : ConfigStatus.ApplicationRejected;
        }

        /// <inheritdoc/>
        /// <remarks>
        /// Reads the candidate's block (empty = start-up parameters), sets the field of <paramref name="thresholdId"/>
        /// converted from its wire unit (docs/payloads/remote-config.md "Thresholds"), validates the whole block and
        /// only then writes it back into <paramref name="candidate"/> with the layout version. Another device's id is
        /// UnknownField; a value the field's range refuses is OutOfRange; a value that breaks a rule between fields
        /// (a clear level at or above its raise level) is ApplicationRejected. A refusal leaves the candidate unchanged.
        /// </remarks>
        public ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate)
        {
            if (LoadParameterBlock(candidate.ApplicationParametersVersion, candidate.ApplicationParameters, 0, candidate.ApplicationParametersLength) != null)
            {
                return ConfigStatus.ApplicationRejected;
            }

            string field;
            ConfigStatus status = SetThreshold(thresholdId, value, out field);
            if (status != ConfigStatus.Ok)
            {
                return status;
            }

            string bad = ValidateParameterBlock();
            if (bad != null)
            {
                return bad == field ? ConfigStatus.OutOfRange : ConfigStatus.ApplicationRejected;
            }

            candidate.ApplicationParametersLength = WriteParameterBlock(candidate.ApplicationParameters, 0);
            candidate.ApplicationParametersVersion = ParameterBlockVersion;
            return ConfigStatus.Ok;
        }

        /// <summary>
        /// Loads the configuration's parameter block into the application's working parameters (start-up parameters
        /// for an empty block).
        /// </summary>
        /// <param name="configuration">Configuration in force.</param>
        /// <returns>True when the working parameters now hold a valid block.</returns>
        protected bool LoadParameterBlock(NodeConfiguration configuration)
        {
            return LoadParameterBlock(configuration.ApplicationParametersVersion, configuration.ApplicationParameters, 0, configuration.ApplicationParametersLength) == null;
        }

        /// <summary>Resets the working parameters to the start-up ones and reads the block over them.</summary>
        /// <param name="version">Layout version.</param>
        /// <param name="buffer">Block bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Block length (0 = start-up parameters).</param>
        /// <returns>Null when valid, else the name of the first bad field (<c>version</c> for an unknown layout).</returns>
        private string LoadParameterBlock(byte version, byte[] buffer, int offset, int length)
        {
            ResetWorkingParameters();
            if (length == 0)
            {
                return ValidateParameterBlock();
            }

            if (version != ParameterBlockVersion)
            {
                return nameof(version);
            }

            return ReadParameterBlock(buffer, offset, length);
        }

        /// <summary>Whether a threshold's wire value lies in the range the remote-configuration table gives it.</summary>
        /// <param name="value">Wire value.</param>
        /// <param name="minimum">Smallest wire value.</param>
        /// <param name="maximum">Largest wire value.</param>
        /// <returns>True inside the range.</returns>
        protected static bool InWireRange(int value, int minimum, int maximum)
        {
            return value >= minimum && value <= maximum;
        }

        /// <summary>Copies the start-up parameters into the working parameters.</summary>
        protected abstract void ResetWorkingParameters();

        /// <summary>Reads a version-1 block into the working parameters and validates them.</summary>
        /// <param name="buffer">Block bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Block length.</param>
        /// <returns>Null when valid, else the name of the first bad field.</returns>
        protected abstract string ReadParameterBlock(byte[] buffer, int offset, int length);

        /// <summary>Validates the working parameters.</summary>
        /// <returns>Null when valid, else the name of the first bad field.</returns>
        protected abstract string ValidateParameterBlock();

        /// <summary>Writes the working parameters as a version-1 block.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        protected abstract int WriteParameterBlock(byte[] buffer, int offset);

        /// <summary>Sets the working parameter of a threshold id of this device, converted from its wire unit.</summary>
        /// <param name="thresholdId">Threshold id (docs/payloads/remote-config.md).</param>
        /// <param name="value">Value in the wire unit.</param>
        /// <param name="field">Name of the parameter set (compared with the validation's answer).</param>
        /// <returns>Ok; UnknownField for an id this device does not have; OutOfRange outside the wire range.</returns>
        protected abstract ConfigStatus SetThreshold(byte thresholdId, int value, out string field);

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
