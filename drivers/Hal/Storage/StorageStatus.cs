// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>Outcome of an <see cref="IPersistentStorage"/> call. Faults are values: nothing here throws.</summary>
    public enum StorageStatus
    {
        /// <summary>Done.</summary>
        Ok = 0,

        /// <summary>The slot holds nothing yet (no file, or a freshly erased partition).</summary>
        Empty = 1,

        /// <summary>The slot number is outside 0..<see cref="IPersistentStorage.SlotCount"/>-1, or the byte range is outside the buffer.</summary>
        InvalidArgument = 2,

        /// <summary>More bytes than <see cref="IPersistentStorage.SlotCapacityBytes"/>.</summary>
        TooLarge = 3,

        /// <summary>The file system or flash reported an error (or, in a simulation, power is off).</summary>
        IoError = 4,
    }
}
