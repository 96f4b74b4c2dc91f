// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Collections.Immutable;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>
/// Finds the instructions that only run on the way to a <c>throw</c>: basic blocks that end in <c>throw</c> or
/// <c>rethrow</c>, and blocks every successor of which is such a block (<c>if (bad) throw new X("...")</c>,
/// with or without a conditional message). Allocations there happen only when the code rejects misuse.
/// </summary>
internal static class ThrowPaths
{
    public static bool[] Find(IReadOnlyList<IlInstruction> instructions, ImmutableArray<ExceptionRegion> regions)
    {
        var indexOfOffset = new Dictionary<int, int>();
        for (var i = 0; i < instructions.Count; i++)
        {
            indexOfOffset[instructions[i].Offset] = i;
        }

        var leaders = new SortedSet<int> { 0 };
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            foreach (var target in Targets(instruction))
            {
                if (indexOfOffset.TryGetValue(target, out var t))
                {
                    leaders.Add(t);
                }
            }

            if (EndsBlock(instruction.OpCode) && i + 1 < instructions.Count)
            {
                leaders.Add(i + 1);
            }
        }

        foreach (var region in regions)
        {
            foreach (var offset in new[] { region.TryOffset, region.HandlerOffset, region.TryOffset + region.TryLength, region.HandlerOffset + region.HandlerLength })
            {
                if (indexOfOffset.TryGetValue(offset, out var t))
                {
                    leaders.Add(t);
                }
            }
        }

        var starts = leaders.ToList();
        var blockOf = new int[instructions.Count];
        for (var b = 0; b < starts.Count; b++)
        {
            var end = b + 1 < starts.Count ? starts[b + 1] : instructions.Count;
            for (var i = starts[b]; i < end; i++)
            {
                blockOf[i] = b;
            }
        }

        var successors = new List<int>[starts.Count];
        var cold = new bool[starts.Count];
        for (var b = 0; b < starts.Count; b++)
        {
            var lastIndex = (b + 1 < starts.Count ? starts[b + 1] : instructions.Count) - 1;
            var last = instructions[lastIndex];
            successors[b] = new List<int>();
            var flow = last.OpCode.FlowControl;
            if (flow == FlowControl.Throw)
            {
                cold[b] = true;
                continue;
            }

            if (flow == FlowControl.Return)
            {
                continue;
            }

            foreach (var target in Targets(last))
            {
                if (indexOfOffset.TryGetValue(target, out var t))
                {
                    successors[b].Add(blockOf[t]);
                }
            }

            if (flow != FlowControl.Branch && lastIndex + 1 < instructions.Count && last.OpCode != OpCodes.Endfinally)
            {
                successors[b].Add(blockOf[lastIndex + 1]);
            }
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            for (var b = 0; b < starts.Count; b++)
            {
                if (!cold[b] && successors[b].Count > 0 && successors[b].All(s => cold[s]))
                {
                    cold[b] = true;
                    changed = true;
                }
            }
        }

        return blockOf.Select(b => cold[b]).ToArray();
    }

    private static IEnumerable<int> Targets(IlInstruction instruction)
    {
        var flow = instruction.OpCode.FlowControl;
        if (instruction.OpCode == OpCodes.Switch)
        {
            return instruction.SwitchTargets;
        }

        return flow is FlowControl.Branch or FlowControl.Cond_Branch ? new[] { instruction.Operand } : Array.Empty<int>();
    }

    private static bool EndsBlock(OpCode op)
        => op.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw
           || op == OpCodes.Switch || op == OpCodes.Endfinally;
}
