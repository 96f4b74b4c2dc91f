// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime
{
    /// <summary>Outcome of reading one of the runtime's persisted records (energy ledger, wake plan).</summary>
    public enum RuntimeRecordStatus
    {
        /// <summary>Read and applied.</summary>
        Ok = 0,

        /// <summary>Fewer bytes than the record needs; nothing changed.</summary>
        TooShort = 1,

        /// <summary>The first bytes are not this record's magic; nothing changed.</summary>
        WrongMagic = 2,

        /// <summary>A version or layout this firmware does not read; nothing changed.</summary>
        UnsupportedVersion = 3,

        /// <summary>The CRC-32 does not match (torn or corrupted write); nothing changed.</summary>
        CrcMismatch = 4,

        /// <summary>A field is out of its range although the CRC matched; nothing changed.</summary>
        FieldOutOfRange = 5,
    }
}
