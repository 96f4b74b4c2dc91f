// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.IO.FileSystem 1.1.93.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.IO
{
    /// <summary>Static file operations.</summary>
    public static class File
    {
        /// <summary>True when the file exists.</summary>
        /// <param name="path">File path.</param>
        public static bool Exists(string path) => throw null;
    }
}
