// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Diagnostics;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// A pseudo-terminal pair made by socat (<c>socat -d -d pty,raw,echo=0 pty,raw,echo=0</c>): two serial-like device
/// files, what is written to one is read from the other. .ci/run installs socat; a missing socat fails the test.
/// </summary>
internal sealed class PtyPair : IDisposable
{
    private readonly Process socat;

    public PtyPair(string folder)
    {
        NodePath = Path.Combine(folder, "node-tty");
        HostPath = Path.Combine(folder, "host-tty");
        var start = new ProcessStartInfo("socat")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-d", "-d", $"pty,raw,echo=0,link={NodePath}", $"pty,raw,echo=0,link={HostPath}" })
        {
            start.ArgumentList.Add(argument);
        }

        socat = Process.Start(start) ?? throw new InvalidOperationException("socat did not start");
        socat.BeginErrorReadLine();
        socat.BeginOutputReadLine();

        // socat creates both links before it starts relaying; give it up to 10 s on a loaded machine.
        for (var i = 0; i < 1000 && !(File.Exists(NodePath) && File.Exists(HostPath)); i++)
        {
            if (socat.HasExited)
            {
                throw new InvalidOperationException($"socat exited with {socat.ExitCode} before making the pair");
            }

            Thread.Sleep(10);
        }

        Assert.IsTrue(File.Exists(NodePath) && File.Exists(HostPath), "socat made no pseudo-terminal pair within 10 s");
    }

    /// <summary>The node's end (a symlink to /dev/pts/N).</summary>
    public string NodePath { get; }

    /// <summary>The technician tool's end.</summary>
    public string HostPath { get; }

    public void Dispose()
    {
        if (!socat.HasExited)
        {
            socat.Kill();
            socat.WaitForExit(5000);
        }

        socat.Dispose();
    }
}
