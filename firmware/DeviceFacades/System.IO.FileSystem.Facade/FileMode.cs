// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.IO.FileSystem 1.1.93.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.IO
{
    /// <summary>How a file is opened (FileMode.cs of the package).</summary>
    public enum FileMode
    {
        /// <summary>New file; fails if it exists.</summary>
        CreateNew = 1,

        /// <summary>New file, or truncate an existing one.</summary>
        Create = 2,

        /// <summary>Existing file; fails if missing.</summary>
        Open = 3,

        /// <summary>Existing file or a new one.</summary>
        OpenOrCreate = 4,

        /// <summary>Existing file, truncated.</summary>
        Truncate = 5,

        /// <summary>Existing file, positioned at its end.</summary>
        Append = 6,
    }
}
