// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Provisioning
{
    /// <summary>Error codes of the provisioning console (<c>ERR &lt;code&gt; &lt;field&gt; &lt;text&gt;</c>, docs/provisioning-console.md). Never renumber.</summary>
    public enum ConsoleError
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>The line has no <c>*XX</c> checksum, or it does not match.</summary>
        BadChecksum = 1,

        /// <summary>The line is longer than the maximum; it was discarded.</summary>
        LineTooLong = 2,

        /// <summary>The command word is not known.</summary>
        UnknownCommand = 3,

        /// <summary>Wrong number of arguments, or a character outside printable ASCII.</summary>
        BadSyntax = 4,

        /// <summary>The field name is not known.</summary>
        UnknownField = 5,

        /// <summary>The value is not valid hex, not a number or not one of the allowed words.</summary>
        BadValue = 6,

        /// <summary>The value has the wrong number of hex digits.</summary>
        BadLength = 7,

        /// <summary>The value is outside the field's range.</summary>
        OutOfRange = 8,

        /// <summary>At COMMIT: fields contradict each other.</summary>
        Inconsistent = 9,

        /// <summary>At COMMIT: the application rejected its parameters.</summary>
        ApplicationRejected = 10,

        /// <summary>At COMMIT: writing flash failed; the previous configuration stays in force.</summary>
        StorageFailed = 11,

        /// <summary>JOIN refused: the configuration in force has no keys.</summary>
        Unprovisioned = 12,
    }
}
