// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Diagnostics;

namespace SmartCityNodes.Cli.Flash;

/// <summary>Runs an external program, copying its output and error lines to the command output (so scn's own stderr stays one line).</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="program"/> and returns its exit code.</summary>
    public static int Run(string program, IReadOnlyList<string> arguments, TextWriter output)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        var gate = new object();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (gate)
                {
                    output.WriteLine(e.Data);
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (gate)
                {
                    output.WriteLine(e.Data);
                }
            }
        };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new DeviceIoException($"cannot start '{program}': {e.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return process.ExitCode;
    }
}
