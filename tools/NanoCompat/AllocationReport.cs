// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text;

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>
/// Writes the generated Markdown reports in docs/: the allocations of every <c>[HotPath]</c> method, and the static
/// constructors nanoCLR runs at every boot. The text depends only on the assemblies (no dates, no paths), so a test
/// can regenerate it and compare it with the committed file.
/// </summary>
public static class AllocationReport
{
    /// <summary>One analysed assembly: its name and its methods.</summary>
    public sealed record AssemblyAllocations(string Assembly, IReadOnlyList<MethodAllocations> Methods);

    /// <summary>
    /// Analyses each assembly; references are resolved from <paramref name="referencePaths"/>, the assemblies themselves
    /// and the other assemblies beside each (a build output folder holds its project and package references).
    /// </summary>
    public static List<AssemblyAllocations> Analyze(IEnumerable<string> assemblyPaths, IEnumerable<string> referencePaths)
    {
        var paths = assemblyPaths.ToList();
        var beside = paths.SelectMany(p => Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(p))!, "*.dll")).Order(StringComparer.Ordinal);
        var references = referencePaths.Concat(paths).Concat(beside).ToList();
        return paths
            .Select(p => new AssemblyAllocations(Path.GetFileNameWithoutExtension(p), AllocationAnalyzer.Analyze(p, references)))
            .OrderBy(a => a.Assembly, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The hot-path report: per <c>[HotPath]</c> method, its allocation sites by kind (all zero when the gate passes).</summary>
    public static string HotPaths(IReadOnlyList<AssemblyAllocations> assemblies, string regenerateCommand)
    {
        var text = Header("Allocations on nanoCLR in the hot paths", "HotPathReportIsCurrent", regenerateCommand);
        text.AppendLine("Every method marked `[HotPath]` (`SmartCityNodes.Hal.HotPathAttribute`), or declared in a type so marked, is");
        text.AppendLine("listed with the places where it takes memory from nanoCLR's managed heap, by the rules and reasons in");
        text.AppendLine("[nano-allocation-rules.md](nano-allocation-rules.md). The build fails (NANO006) on any site, so every row");
        text.AppendLine("of a green build reads 0. Sites only reached on the way to a `throw` (rejecting programmer misuse) are not");
        text.AppendLine("counted. Each count is of places in the code, not of allocations per call (a loop repeats its sites).");
        text.AppendLine();

        var any = false;
        foreach (var assembly in assemblies)
        {
            var hot = assembly.Methods.Where(m => m.IsHotPath).OrderBy(m => m.DisplayName, StringComparer.Ordinal).ToList();
            if (hot.Count == 0)
            {
                continue;
            }

            any = true;
            text.AppendLine($"## {assembly.Assembly}");
            text.AppendLine();
            text.AppendLine("| Method | Allocation sites | Sites by kind |");
            text.AppendLine("|---|---:|---|");
            foreach (var method in hot)
            {
                var counted = method.Counted.ToList();
                text.AppendLine($"| `{method.DisplayName}` | {counted.Count} | {Allocation.Summarize(counted)} |");
            }

            text.AppendLine();
            foreach (var method in hot.Where(m => m.Counted.Any()))
            {
                text.AppendLine($"- `{method.DisplayName}`: " + string.Join("; ", method.Counted.Select(f => f.Describe())));
            }

            if (hot.Any(m => m.Counted.Any()))
            {
                text.AppendLine();
            }
        }

        if (!any)
        {
            text.AppendLine("No method is marked `[HotPath]` yet in the analysed assemblies: " + string.Join(", ", assemblies.Select(a => a.Assembly)) + ".");
        }

        return text.ToString();
    }

    /// <summary>The boot-cost report: every static constructor with its IL size and what it allocates.</summary>
    public static string StaticConstructors(IReadOnlyList<AssemblyAllocations> assemblies, string regenerateCommand)
    {
        var text = Header("Static constructors nanoCLR runs at every boot", "StaticConstructorReportIsCurrent", regenerateCommand);
        text.AppendLine("nanoCLR runs the static constructor of every type of every deployed assembly before `Main`, and a node");
        text.AppendLine("reboots on every deep-sleep wake, so each row below is paid on every wake (why: [nano-allocation-rules.md](nano-allocation-rules.md#static-constructors-run-on-every-wake)).");
        text.AppendLine("The build warns (NANO007) for each one that allocates.");
        text.AppendLine();
        text.AppendLine("| Assembly | Static constructor | IL bytes | Allocation sites | Sites by kind |");
        text.AppendLine("|---|---|---:|---:|---|");
        var totalBytes = 0;
        var totalSites = 0;
        var count = 0;
        foreach (var assembly in assemblies)
        {
            foreach (var method in assembly.Methods.Where(m => m.IsStaticConstructor).OrderBy(m => m.DisplayName, StringComparer.Ordinal))
            {
                text.AppendLine($"| {assembly.Assembly} | `{method.Method}` | {method.IlSize} | {method.Findings.Count} | {Allocation.Summarize(method.Findings)} |");
                totalBytes += method.IlSize;
                totalSites += method.Findings.Count;
                count++;
            }
        }

        text.AppendLine($"| **all** | {count} static constructors | {totalBytes} | {totalSites} | |");
        return text.ToString();
    }

    private static StringBuilder Header(string title, string testName, string regenerateCommand)
    {
        var text = new StringBuilder();
        text.AppendLine("# " + title);
        text.AppendLine();
        text.AppendLine("Generated from the `netnano1.0` builds by NanoCompat; do not edit. The test");
        text.AppendLine($"`AllocationReportTests.{testName}` fails when this file differs from what the code gives;");
        text.AppendLine($"`{regenerateCommand}` rewrites it.");
        return text;
    }
}
