// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.IO.FileSystem 1.1.93.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.IO
{
    /// <summary>A directory (the package's derives from FileSystemInfo; left out, nothing here uses it).</summary>
    public sealed class DirectoryInfo
    {
        private DirectoryInfo() => throw null;
    }
}
