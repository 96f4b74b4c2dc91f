// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Tools.NanoCompat;

// Usage:
//   NanoCompat <assembly.dll> [--allow Name1,Name2] [--references a.dll;b.dll]
//       Prints one MSBuild-format error or warning per finding; exits 1 when there is any error, 2 on bad usage.
//   NanoCompat <assembly.dll>... [--references ...] --allocation-report <out.md> [--static-constructor-report <out.md>]
//       Writes the generated reports of docs/ instead of checking.
//   NanoCompat <assembly.dll>... [--references ...] --allocations
//       Lists every method's allocations on nanoCLR (hot path or not), for finding what to change.
const string Usage = "usage: NanoCompat <netnano1.0 assembly>... [--allow A,B] [--references a.dll;b.dll] "
    + "[--allocation-report out.md] [--static-constructor-report out.md] [--allocations]";
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var assemblies = new List<string>();
var allowed = new List<string>();
var references = new List<string>();
string? allocationReport = null;
string? staticConstructorReport = null;
var listAllocations = false;
static string[] SplitList(string value) => value.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--allow" when i + 1 < args.Length:
            allowed.AddRange(SplitList(args[++i]));
            break;
        case "--references" when i + 1 < args.Length:
            references.AddRange(SplitList(args[++i]));
            break;
        case "--allocation-report" when i + 1 < args.Length:
            allocationReport = args[++i];
            break;
        case "--static-constructor-report" when i + 1 < args.Length:
            staticConstructorReport = args[++i];
            break;
        case "--allocations":
            listAllocations = true;
            break;
        default:
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"NanoCompat: unknown argument '{args[i]}'");
                Console.Error.WriteLine(Usage);
                return 2;
            }

            assemblies.Add(args[i]);
            break;
    }
}

var missing = assemblies.FirstOrDefault(a => !File.Exists(a));
if (assemblies.Count == 0 || missing != null)
{
    Console.Error.WriteLine(missing == null ? Usage : $"NanoCompat: no assembly at '{missing}'");
    return 2;
}

try
{
    if (allocationReport != null || staticConstructorReport != null || listAllocations)
    {
        var analysed = AllocationReport.Analyze(assemblies, references);
        if (allocationReport != null)
        {
            File.WriteAllText(allocationReport, AllocationReport.HotPaths(analysed, "UPDATE_DOCS=1 dotnet test --project tests/SmartCityNodes.Tools.Tests/SmartCityNodes.Tools.Tests.csproj"));
        }

        if (staticConstructorReport != null)
        {
            File.WriteAllText(staticConstructorReport, AllocationReport.StaticConstructors(analysed, "UPDATE_DOCS=1 dotnet test --project tests/SmartCityNodes.Tools.Tests/SmartCityNodes.Tools.Tests.csproj"));
        }

        if (listAllocations)
        {
            foreach (var method in analysed.SelectMany(a => a.Methods).Where(m => m.Findings.Count > 0).OrderBy(m => m.DisplayName, StringComparer.Ordinal))
            {
                var counted = method.Counted.ToList();
                Console.WriteLine($"{method.DisplayName}{(method.IsHotPath ? " [HotPath]" : string.Empty)}: {counted.Count} sites ({method.Findings.Count - counted.Count} on throw paths)");
                foreach (var finding in counted)
                {
                    Console.WriteLine("    " + finding.Describe());
                }
            }
        }

        return 0;
    }

    var errors = 0;
    foreach (var path in assemblies)
    {
        var violations = CompatibilityChecker.Check(path, allowed, references);
        foreach (var violation in violations)
        {
            Console.Error.WriteLine($"{path} : {violation.Severity} {violation.Code}: {violation.Location}: {violation.Detail}");
        }

        var pathErrors = violations.Count(v => v.Severity == "error");
        errors += pathErrors;
        Console.WriteLine(pathErrors == 0
            ? $"NanoCompat: {Path.GetFileName(path)} is nanoFramework-compatible ({violations.Count} warnings)"
            : $"NanoCompat: {Path.GetFileName(path)} has {pathErrors} nanoFramework incompatibilities");
    }

    return errors == 0 ? 0 : 1;
}
catch (BadImageFormatException e)
{
    Console.Error.WriteLine($"{assemblies[0]}: error NANO000: not a readable .NET assembly: {e.Message}");
    return 1;
}
