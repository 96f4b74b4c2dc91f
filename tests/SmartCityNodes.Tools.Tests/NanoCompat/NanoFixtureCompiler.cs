// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmartCityNodes.Tools.Tests.NanoCompat;

/// <summary>Compiles fixture sources with Roslyn against the real nanoFramework mscorlib (CoreLibrary 1.17.11).</summary>
internal static class NanoFixtureCompiler
{
    public static string MscorlibPath { get; } = typeof(NanoFixtureCompiler).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "NanoMscorlibPath").Value!;

    public static byte[] Compile(string assemblyName, string source, bool allowUnsafe = false, params byte[][] references)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source) },
            new[] { MetadataReference.CreateFromFile(MscorlibPath) }
                .Concat(references.Select(r => (MetadataReference)MetadataReference.CreateFromImage(r))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: allowUnsafe));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success)
        {
            throw new InvalidOperationException("fixture did not compile:\n" + string.Join("\n", errors));
        }

        return image.ToArray();
    }
}
