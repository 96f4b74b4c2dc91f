// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Tools.NanoCompat;

namespace SmartCityNodes.Tools.Tests.NanoCompat;

/// <summary>
/// The generated reports in docs/ are regenerated from this build's netnano1.0 assemblies and compared with the
/// committed files, so they cannot go stale. <c>UPDATE_DOCS=1</c> rewrites them instead of comparing.
/// </summary>
[TestClass]
public sealed class AllocationReportTests
{
    private const string RegenerateCommand = "UPDATE_DOCS=1 dotnet test --project tests/SmartCityNodes.Tools.Tests/SmartCityNodes.Tools.Tests.csproj";

    private static string Metadata(string key) => typeof(AllocationReportTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;

    private static string RepositoryRoot => Metadata("RepositoryRoot");

    /// <summary>
    /// The netnano1.0 assembly of every project that has that build: portable projects (both builds, through
    /// $(PortableTargetFrameworks)) and device-only ones (netnano1.0 alone), except the compile-time facades in
    /// firmware/DeviceFacades, which are never deployed. tests/ and tools/ are host-only. Each must be a
    /// NanoReportedProject of this test project so it is built first.
    /// </summary>
    private static List<string> DeviceAssemblies()
    {
        var configuration = Metadata("Configuration");
        var assemblies = new List<string>();
        foreach (var folder in new[] { "drivers", "lorawan", "firmware" })
        {
            foreach (var project in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.csproj", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(project);
                var buildsForDevice = text.Contains("$(PortableTargetFrameworks)", StringComparison.Ordinal)
                    || text.Contains("<TargetFrameworks>netnano1.0</TargetFrameworks>", StringComparison.Ordinal)
                    || text.Contains("<TargetFramework>netnano1.0</TargetFramework>", StringComparison.Ordinal);
                // firmware/Images/*.ImageCheck compile the other projects' sources again as one assembly per image: reported once, by their own projects.
                if (!buildsForDevice || project.Contains("DeviceFacades", StringComparison.Ordinal)
                    || project.Contains(Path.Combine("firmware", "Images"), StringComparison.Ordinal))
                {
                    continue;
                }

                var name = Path.GetFileNameWithoutExtension(project);
                var assembly = Path.Combine(Path.GetDirectoryName(project)!, "bin", configuration, "netnano1.0", name + ".dll");
                Assert.IsTrue(File.Exists(assembly), $"{assembly} is not built: add {Path.GetRelativePath(RepositoryRoot, project)} to NanoReportedProject in SmartCityNodes.Tools.Tests.csproj");
                assemblies.Add(assembly);
            }
        }

        return assemblies.OrderBy(a => a, StringComparer.Ordinal).ToList();
    }

    /// <summary>mscorlib and the device facades (firmware/DeviceFacades), so their enums and structs are told apart.</summary>
    private static List<string> References()
    {
        var facades = Path.Combine(RepositoryRoot, "firmware", "DeviceFacades");
        var references = new List<string> { NanoFixtureCompiler.MscorlibPath };
        references.AddRange(Directory.EnumerateFiles(facades, "*.dll", SearchOption.AllDirectories)
            .Where(p => p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));
        return references;
    }

    private static void AssertCurrent(string relativePath, string generated)
    {
        var path = Path.Combine(RepositoryRoot, relativePath);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        Assert.IsTrue(File.Exists(path), $"{relativePath} is missing; run `{RegenerateCommand}`");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.AreEqual(committed, generated.ReplaceLineEndings("\n"), $"{relativePath} is stale; run `{RegenerateCommand}` and commit the result");
    }

    [TestMethod]
    public void HotPathReportIsCurrent()
    {
        var analysed = AllocationReport.Analyze(DeviceAssemblies(), References());
        Assert.IsTrue(analysed.Any(a => a.Assembly == "SmartCityNodes.LoRaWan"), "the LoRaWAN stack is among the analysed assemblies");
        AssertCurrent("docs/allocations-hot-paths.md", AllocationReport.HotPaths(analysed, RegenerateCommand));
    }

    [TestMethod]
    public void StaticConstructorReportIsCurrent()
    {
        // IL sizes differ between Debug and Release (Debug keeps nops and temporaries): the committed report is of the
        // Debug build, which `dotnet test` and CI build.
        if (Metadata("Configuration") != "Debug")
        {
            Assert.Inconclusive("docs/static-constructors.md describes the Debug build");
        }

        var analysed = AllocationReport.Analyze(DeviceAssemblies(), References());
        AssertCurrent("docs/static-constructors.md", AllocationReport.StaticConstructors(analysed, RegenerateCommand));
    }

    /// <summary>
    /// The static constructors of lorawan/ and drivers/ that may allocate, each with why it is deliberate (the same list
    /// is in docs/boot-budget.md). Anything else that allocates before <c>Main</c> on every wake fails
    /// <see cref="NoUndocumentedAllocatingStaticConstructorInTheStackOrTheDrivers"/>: make it trivial (constant data,
    /// lazy creation on first use, or an instance field made at start-up) or add it here with its reason.
    /// </summary>
    private static readonly Dictionary<string, string> DeliberateAllocatingStaticConstructors = new(StringComparer.Ordinal)
    {
        ["SmartCityNodes.LoRaWan.Mac.Crc32..cctor"] =
            "16-entry CRC-32 nibble table as constant data (one newarr + InitializeArray memcpy); the persisted MAC state is checked on every wake",
    };

    [TestMethod]
    public void NoUndocumentedAllocatingStaticConstructorInTheStackOrTheDrivers()
    {
        var ours = DeviceAssemblies()
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}lorawan{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || p.Contains($"{Path.DirectorySeparatorChar}drivers{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.IsTrue(ours.Count >= 3, "the stack, the HAL and the drivers are analysed: " + string.Join(", ", ours));

        var analysed = AllocationReport.Analyze(ours, References());
        var allocating = analysed
            .SelectMany(a => a.Methods)
            .Where(m => m.IsStaticConstructor && m.Findings.Count > 0)
            .ToList();

        var undocumented = allocating
            .Where(m => !DeliberateAllocatingStaticConstructors.ContainsKey(m.Method))
            .Select(m => $"{m.Method}: {Allocation.Summarize(m.Findings)}")
            .ToList();
        Assert.AreEqual(0, undocumented.Count, "static constructors that allocate on every wake: " + string.Join("; ", undocumented));

        // Each documented one stays small: constant data, one array, no table-building loop.
        foreach (var method in allocating)
        {
            Assert.AreEqual(1, method.Findings.Count, $"{method.Method}: {Allocation.Summarize(method.Findings)}");
            Assert.IsTrue(method.Findings.All(f => f.Kind == AllocationKind.NewArray), $"{method.Method}: {Allocation.Summarize(method.Findings)}");
        }
    }

    [TestMethod]
    public void CommandLineWritesTheReportAndExitsZero()
    {
        const string source = """
            namespace SmartCityNodes.Hal { public sealed class HotPathAttribute : System.Attribute { } }
            namespace Fixture { public static class P { [SmartCityNodes.Hal.HotPath] public static string Name(int v) { return "n" + v; } } }
            """;
        var directory = Directory.CreateTempSubdirectory("nanocompat-report-").FullName;
        try
        {
            var assembly = Path.Combine(directory, "Fixture.dll");
            var report = Path.Combine(directory, "report.md");
            File.WriteAllBytes(assembly, NanoFixtureCompiler.Compile("Fixture", source));
            var checker = typeof(CompatibilityChecker).Assembly.Location;
            var (exit, stderr) = CommandLine.Run("dotnet", $"\"{checker}\" \"{assembly}\" --references \"{NanoFixtureCompiler.MscorlibPath}\" --allocation-report \"{report}\"");
            Assert.AreEqual(0, exit, stderr);

            // "n" + v: Roslyn lowers it to ldstr "n"; ldarga v; call Int32.ToString(); call String.Concat(string, string)
            // (it calls ToString on a value-type operand instead of boxing it): one literal, two string-building calls.
            StringAssert.Contains(File.ReadAllText(report), "| `Fixture.P.Name(Int32)` | 3 | 1 string literal, 2 string building |");
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    [TestMethod]
    public void ReportListsMarkedMethodsWithTheirCounts()
    {
        // A fixture assembly stands in for ours: one clean hot path, one that allocates, one unmarked method.
        const string source = """
            namespace SmartCityNodes.Hal { public sealed class HotPathAttribute : System.Attribute { } }
            namespace Fixture
            {
                public static class Paths
                {
                    [SmartCityNodes.Hal.HotPath] public static int Clean(int v) { return v + 1; }
                    [SmartCityNodes.Hal.HotPath] public static object Boxes(int v) { return v; }
                    public static byte[] Setup() { return new byte[4]; }
                }
            }
            """;
        var path = Path.Combine(Path.GetTempPath(), $"Fixture-{Guid.NewGuid():N}.dll");
        File.WriteAllBytes(path, NanoFixtureCompiler.Compile("Fixture", source));
        try
        {
            var analysed = AllocationReport.Analyze(new[] { path }, new[] { NanoFixtureCompiler.MscorlibPath });
            var report = AllocationReport.HotPaths(analysed, "regenerate");
            StringAssert.Contains(report, "| `Fixture.Paths.Clean(Int32)` | 0 | none |");
            StringAssert.Contains(report, "| `Fixture.Paths.Boxes(Int32)` | 1 | 1 box |");
            Assert.IsFalse(report.Contains("Setup", StringComparison.Ordinal), report);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
