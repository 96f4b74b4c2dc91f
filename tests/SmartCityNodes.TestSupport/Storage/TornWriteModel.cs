// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Storage
{
    /// <summary>What a slot holds after power is cut at byte k of a write.</summary>
    public enum TornWriteModel
    {
        /// <summary>NOR flash: the slot's sectors were erased (0xFF) first, bytes 0..k-1 programmed (1→0 only), the rest still 0xFF.</summary>
        ErasedTail = 0,

        /// <summary>In-place overwrite: bytes 0..k-1 new, bytes k.. still the old record.</summary>
        OldTail = 1,

        /// <summary>File system: the file was truncated on open (FileMode.Create) and holds only bytes 0..k-1.</summary>
        TruncatedFile = 2,
    }
}
