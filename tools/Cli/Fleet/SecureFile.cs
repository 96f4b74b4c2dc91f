// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Fleet;

/// <summary>
/// Writes files that hold keys: the whole content goes to a temporary file in the same folder (owner read/write
/// only on Unix, mode 600), is flushed to disk, and is then renamed over the target in one step, so a crash or a
/// full disk leaves either the old file or the new one, never half of one.
/// </summary>
public static class SecureFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Writes <paramref name="content"/> to a new file; refuses when <paramref name="path"/> exists.</summary>
    public static void CreateNew(string path, string content) => Write(path, System.Text.Encoding.UTF8.GetBytes(content), replace: false);

    /// <summary>Writes <paramref name="content"/> to a new file; refuses when <paramref name="path"/> exists.</summary>
    public static void CreateNew(string path, byte[] content) => Write(path, content, replace: false);

    /// <summary>Replaces the existing file at <paramref name="path"/> atomically.</summary>
    public static void Replace(string path, string content) => Write(path, System.Text.Encoding.UTF8.GetBytes(content), replace: true);

    /// <summary>Throws a <see cref="UsageException"/> naming <paramref name="path"/> when it exists.</summary>
    public static void RefuseExisting(string option, string path)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            throw new UsageException($"{option}: '{path}' already exists; scn never overwrites it: choose another name or move it away");
        }
    }

    private static void Write(string path, byte[] content, bool replace)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new DeviceIoException($"cannot write '{path}': folder '{folder}' does not exist");
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (replace)
            {
                File.Move(temporary, full, overwrite: true);
            }
            else
            {
                // File.Move without overwrite fails if the target appeared meanwhile: nothing is ever overwritten.
                File.Move(temporary, full, overwrite: false);
            }
        }
        catch (IOException e)
        {
            TryDelete(temporary);
            if (!replace && File.Exists(full))
            {
                throw new UsageException($"'{path}' already exists; scn never overwrites it: choose another name or move it away");
            }

            throw new DeviceIoException($"cannot write '{path}': {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            TryDelete(temporary);
            throw new DeviceIoException($"cannot write '{path}': {e.Message}");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the temporary name is unique and hidden, a leftover harms nothing.
        }
    }
}
