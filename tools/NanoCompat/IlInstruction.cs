// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>One decoded IL instruction (ECMA-335 Partition III).</summary>
/// <param name="Offset">Byte offset of the opcode in the method body.</param>
/// <param name="OpCode">The opcode.</param>
/// <param name="Token">The metadata token operand, or a nil handle when the operand is not a token.</param>
/// <param name="Operand">Non-token integer operand: local/argument index, branch target offset, or 0.</param>
/// <param name="SwitchTargets">Branch targets of a <c>switch</c>, empty otherwise.</param>
internal readonly record struct IlInstruction(int Offset, OpCode OpCode, EntityHandle Token, int Operand, int[] SwitchTargets)
{
    /// <summary>Byte offset written as ildasm does, <c>IL_001a</c>.</summary>
    public string Label => $"IL_{Offset:x4}";
}
