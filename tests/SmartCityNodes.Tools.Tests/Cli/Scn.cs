// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Cli;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>Runs scn through its entry point (<see cref="CliApp.Run"/>) in a temporary working folder.</summary>
internal sealed class Scn : IDisposable
{
    public Scn()
    {
        Folder = Path.Combine(Path.GetTempPath(), "scn-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The temporary folder; deleted on dispose.</summary>
    public string Folder { get; }

    /// <summary>A path inside <see cref="Folder"/>.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>Runs scn with <paramref name="args"/>.</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Asserts a failure: the exit code, nothing on stdout, exactly one "error: ..." line on stderr containing <paramref name="expected"/>.</summary>
    public static void AssertFails(int expectedExit, string expected, (int Exit, string Output, string Error) result)
    {
        Assert.AreEqual(expectedExit, result.Exit, result.Error + result.Output);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual(1, lines.Length, result.Error);
        StringAssert.StartsWith(lines[0], "error: ");
        StringAssert.Contains(lines[0], expected);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder harms nothing.
        }
    }
}
