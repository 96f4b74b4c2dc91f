// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>What nanoCLR 1.x (CoreLibrary 1.17) cannot load or run.</summary>
public enum Rule
{
    /// <summary>A generic type or method definition (nanoCLR 1.x has no generics; nanoframework/Home#782).</summary>
    GenericDefinition = 1,

    /// <summary>Any generic instantiation (TypeSpec GENERICINST or MethodSpec), even of mscorlib's own
    /// <c>Action&lt;T&gt;</c>/<c>Func&lt;..&gt;</c>/<c>EventHandler&lt;T&gt;</c>: the type loader fails on the assembly.</summary>
    GenericInstantiation = 2,

    /// <summary>A reference to an assembly a device deployment would not have.</summary>
    ForeignReference = 3,

    /// <summary>P/Invoke or internal-call methods: nanoCLR binds natives only for its own libraries.</summary>
    NativeCode = 4,

    /// <summary>Pointers, function pointers, pinned locals, stackalloc or unverifiable code.</summary>
    UnsafeCode = 5,
}
