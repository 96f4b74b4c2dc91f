// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>
/// Decodes metadata signatures to readable type names and remembers, per decode, whether a
/// generic instantiation or a pointer-like type appeared anywhere inside.
/// </summary>
internal sealed class SignatureNames : ISignatureTypeProvider<string, object?>
{
    private readonly MetadataReader _reader;

    public SignatureNames(MetadataReader reader) => _reader = reader;

    /// <summary>First generic instantiation seen since the last <see cref="Reset"/>, or null.</summary>
    public string? GenericInstantiation { get; private set; }

    /// <summary>First pointer, function pointer or pinned type seen since the last <see cref="Reset"/>, or null.</summary>
    public string? PointerLike { get; private set; }

    public void Reset()
    {
        GenericInstantiation = null;
        PointerLike = null;
    }

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.Boolean => "bool",
        PrimitiveTypeCode.Byte => "byte",
        PrimitiveTypeCode.SByte => "sbyte",
        PrimitiveTypeCode.Char => "char",
        PrimitiveTypeCode.Int16 => "short",
        PrimitiveTypeCode.UInt16 => "ushort",
        PrimitiveTypeCode.Int32 => "int",
        PrimitiveTypeCode.UInt32 => "uint",
        PrimitiveTypeCode.Int64 => "long",
        PrimitiveTypeCode.UInt64 => "ulong",
        PrimitiveTypeCode.Single => "float",
        PrimitiveTypeCode.Double => "double",
        PrimitiveTypeCode.String => "string",
        PrimitiveTypeCode.Object => "object",
        PrimitiveTypeCode.Void => "void",
        PrimitiveTypeCode.IntPtr => "nint",
        PrimitiveTypeCode.UIntPtr => "nuint",
        PrimitiveTypeCode.TypedReference => "TypedReference",
        _ => typeCode.ToString(),
    };

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        => MetadataNames.Of(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        => MetadataNames.Of(reader, handle);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    public string GetByReferenceType(string elementType) => "ref " + elementType;

    public string GetPointerType(string elementType)
    {
        var name = elementType + "*";
        PointerLike ??= name;
        return name;
    }

    public string GetPinnedType(string elementType)
    {
        var name = "pinned " + elementType;
        PointerLike ??= name;
        return name;
    }

    public string GetFunctionPointerType(MethodSignature<string> signature)
    {
        var name = "delegate*<" + string.Join(", ", signature.ParameterTypes.Add(signature.ReturnType)) + ">";
        PointerLike ??= name;
        return name;
    }

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
    {
        var name = genericType + "<" + string.Join(", ", typeArguments) + ">";
        GenericInstantiation ??= name;
        return name;
    }

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
}
