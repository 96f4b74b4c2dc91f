// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>How nanoCLR stores a type, as far as allocation is concerned.</summary>
internal enum TypeShape
{
    /// <summary>A class, interface, array, string or object: a reference; loading it copies the reference only.</summary>
    Reference,

    /// <summary>A primitive, enum, <c>System.DateTime</c> or <c>System.TimeSpan</c>: held inline in the stack slot or field.</summary>
    Inline,

    /// <summary>A struct nanoCLR keeps as a DATATYPE_VALUETYPE heap block: created, copied and returned on the heap.</summary>
    HeapStruct,

    /// <summary>A delegate type (a class).</summary>
    Delegate,
}

/// <summary>A type as seen in a signature or token: its readable name and its shape.</summary>
internal readonly record struct ShapedType(string Name, TypeShape Shape)
{
    public bool IsHeapStruct => Shape == TypeShape.HeapStruct;
}
