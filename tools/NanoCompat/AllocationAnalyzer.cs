// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>
/// Lists, per method, every place the method takes memory from nanoCLR's managed heap, following the rules in
/// docs/nano-allocation-rules.md: <c>newobj</c>, <c>newarr</c>, <c>box</c>, <c>ldstr</c>, string-building calls,
/// and every struct local, parameter, return value, load and struct-returning call (nanoCLR keeps a struct as a
/// heap block and clones it on every load). Instructions that only run on the way to a <c>throw</c> are marked,
/// so a hot path may still reject misuse with an exception.
/// </summary>
public static class AllocationAnalyzer
{
    /// <summary>Full name of our marker attribute (drivers/Hal/HotPathAttribute.cs); matched by name in any assembly.</summary>
    public const string HotPathAttribute = "SmartCityNodes.Hal.HotPathAttribute";

    /// <summary>Analyses the assembly at <paramref name="path"/>.</summary>
    /// <param name="path">A netnano1.0 build output.</param>
    /// <param name="referencePaths">Its references (mscorlib, project references), to tell structs from enums and classes in them.</param>
    public static IReadOnlyList<MethodAllocations> Analyze(string path, IEnumerable<string> referencePaths)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        return Analyze(pe, referencePaths);
    }

    /// <summary>Analyses an assembly in memory (the tests' Roslyn-compiled fixtures).</summary>
    public static IReadOnlyList<MethodAllocations> Analyze(byte[] image, IEnumerable<string> referencePaths)
    {
        using var pe = new PEReader(new MemoryStream(image));
        return Analyze(pe, referencePaths);
    }

    internal static IReadOnlyList<MethodAllocations> Analyze(PEReader pe, IEnumerable<string> referencePaths)
    {
        var reader = pe.GetMetadataReader();
        using var shapes = new TypeShapes(reader, referencePaths);
        var perMethod = new Dictionary<MethodDefinitionHandle, MethodAllocations>();
        var calls = new Dictionary<MethodDefinitionHandle, List<(int Offset, MethodDefinitionHandle Callee, bool OnThrowPath)>>();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            var typeIsHot = HasHotPath(reader, type.GetCustomAttributes());
            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                var name = reader.GetString(method.Name);
                var isConstructor = name is ".ctor" or ".cctor";
                var isHot = HasHotPath(reader, method.GetCustomAttributes()) || (typeIsHot && !isConstructor);
                var sameAssemblyCalls = new List<(int, MethodDefinitionHandle, bool)>();
                var (findings, ilSize) = AnalyzeMethod(reader, pe, shapes, methodHandle, sameAssemblyCalls);
                var parameters = string.Join(", ", method.DecodeSignature(shapes, null).ParameterTypes.Select(p => ShortName(p.Name)));
                perMethod[methodHandle] = new MethodAllocations(MetadataNames.OfMethod(reader, methodHandle), isHot, name == ".cctor", ilSize, findings, parameters);
                calls[methodHandle] = sameAssemblyCalls;
            }
        }

        // One level down: a hot path (or a static constructor) calling an unmarked method of this assembly that
        // allocates allocates too. Marked callees are checked on their own; calls through interfaces are not followed.
        var result = new List<MethodAllocations>();
        foreach (var (handle, entry) in perMethod)
        {
            if (!entry.IsHotPath && !entry.IsStaticConstructor)
            {
                result.Add(entry);
                continue;
            }

            var findings = entry.Findings.ToList();
            foreach (var (offset, callee, onThrowPath) in calls[handle])
            {
                var target = perMethod[callee];
                if (target.IsHotPath || callee == handle)
                {
                    continue;
                }

                var counted = target.Counted.ToList();
                if (counted.Count > 0)
                {
                    var summary = Allocation.Summarize(counted);
                    findings.Add(new Allocation(AllocationKind.CalleeAllocates, entry.Method, offset, $"{target.Method} [{summary}]", onThrowPath));
                }
            }

            result.Add(entry with { Findings = findings });
        }

        return result;
    }

    private static (List<Allocation> Findings, int IlSize) AnalyzeMethod(
        MetadataReader reader, PEReader pe, TypeShapes shapes, MethodDefinitionHandle methodHandle, List<(int, MethodDefinitionHandle, bool)> sameAssemblyCalls)
    {
        var method = reader.GetMethodDefinition(methodHandle);
        var location = MetadataNames.OfMethod(reader, methodHandle);
        var findings = new List<Allocation>();
        var signature = method.DecodeSignature(shapes, null);
        var isCompilerGenerated = reader.GetString(method.Name).Contains('<');

        for (var i = 0; i < signature.ParameterTypes.Length; i++)
        {
            if (signature.ParameterTypes[i].IsHeapStruct && !isCompilerGenerated)
            {
                findings.Add(new Allocation(AllocationKind.StructParameter, location, -1, signature.ParameterTypes[i].Name, false, i));
            }
        }

        if (signature.ReturnType.IsHeapStruct)
        {
            findings.Add(new Allocation(AllocationKind.StructReturn, location, -1, signature.ReturnType.Name, false));
        }

        if (method.RelativeVirtualAddress == 0)
        {
            return (findings, 0);
        }

        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        var locals = body.LocalSignature.IsNil
            ? System.Collections.Immutable.ImmutableArray<ShapedType>.Empty
            : reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(shapes, null);
        for (var i = 0; i < locals.Length; i++)
        {
            if (locals[i].IsHeapStruct)
            {
                findings.Add(new Allocation(AllocationKind.StructLocal, location, -1, locals[i].Name, false, i));
            }
        }

        var instructions = IlTokens.Decode(body.GetILReader());
        var onThrowPath = ThrowPaths.Find(instructions, body.ExceptionRegions);
        var hasThis = (method.Attributes & MethodAttributes.Static) == 0;
        for (var index = 0; index < instructions.Count; index++)
        {
            var instruction = instructions[index];
            var cold = onThrowPath[index];
            void Add(AllocationKind kind, string subject) => findings.Add(new Allocation(kind, location, instruction.Offset, subject, cold));

            var op = instruction.OpCode;
            if (op == OpCodes.Newobj)
            {
                var callee = Callee(reader, shapes, instruction.Token);
                NoteSameAssemblyCall(instruction, cold, sameAssemblyCalls);
                if (callee.DeclaringType.Shape == TypeShape.Inline)
                {
                    // new DateTime(..)/new TimeSpan(..): NewObject only sets the inline data type, no heap block.
                    continue;
                }

                var kind = callee.DeclaringType.Shape switch
                {
                    TypeShape.Delegate => AllocationKind.NewDelegate,
                    TypeShape.HeapStruct => AllocationKind.NewStruct,
                    _ when callee.DeclaringType.Name.Contains("<>c__DisplayClass", StringComparison.Ordinal) => AllocationKind.Closure,
                    _ => AllocationKind.NewObject,
                };
                Add(kind, callee.DeclaringType.Name);
            }
            else if (op == OpCodes.Newarr)
            {
                Add(AllocationKind.NewArray, shapes.OfToken(instruction.Token).Name + "[]");
            }
            else if (op == OpCodes.Box)
            {
                Add(AllocationKind.Box, shapes.OfToken(instruction.Token).Name);
            }
            else if (op == OpCodes.Ldstr)
            {
                Add(AllocationKind.StringLiteral, "string");
            }
            else if (op == OpCodes.Call || op == OpCodes.Callvirt)
            {
                var callee = Callee(reader, shapes, instruction.Token);
                if (BuildsString(callee))
                {
                    Add(AllocationKind.StringBuilding, callee.DeclaringType.Name + "." + callee.Name);
                }
                else if (callee.ReturnType.IsHeapStruct)
                {
                    Add(AllocationKind.StructCallResult, callee.ReturnType.Name + " from " + callee.DeclaringType.Name + "." + callee.Name);
                }

                NoteSameAssemblyCall(instruction, cold, sameAssemblyCalls);
            }
            else if (LoadedType(reader, shapes, instruction, locals, signature.ParameterTypes, hasThis) is { IsHeapStruct: true } loaded)
            {
                Add(AllocationKind.StructCopy, loaded.Name);
            }
        }

        return (findings, body.GetILBytes()?.Length ?? 0);
    }

    private static string ShortName(string name)
    {
        var generic = name.IndexOf('<', StringComparison.Ordinal);
        var dot = name.LastIndexOf('.', generic < 0 ? name.Length - 1 : generic);
        return dot < 0 ? name : name[(dot + 1)..];
    }

    private static void NoteSameAssemblyCall(IlInstruction instruction, bool cold, List<(int, MethodDefinitionHandle, bool)> sameAssemblyCalls)
    {
        if (instruction.Token.Kind == HandleKind.MethodDefinition)
        {
            sameAssemblyCalls.Add((instruction.Offset, (MethodDefinitionHandle)instruction.Token, cold));
        }
    }

    private static bool BuildsString((ShapedType DeclaringType, string Name, ShapedType ReturnType) callee)
    {
        if (callee.Name == "ToString")
        {
            return true;
        }

        var returnsString = callee.ReturnType.Name is "string" or "string[]";
        return returnsString && callee.DeclaringType.Name is "System.String" or "System.Convert";
    }

    /// <summary>The value a load instruction pushes, when it is a copy of a stored value (not an address).</summary>
    private static ShapedType? LoadedType(MetadataReader reader, TypeShapes shapes, IlInstruction instruction,
        System.Collections.Immutable.ImmutableArray<ShapedType> locals, System.Collections.Immutable.ImmutableArray<ShapedType> parameters, bool hasThis)
    {
        var op = instruction.OpCode;
        int? local = op == OpCodes.Ldloc_0 ? 0 : op == OpCodes.Ldloc_1 ? 1 : op == OpCodes.Ldloc_2 ? 2 : op == OpCodes.Ldloc_3 ? 3
            : op == OpCodes.Ldloc_S || op == OpCodes.Ldloc ? instruction.Operand : null;
        if (local is { } l)
        {
            return l < locals.Length ? locals[l] : null;
        }

        int? argument = op == OpCodes.Ldarg_0 ? 0 : op == OpCodes.Ldarg_1 ? 1 : op == OpCodes.Ldarg_2 ? 2 : op == OpCodes.Ldarg_3 ? 3
            : op == OpCodes.Ldarg_S || op == OpCodes.Ldarg ? instruction.Operand : null;
        if (argument is { } a)
        {
            // Argument 0 of an instance method is 'this': a reference (class) or a managed pointer (struct), never a copy.
            var index = hasThis ? a - 1 : a;
            return index >= 0 && index < parameters.Length ? parameters[index] : null;
        }

        if (op == OpCodes.Ldfld || op == OpCodes.Ldsfld)
        {
            return instruction.Token.Kind switch
            {
                HandleKind.FieldDefinition => reader.GetFieldDefinition((FieldDefinitionHandle)instruction.Token).DecodeSignature(shapes, null),
                HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)instruction.Token).DecodeFieldSignature(shapes, null),
                _ => null,
            };
        }

        if (op == OpCodes.Ldelem || op == OpCodes.Ldobj || op == OpCodes.Unbox_Any)
        {
            return shapes.OfToken(instruction.Token);
        }

        return null;
    }

    private static (ShapedType DeclaringType, string Name, ShapedType ReturnType) Callee(MetadataReader reader, TypeShapes shapes, EntityHandle token)
    {
        switch (token.Kind)
        {
            case HandleKind.MethodDefinition:
                var definition = reader.GetMethodDefinition((MethodDefinitionHandle)token);
                return (shapes.OfToken(definition.GetDeclaringType()), reader.GetString(definition.Name), definition.DecodeSignature(shapes, null).ReturnType);
            case HandleKind.MemberReference:
                var reference = reader.GetMemberReference((MemberReferenceHandle)token);
                var parent = reference.Parent.Kind == HandleKind.MethodDefinition
                    ? shapes.OfToken(reader.GetMethodDefinition((MethodDefinitionHandle)reference.Parent).GetDeclaringType())
                    : shapes.OfToken(reference.Parent);
                return (parent, reader.GetString(reference.Name), reference.DecodeMethodSignature(shapes, null).ReturnType);
            case HandleKind.MethodSpecification:
                return Callee(reader, shapes, reader.GetMethodSpecification((MethodSpecificationHandle)token).Method);
            default:
                return (new ShapedType(token.Kind.ToString(), TypeShape.Reference), "?", new ShapedType("?", TypeShape.Reference));
        }
    }

    private static bool HasHotPath(MetadataReader reader, CustomAttributeHandleCollection attributes)
    {
        foreach (var handle in attributes)
        {
            var constructor = reader.GetCustomAttribute(handle).Constructor;
            var typeName = constructor.Kind switch
            {
                HandleKind.MethodDefinition => MetadataNames.Of(reader, reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType()),
                HandleKind.MemberReference when reader.GetMemberReference((MemberReferenceHandle)constructor).Parent.Kind == HandleKind.TypeReference
                    => MetadataNames.Of(reader, (TypeReferenceHandle)reader.GetMemberReference((MemberReferenceHandle)constructor).Parent),
                _ => null,
            };
            if (typeName == HotPathAttribute)
            {
                return true;
            }
        }

        return false;
    }
}
