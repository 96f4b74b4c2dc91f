// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Flash;

/// <summary>
/// Finds nanoff, nanoFramework's firmware flasher (a .NET global tool: <c>dotnet tool install -g nanoff</c>,
/// nanoframework/nanoFirmwareFlasher README): a path given with <c>--nanoff</c>, else <c>nanoff</c> on PATH,
/// else the global-tools folder (<c>~/.dotnet/tools</c>) where <c>dotnet tool install -g</c> puts it even when
/// that folder is not on PATH.
/// </summary>
public static class NanoffLocator
{
    /// <summary>How to install nanoff, for error messages.</summary>
    public const string InstallHint = "install it with 'dotnet tool install -g nanoff' (then open a new shell, or pass --nanoff <path>)";

    /// <summary>The nanoff to run, or null when none is installed.</summary>
    /// <param name="explicitPath">The <c>--nanoff</c> value, or null.</param>
    /// <param name="onPath">Set to true when the result was found on PATH (so a plain <c>nanoff</c> runs it).</param>
    public static string? Find(string? explicitPath, out bool onPath)
    {
        onPath = false;
        if (explicitPath is not null)
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { "nanoff.exe", "nanoff.cmd" } : new[] { "nanoff" };
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    onPath = true;
                    return candidate;
                }
            }
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        foreach (var name in names)
        {
            var globalTool = Path.Combine(home, ".dotnet", "tools", name);
            if (File.Exists(globalTool))
            {
                return globalTool;
            }
        }

        return null;
    }
}
