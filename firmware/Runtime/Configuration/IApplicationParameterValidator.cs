// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>
    /// The application's side of its own parameter block. The runtime carries the bytes and their version and
    /// never interprets them; each application defines its parameter classes, says here whether a block is valid,
    /// and writes a remote-configuration threshold (docs/payloads/remote-config.md, "Thresholds") into it.
    /// </summary>
    public interface IApplicationParameterValidator
    {
        /// <summary>Ok when the block is valid for this application; otherwise a status (e.g. OutOfRange, BadLength).</summary>
        /// <param name="version">Parameter block version.</param>
        /// <param name="buffer">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Length (0 = no parameters: the application's defaults).</param>
        ConfigStatus Validate(byte version, byte[] buffer, int offset, int length);

        /// <summary>
        /// Writes one threshold of a remote-configuration downlink into the candidate configuration's parameter block
        /// (<see cref="NodeConfiguration.ApplicationParameters"/>, its version and length, which the application may
        /// set when the block was empty). The runtime calls this on a scratch copy and validates the whole copy
        /// afterwards, so a rejected threshold changes nothing in force. The value is already inside the wire range
        /// of its id. Return Ok; UnknownField when this device kind has no such threshold (acknowledged as
        /// not-supported-on-device); OutOfRange when the value is not acceptable on this device (value-out-of-range).
        /// Must not allocate: it runs on the downlink hot path.
        /// </summary>
        /// <param name="thresholdId">Threshold id of the SetThreshold command (0x01..0x04 BinNode, 0x1_ AirNode, 0x2_ ParkingNode).</param>
        /// <param name="value">Value in the wire unit of that id.</param>
        /// <param name="candidate">The configuration being built from the downlink.</param>
        ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate);
    }
}
