// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>
/// Reads one netnano1.0 assembly's metadata and lists everything nanoCLR 1.x would refuse:
/// generic definitions and instantiations, references beyond mscorlib and the declared
/// nanoFramework packages, native methods, and pointer/unsafe code.
/// </summary>
public static class CompatibilityChecker
{
    /// <summary>The only assembly every device has.</summary>
    public const string CoreLibrary = "mscorlib";

    /// <summary>Checks the assembly at <paramref name="path"/>.</summary>
    /// <param name="path">A netnano1.0 build output.</param>
    /// <param name="allowedReferences">Assembly names the project declares besides mscorlib (device projects' nanoFramework packages).</param>
    /// <param name="referencePaths">Paths of the assemblies it references (mscorlib, project references), so structs,
    /// enums and delegates of other assemblies are told apart in the allocation rule; may be empty.</param>
    /// <returns>Errors and warnings (<see cref="Violation.Severity"/>).</returns>
    public static IReadOnlyList<Violation> Check(string path, IEnumerable<string> allowedReferences, IEnumerable<string>? referencePaths = null)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        return Check(pe.GetMetadataReader(), pe, allowedReferences, referencePaths ?? Array.Empty<string>());
    }

    /// <summary>Checks an assembly already in memory (used by the tests with Roslyn-compiled fixtures).</summary>
    public static IReadOnlyList<Violation> Check(byte[] image, IEnumerable<string> allowedReferences, IEnumerable<string>? referencePaths = null)
    {
        using var pe = new PEReader(new MemoryStream(image));
        return Check(pe.GetMetadataReader(), pe, allowedReferences, referencePaths ?? Array.Empty<string>());
    }

    private static IReadOnlyList<Violation> Check(MetadataReader reader, PEReader pe, IEnumerable<string> allowedReferences, IEnumerable<string> referencePaths)
    {
        var found = new List<Violation>();
        var seen = new HashSet<Violation>();
        void Report(Rule rule, string location, string detail)
        {
            var violation = new Violation(rule, location, detail);
            if (seen.Add(violation))
            {
                found.Add(violation);
            }
        }

        var assemblyName = reader.IsAssembly ? reader.GetString(reader.GetAssemblyDefinition().Name) : "<module>";
        CheckReferences(reader, assemblyName, allowedReferences, Report);
        CheckModuleAttributes(reader, assemblyName, Report);

        var names = new SignatureNames(reader);
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            var typeName = MetadataNames.Of(reader, typeHandle);
            if (type.GetGenericParameters().Count > 0)
            {
                Report(Rule.GenericDefinition, typeName, "generic type definition");
            }

            CheckTypeUse(reader, names, type.BaseType, typeName, "base type", Report);
            foreach (var implHandle in type.GetInterfaceImplementations())
            {
                CheckTypeUse(reader, names, reader.GetInterfaceImplementation(implHandle).Interface, typeName, "interface", Report);
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                names.Reset();
                var fieldType = field.DecodeSignature(names, null);
                ReportSignature(names, MetadataNames.OfField(reader, fieldHandle), "field type " + fieldType, Report);
            }

            foreach (var methodHandle in type.GetMethods())
            {
                CheckMethod(reader, pe, names, methodHandle, Report);
            }
        }

        CheckAllocations(AllocationAnalyzer.Analyze(pe, referencePaths), Report);
        return found;
    }

    private static void CheckAllocations(IReadOnlyList<MethodAllocations> methods, Action<Rule, string, string> report)
    {
        foreach (var method in methods)
        {
            if (method.IsHotPath)
            {
                foreach (var finding in method.Counted)
                {
                    report(Rule.HotPathAllocation, method.Method, "allocates on nanoCLR: " + finding.Describe());
                }
            }

            if (method.IsStaticConstructor && method.Findings.Count > 0)
            {
                var summary = Allocation.Summarize(method.Findings);
                report(Rule.StaticConstructorCost, method.Method,
                    $"static constructor runs at every boot, so on every deep-sleep wake: {method.IlSize} bytes of IL, {method.Findings.Count} allocation sites ({summary})");
            }
        }
    }

    private static void CheckReferences(MetadataReader reader, string assemblyName, IEnumerable<string> allowedReferences, Action<Rule, string, string> report)
    {
        var allowed = new HashSet<string>(allowedReferences.Where(a => a.Length > 0), StringComparer.OrdinalIgnoreCase) { CoreLibrary };
        foreach (var referenceHandle in reader.AssemblyReferences)
        {
            var reference = reader.GetAssemblyReference(referenceHandle);
            var name = reader.GetString(reference.Name);
            if (!allowed.Contains(name))
            {
                report(Rule.ForeignReference, assemblyName, $"references assembly '{name}', which a device deployment does not have (allowed: {string.Join(", ", allowed.Order())})");
            }
        }
    }

    private static void CheckModuleAttributes(MetadataReader reader, string assemblyName, Action<Rule, string, string> report)
    {
        foreach (var attributeHandle in reader.GetModuleDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(attributeHandle);
            if (attribute.Constructor.Kind == HandleKind.MemberReference)
            {
                var ctor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                if (ctor.Parent.Kind == HandleKind.TypeReference
                    && MetadataNames.Of(reader, (TypeReferenceHandle)ctor.Parent) == "System.Security.UnverifiableCodeAttribute")
                {
                    report(Rule.UnsafeCode, assemblyName, "compiled with unsafe code enabled (module is marked UnverifiableCode)");
                }
            }
        }
    }

    private static void CheckMethod(MetadataReader reader, PEReader pe, SignatureNames names, MethodDefinitionHandle methodHandle, Action<Rule, string, string> report)
    {
        var method = reader.GetMethodDefinition(methodHandle);
        var location = MetadataNames.OfMethod(reader, methodHandle);

        if (method.GetGenericParameters().Count > 0)
        {
            report(Rule.GenericDefinition, location, "generic method definition");
        }

        if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0)
        {
            report(Rule.NativeCode, location, "P/Invoke (DllImport) method");
        }

        if ((method.ImplAttributes & MethodImplAttributes.InternalCall) != 0)
        {
            report(Rule.NativeCode, location, "internal-call (native) method");
        }

        names.Reset();
        method.DecodeSignature(names, null);
        ReportSignature(names, location, "signature", report);

        if (method.RelativeVirtualAddress == 0)
        {
            return;
        }

        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            names.Reset();
            reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(names, null);
            ReportSignature(names, location, "local variable", report);
        }

        var tokens = IlTokens.Read(body.GetILReader(), out var usesLocalloc);
        foreach (var token in tokens)
        {
            CheckTokenUse(reader, names, token, location, report);
        }

        if (usesLocalloc)
        {
            report(Rule.UnsafeCode, location, "uses stackalloc (localloc)");
        }
    }

    private static void CheckTokenUse(MetadataReader reader, SignatureNames names, EntityHandle token, string location, Action<Rule, string, string> report)
    {
        switch (token.Kind)
        {
            case HandleKind.TypeSpecification:
                CheckTypeUse(reader, names, token, location, "uses type", report);
                break;
            case HandleKind.MethodSpecification:
                var spec = reader.GetMethodSpecification((MethodSpecificationHandle)token);
                names.Reset();
                var arguments = spec.DecodeSignature(names, null);
                report(Rule.GenericInstantiation, location, $"calls generic method {MemberName(reader, names, spec.Method)}<{string.Join(", ", arguments)}>");
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)token);
                if (member.Parent.Kind == HandleKind.TypeSpecification)
                {
                    CheckTypeUse(reader, names, member.Parent, location, "uses member " + reader.GetString(member.Name) + " of", report);
                }

                names.Reset();
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(names, null);
                }
                else
                {
                    member.DecodeFieldSignature(names, null);
                }

                ReportSignature(names, location, "uses member " + reader.GetString(member.Name) + " whose signature has", report);
                break;
            case HandleKind.StandaloneSignature:
                names.Reset();
                var standalone = reader.GetStandaloneSignature((StandaloneSignatureHandle)token);
                if (standalone.GetKind() == StandaloneSignatureKind.Method)
                {
                    standalone.DecodeMethodSignature(names, null);
                    report(Rule.UnsafeCode, location, "indirect call through a function pointer (calli)");
                }

                ReportSignature(names, location, "call-site signature", report);
                break;
        }
    }

    private static void CheckTypeUse(MetadataReader reader, SignatureNames names, EntityHandle handle, string location, string what, Action<Rule, string, string> report)
    {
        if (handle.IsNil || handle.Kind != HandleKind.TypeSpecification)
        {
            return;
        }

        names.Reset();
        var name = reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(names, null);
        ReportSignature(names, location, what + " " + name + " with", report);
    }

    private static void ReportSignature(SignatureNames names, string location, string what, Action<Rule, string, string> report)
    {
        if (names.GenericInstantiation is { } generic)
        {
            report(Rule.GenericInstantiation, location, $"{what}: generic instantiation {generic}");
        }

        if (names.PointerLike is { } pointer)
        {
            report(Rule.UnsafeCode, location, $"{what}: pointer type {pointer}");
        }
    }

    private static string MemberName(MetadataReader reader, SignatureNames names, EntityHandle method) => method.Kind switch
    {
        HandleKind.MethodDefinition => MetadataNames.OfMethod(reader, (MethodDefinitionHandle)method),
        HandleKind.MemberReference => ParentName(reader, names, reader.GetMemberReference((MemberReferenceHandle)method).Parent)
            + "." + reader.GetString(reader.GetMemberReference((MemberReferenceHandle)method).Name),
        _ => method.Kind.ToString(),
    };

    private static string ParentName(MetadataReader reader, SignatureNames names, EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeReference => MetadataNames.Of(reader, (TypeReferenceHandle)parent),
        HandleKind.TypeDefinition => MetadataNames.Of(reader, (TypeDefinitionHandle)parent),
        HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)parent).DecodeSignature(names, null),
        _ => parent.Kind.ToString(),
    };
}
