// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection.Metadata;

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>Readable names for metadata rows, as a developer would write them in an error.</summary>
internal static class MetadataNames
{
    public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return Of(reader, declaring) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return Of(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string OfMethod(MetadataReader reader, MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        return Of(reader, method.GetDeclaringType()) + "." + reader.GetString(method.Name);
    }

    public static string OfField(MetadataReader reader, FieldDefinitionHandle handle)
    {
        var field = reader.GetFieldDefinition(handle);
        return Of(reader, field.GetDeclaringType()) + "." + reader.GetString(field.Name);
    }
}
