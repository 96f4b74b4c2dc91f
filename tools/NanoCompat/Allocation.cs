// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>One place where a method allocates on nanoCLR.</summary>
/// <param name="Kind">What allocates.</param>
/// <param name="Method">The method, as <c>Namespace.Type.Method</c>.</param>
/// <param name="IlOffset">Offset of the instruction, or -1 for findings of the signature or the local list (frame entry).</param>
/// <param name="Subject">The type allocated or copied, or for <see cref="AllocationKind.CalleeAllocates"/> the callee.</param>
/// <param name="OnThrowPath">True when the instruction only runs on the way to a <c>throw</c> (programmer-misuse paths are allowed to allocate).</param>
/// <param name="Slot">Index of the local or parameter for <see cref="AllocationKind.StructLocal"/> and <see cref="AllocationKind.StructParameter"/>.</param>
public sealed record Allocation(AllocationKind Kind, string Method, int IlOffset, string Subject, bool OnThrowPath, int Slot = -1)
{
    /// <summary>Where in the method: <c>IL_001a</c>, <c>local 2, frame entry</c>, <c>parameter 1</c> or <c>signature</c>.</summary>
    public string Where => IlOffset >= 0
        ? $"IL_{IlOffset:x4}"
        : Kind switch
        {
            AllocationKind.StructLocal => $"local {Slot}, frame entry",
            AllocationKind.StructParameter => $"parameter {Slot}",
            _ => "signature",
        };

    /// <summary>The finding in words, e.g. <c>struct local DataRate (frame entry)</c>.</summary>
    public string Describe() => $"{KindName(Kind)} {Subject} ({Where})";

    /// <summary>
    /// Counts by kind in kind order, e.g. <c>2 new array, 1 call to allocating method (Crc32.BuildTable [1 new array])</c>;
    /// "none" when empty. Calls to allocating methods name their callees.
    /// </summary>
    public static string Summarize(IEnumerable<Allocation> findings)
    {
        var groups = findings.GroupBy(f => f.Kind).OrderBy(g => g.Key).Select(g => g.Key == AllocationKind.CalleeAllocates
            ? $"{g.Count()} {KindName(g.Key)} ({string.Join("; ", g.Select(f => f.Subject))})"
            : $"{g.Count()} {KindName(g.Key)}").ToList();
        return groups.Count == 0 ? "none" : string.Join(", ", groups);
    }

    /// <summary>The words used for a kind in errors and reports.</summary>
    public static string KindName(AllocationKind kind) => kind switch
    {
        AllocationKind.NewObject => "new object",
        AllocationKind.NewStruct => "new struct",
        AllocationKind.NewDelegate => "delegate creation",
        AllocationKind.Closure => "closure",
        AllocationKind.NewArray => "new array",
        AllocationKind.Box => "box",
        AllocationKind.StringLiteral => "string literal",
        AllocationKind.StringBuilding => "string building",
        AllocationKind.StructLocal => "struct local",
        AllocationKind.StructParameter => "struct parameter",
        AllocationKind.StructReturn => "struct return value",
        AllocationKind.StructCopy => "struct copy",
        AllocationKind.StructCallResult => "call returning struct",
        AllocationKind.CalleeAllocates => "call to allocating method",
        _ => kind.ToString(),
    };
}
