// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>
/// Tells, for a type named by a signature or a token of the checked assembly, whether nanoCLR keeps its values
/// inline or as heap blocks. Types of other assemblies are resolved in the reference assemblies given (mscorlib
/// and our project references); a value type that cannot be resolved is taken as a heap struct.
/// </summary>
internal sealed class TypeShapes : ISignatureTypeProvider<ShapedType, object?>, IDisposable
{
    /// <summary>
    /// The mscorlib value types nanoCLR stores inline in a heap block's data (c_CLR_RT_DataTypeLookup in
    /// src/CLR/Core/TypeSystemLookup.cpp; DATATYPE_BOOLEAN..DATATYPE_TIMESPAN in src/CLR/Include/nanoCLR_Types.h).
    /// </summary>
    private static readonly HashSet<string> InlineValueTypes = new(StringComparer.Ordinal)
    {
        "System.Boolean", "System.Char", "System.SByte", "System.Byte", "System.Int16", "System.UInt16",
        "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Single", "System.Double",
        "System.IntPtr", "System.UIntPtr", "System.DateTime", "System.TimeSpan", "System.Void",
    };

    private readonly MetadataReader _reader;
    private readonly List<PEReader> _open = new();
    private readonly Dictionary<string, (MetadataReader Reader, Dictionary<string, TypeDefinitionHandle> Types)> _references = new(StringComparer.OrdinalIgnoreCase);

    public TypeShapes(MetadataReader reader, IEnumerable<string> referencePaths)
    {
        _reader = reader;
        foreach (var path in referencePaths.Where(File.Exists))
        {
            var pe = new PEReader(File.OpenRead(path));
            if (!pe.HasMetadata)
            {
                pe.Dispose();
                continue;
            }

            _open.Add(pe);
            var referenced = pe.GetMetadataReader();
            if (!referenced.IsAssembly)
            {
                continue;
            }

            var name = referenced.GetString(referenced.GetAssemblyDefinition().Name);
            if (!_references.ContainsKey(name))
            {
                _references[name] = (referenced, referenced.TypeDefinitions.ToDictionary(h => MetadataNames.Of(referenced, h), h => h, StringComparer.Ordinal));
            }
        }
    }

    public void Dispose()
    {
        foreach (var pe in _open)
        {
            pe.Dispose();
        }
    }

    /// <summary>The shape of the type a token names (TypeDef, TypeRef or TypeSpec).</summary>
    public ShapedType OfToken(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => FromDefinition(_reader, (TypeDefinitionHandle)handle),
        HandleKind.TypeReference => FromReference((TypeReferenceHandle)handle, null),
        HandleKind.TypeSpecification => _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
        _ => new ShapedType(handle.Kind.ToString(), TypeShape.Reference),
    };

    public ShapedType GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.String or PrimitiveTypeCode.Object => new ShapedType(typeCode == PrimitiveTypeCode.String ? "string" : "object", TypeShape.Reference),
        PrimitiveTypeCode.TypedReference => new ShapedType("TypedReference", TypeShape.HeapStruct),
        _ => new ShapedType(typeCode.ToString(), TypeShape.Inline),
    };

    public ShapedType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        => FromDefinition(reader, handle);

    public ShapedType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        => FromReference(handle, rawTypeKind);

    public ShapedType GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public ShapedType GetSZArrayType(ShapedType elementType) => new(elementType.Name + "[]", TypeShape.Reference);

    public ShapedType GetArrayType(ShapedType elementType, ArrayShape shape) => new(elementType.Name + "[" + new string(',', shape.Rank - 1) + "]", TypeShape.Reference);

    public ShapedType GetByReferenceType(ShapedType elementType) => new("ref " + elementType.Name, TypeShape.Reference);

    public ShapedType GetPointerType(ShapedType elementType) => new(elementType.Name + "*", TypeShape.Inline);

    public ShapedType GetPinnedType(ShapedType elementType) => elementType;

    public ShapedType GetFunctionPointerType(MethodSignature<ShapedType> signature) => new("delegate*", TypeShape.Inline);

    public ShapedType GetGenericInstantiation(ShapedType genericType, ImmutableArray<ShapedType> typeArguments)
        => new(genericType.Name + "<" + string.Join(", ", typeArguments.Select(a => a.Name)) + ">", genericType.Shape);

    public ShapedType GetGenericMethodParameter(object? genericContext, int index) => new("!!" + index, TypeShape.Reference);

    public ShapedType GetGenericTypeParameter(object? genericContext, int index) => new("!" + index, TypeShape.Reference);

    public ShapedType GetModifiedType(ShapedType modifier, ShapedType unmodifiedType, bool isRequired) => unmodifiedType;

    private ShapedType FromReference(TypeReferenceHandle handle, byte? rawTypeKind)
    {
        var name = MetadataNames.Of(_reader, handle);
        if (InlineValueTypes.Contains(name))
        {
            return new ShapedType(name, TypeShape.Inline);
        }

        var scope = _reader.GetTypeReference(handle).ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            scope = _reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
        }

        if (scope.Kind == HandleKind.AssemblyReference)
        {
            var assembly = _reader.GetString(_reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
            if (_references.TryGetValue(assembly, out var referenced) && referenced.Types.TryGetValue(name, out var definition))
            {
                return FromDefinition(referenced.Reader, definition);
            }
        }

        // Unresolved: trust the signature's VALUETYPE/CLASS mark; a struct we cannot see counts as a heap struct.
        return new ShapedType(name, rawTypeKind == (byte)SignatureTypeKind.ValueType ? TypeShape.HeapStruct : TypeShape.Reference);
    }

    private static ShapedType FromDefinition(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var name = MetadataNames.Of(reader, handle);
        if (InlineValueTypes.Contains(name))
        {
            return new ShapedType(name, TypeShape.Inline);
        }

        var baseType = reader.GetTypeDefinition(handle).BaseType;
        var baseName = baseType.IsNil ? string.Empty : baseType.Kind switch
        {
            HandleKind.TypeReference => MetadataNames.Of(reader, (TypeReferenceHandle)baseType),
            HandleKind.TypeDefinition => MetadataNames.Of(reader, (TypeDefinitionHandle)baseType),
            _ => string.Empty,
        };
        var shape = baseName switch
        {
            "System.Enum" => TypeShape.Inline,
            "System.ValueType" when name != "System.Enum" => TypeShape.HeapStruct,
            "System.MulticastDelegate" or "System.Delegate" when name is not ("System.MulticastDelegate" or "System.Delegate") => TypeShape.Delegate,
            _ => TypeShape.Reference,
        };
        return new ShapedType(name, shape);
    }
}
