// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Common
{
    /// <summary>Result of restoring an application's persisted state. On anything but <see cref="Ok"/> nothing was restored.</summary>
    public enum StateRecordStatus : byte
    {
        /// <summary>The state was restored.</summary>
        Ok = 0,

        /// <summary>The buffer holds fewer bytes than the record needs.</summary>
        TooShort = 1,

        /// <summary>The record's version byte is not one this code reads.</summary>
        WrongVersion = 2,

        /// <summary>A field holds a value the application can never have written.</summary>
        Corrupt = 3,
    }
}
