// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SmartCityNodes.Firmware.Tests;

/// <summary>Where MSBuild put the netnano1.0 assemblies under test (paths passed in as AssemblyMetadata attributes).</summary>
internal static class BuiltAssemblies
{
    /// <summary>The nanoFramework assemblies the ESP32 adapters are written against, by their real names.</summary>
    public static readonly string[] DevicePackageAssemblies =
    {
        "System.Device.Gpio",
        "System.Device.I2c",
        "System.Device.Spi",
        "System.Device.Adc",
        "System.IO.Ports",
        "System.IO.FileSystem",
        "nanoFramework.Hardware.Esp32",
        "nanoFramework.Runtime.Native",
        "Iot.Device.Bmxx80",
        "UnitsNet.Temperature",
        "UnitsNet.Pressure",
        "UnitsNet.RelativeHumidity",
        "UnitsNet.ElectricResistance",
    };

    /// <summary>Facades of packages the device tests (not the adapters) compile against.</summary>
    public static readonly string[] TestPackageAssemblies = { "nanoFramework.TestFramework" };

    /// <summary>Every facade in firmware/DeviceFacades: the adapters' device packages and the test framework.</summary>
    public static string[] AllFacadeAssemblies => DevicePackageAssemblies.Concat(TestPackageAssemblies).ToArray();

    public static string AdapterAssemblyPath => Metadata("Esp32AdapterAssemblyPath");

    public static string ImagesDirectory => Metadata("ImagesDirectory");

    public static string DeviceTestsDirectory => Metadata("DeviceTestsDirectory");

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static string FacadesDirectory => Metadata("DeviceFacadesDirectory");

    public static string MscorlibPath => Metadata("NanoMscorlibPath");

    /// <summary>Each facade project's output: firmware/DeviceFacades/&lt;Name&gt;.Facade/bin/&lt;Configuration&gt;/netnano1.0/&lt;Name&gt;.dll.</summary>
    public static IReadOnlyList<string> FacadeAssemblyPaths()
    {
        var configuration = Metadata("BuildConfiguration");
        const string suffix = ".Facade";
        return Directory.GetDirectories(FacadesDirectory)
            .Where(project => Path.GetFileName(project).EndsWith(suffix, StringComparison.Ordinal))
            .Select(project =>
            {
                var assembly = Path.GetFileName(project)[..^suffix.Length];
                return Path.Combine(project, "bin", configuration, "netnano1.0", assembly + ".dll");
            })
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Opens an assembly's metadata; dispose the returned reader owner.</summary>
    public static PEReader Open(string path)
    {
        Assert.IsTrue(File.Exists(path), $"{path} was not built");
        return new PEReader(File.OpenRead(path));
    }

    public static IEnumerable<AssemblyReference> References(MetadataReader reader) =>
        reader.AssemblyReferences.Select(reader.GetAssemblyReference);

    public static TypeDefinition FindType(MetadataReader reader, string fullName)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (FullName(reader, type) == fullName)
            {
                return type;
            }
        }

        Assert.Fail($"type {fullName} not found in {reader.GetString(reader.GetAssemblyDefinition().Name)}");
        throw new InvalidOperationException();
    }

    public static string FullName(MetadataReader reader, TypeDefinition type)
    {
        var ns = reader.GetString(type.Namespace);
        var name = reader.GetString(type.Name);
        if (type.IsNested)
        {
            return FullName(reader, reader.GetTypeDefinition(type.GetDeclaringType())) + "/" + name;
        }

        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>"[assembly]Namespace.Name" of a type reference or definition, the form <see cref="TypeNames"/> produces.</summary>
    public static string QualifiedName(MetadataReader reader, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                return "[" + reader.GetString(reader.GetAssemblyDefinition().Name) + "]" + FullName(reader, reader.GetTypeDefinition((TypeDefinitionHandle)handle));
            case HandleKind.TypeReference:
                var reference = reader.GetTypeReference((TypeReferenceHandle)handle);
                var ns = reader.GetString(reference.Namespace);
                var name = (ns.Length == 0 ? string.Empty : ns + ".") + reader.GetString(reference.Name);
                var scope = reference.ResolutionScope;
                var assembly = scope.Kind == HandleKind.AssemblyReference
                    ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)
                    : scope.Kind == HandleKind.TypeReference ? QualifiedName(reader, (TypeReferenceHandle)scope) : "?";
                return "[" + assembly + "]" + name;
            default:
                return handle.Kind.ToString();
        }
    }

    private static string Metadata(string key) => typeof(BuiltAssemblies).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}
