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

    /// <summary>A method marked <c>[HotPath]</c> (or in a type so marked) allocates on nanoCLR's managed heap
    /// (docs/nano-allocation-rules.md). An error.</summary>
    HotPathAllocation = 6,

    /// <summary>A static constructor that allocates: nanoCLR runs every one at boot, so on every deep-sleep wake.
    /// A warning, not an error: tables built once per boot may be worth their cost.</summary>
    StaticConstructorCost = 7,
}
