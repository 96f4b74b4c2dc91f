// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.System.IO.FileSystem 1.1.93.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace System.IO
{
    /// <summary>
    /// A file as a stream. The package's derives from System.IO.Streams' Stream (which is IDisposable); the facade
    /// leaves the base class out and declares the members our adapter calls, which compiles the same source.
    /// </summary>
    public class FileStream : IDisposable
    {
        /// <summary>Opens the file.</summary>
        /// <param name="path">File path.</param>
        /// <param name="mode">How to open it.</param>
        public FileStream(string path, FileMode mode) => throw null;

        /// <summary>Length in bytes.</summary>
        public long Length => throw null;

        /// <summary>Reads up to count bytes; returns how many (0 at the end).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Most bytes.</param>
        public int Read(byte[] buffer, int offset, int count) => throw null;

        /// <summary>Writes count bytes.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Bytes.</param>
        public void Write(byte[] buffer, int offset, int count) => throw null;

        /// <summary>Writes buffered data to the file system.</summary>
        public void Flush() => throw null;

        /// <summary>Closes the file.</summary>
        public void Dispose() => throw null;
    }
}
