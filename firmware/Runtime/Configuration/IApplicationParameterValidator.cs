// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>
    /// The application's check of its own parameter block. The runtime carries the bytes and their version and
    /// never interprets them; each application defines its parameter classes and says here whether a block is valid.
    /// </summary>
    public interface IApplicationParameterValidator
    {
        /// <summary>Ok when the block is valid for this application; otherwise a status (e.g. OutOfRange, BadLength).</summary>
        /// <param name="version">Parameter block version.</param>
        /// <param name="buffer">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Length (0 = no parameters: the application's defaults).</param>
        ConfigStatus Validate(byte version, byte[] buffer, int offset, int length);
    }
}
