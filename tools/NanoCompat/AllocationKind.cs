// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>
/// What makes nanoCLR take a block from the managed heap. Each kind, its reason and the nanoCLR source that
/// shows it are in docs/nano-allocation-rules.md.
/// </summary>
public enum AllocationKind
{
    /// <summary><c>newobj</c> of a class (CLR_RT_ExecutionEngine::NewObject).</summary>
    NewObject,

    /// <summary><c>newobj</c> of a struct: on nanoCLR a value type is a heap block too.</summary>
    NewStruct,

    /// <summary><c>newobj</c> of a delegate (the object itself is made by the <c>ldftn</c> before it).</summary>
    NewDelegate,

    /// <summary><c>newobj</c> of a compiler-generated closure class (a lambda capturing locals).</summary>
    Closure,

    /// <summary><c>newarr</c>.</summary>
    NewArray,

    /// <summary><c>box</c> of any value type, enums and primitives included.</summary>
    Box,

    /// <summary><c>ldstr</c>: the text stays in the assembly but every execution makes a string header block.</summary>
    StringLiteral,

    /// <summary>A call that builds a new string (<c>String.Concat/Format/Join/Substring</c>, any <c>ToString</c>).</summary>
    StringBuilding,

    /// <summary>A local of a struct type: made on the heap each time the method is entered.</summary>
    StructLocal,

    /// <summary>A parameter of a struct type: every caller clones the value to pass it.</summary>
    StructParameter,

    /// <summary>A struct return type: every return clones the value.</summary>
    StructReturn,

    /// <summary>A load of a struct value (<c>ldloc</c>, <c>ldarg</c>, <c>ldfld</c>, <c>ldsfld</c>, <c>ldelem</c>, <c>ldobj</c>, <c>unbox.any</c>): cloned.</summary>
    StructCopy,

    /// <summary>A call to a method that returns a struct: the callee's return clones it.</summary>
    StructCallResult,

    /// <summary>A call from a hot path to a method of the same assembly that is not itself a hot path and allocates.</summary>
    CalleeAllocates,
}
