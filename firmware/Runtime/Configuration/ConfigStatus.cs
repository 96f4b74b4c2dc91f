// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>Outcome of parsing, validating, loading or committing configuration. Paired with a <see cref="ConfigField"/> naming the culprit.</summary>
    public enum ConfigStatus
    {
        /// <summary>Valid.</summary>
        Ok = 0,

        /// <summary>A value is not valid hexadecimal (or not a decimal number, or not one of the allowed words).</summary>
        BadSyntax = 1,

        /// <summary>A value has the wrong number of bytes (e.g. a 15-byte AppKey).</summary>
        BadLength = 2,

        /// <summary>A number or choice is outside its allowed range.</summary>
        OutOfRange = 3,

        /// <summary>Fields contradict each other (heartbeat shorter than report interval, low threshold above high, sub-band on a non-fixed plan).</summary>
        Inconsistent = 4,

        /// <summary>The application rejected its parameter block.</summary>
        ApplicationRejected = 5,

        /// <summary>The field is unknown.</summary>
        UnknownField = 6,

        /// <summary>No valid configuration record is stored: the built-in defaults are in force.</summary>
        NoRecord = 7,

        /// <summary>A stored record exists but is not valid (unknown version or a field out of range): defaults are in force.</summary>
        RecordInvalid = 8,

        /// <summary>Writing the record failed; the previous configuration stays in force.</summary>
        StorageFailed = 9,
    }
}
