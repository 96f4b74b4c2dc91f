// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Tools.NanoCompat;

// Usage: NanoCompat <assembly.dll> [--allow Name1,Name2]
// Prints one MSBuild-format error per finding and exits 1 when there is any; 2 on bad usage.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: NanoCompat <netnano1.0 assembly> [--allow AssemblyA,AssemblyB]");
    return 2;
}

var path = args[0];
var allowed = new List<string>();
for (var i = 1; i < args.Length; i++)
{
    if (args[i] == "--allow" && i + 1 < args.Length)
    {
        allowed.AddRange(args[++i].Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
    else
    {
        Console.Error.WriteLine($"NanoCompat: unknown argument '{args[i]}'");
        return 2;
    }
}

if (!File.Exists(path))
{
    Console.Error.WriteLine($"NanoCompat: no assembly at '{path}'");
    return 2;
}

IReadOnlyList<Violation> violations;
try
{
    violations = CompatibilityChecker.Check(path, allowed);
}
catch (BadImageFormatException e)
{
    Console.Error.WriteLine($"{path}: error NANO000: not a readable .NET assembly: {e.Message}");
    return 1;
}

foreach (var violation in violations)
{
    Console.Error.WriteLine($"{path} : error {violation.Code}: {violation.Location}: {violation.Detail}");
}

Console.WriteLine(violations.Count == 0
    ? $"NanoCompat: {Path.GetFileName(path)} is nanoFramework-compatible"
    : $"NanoCompat: {Path.GetFileName(path)} has {violations.Count} nanoFramework incompatibilities");
return violations.Count == 0 ? 0 : 1;
