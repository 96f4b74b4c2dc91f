// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.IO.FileSystem 1.1.93.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.IO
{
    /// <summary>Static directory operations.</summary>
    public static class Directory
    {
        /// <summary>Creates the directory (and its parents) if missing.</summary>
        /// <param name="path">Directory path.</param>
        public static DirectoryInfo CreateDirectory(string path) => throw null;

        /// <summary>True when the directory exists.</summary>
        /// <param name="path">Directory path.</param>
        public static bool Exists(string path) => throw null;
    }
}
