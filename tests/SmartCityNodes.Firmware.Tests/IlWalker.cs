// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using System.Reflection.Emit;

namespace SmartCityNodes.Firmware.Tests;

/// <summary>Splits a method body's IL into instructions (ECMA-335 Partition III), with operand sizes from the runtime's <see cref="OpCodes"/>.</summary>
internal static class IlWalker
{
    private static readonly Dictionary<ushort, OpCode> Codes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(c => (ushort)c.Value);

    /// <summary>One instruction: its opcode value (0xFE-prefixed ones as 0xFEnn) and where its operand starts.</summary>
    public readonly record struct Instruction(ushort OpCode, int OperandOffset);

    public static IEnumerable<Instruction> Instructions(byte[] il)
    {
        var offset = 0;
        while (offset < il.Length)
        {
            ushort value = il[offset++];
            if (value == 0xFE)
            {
                value = (ushort)(0xFE00 | il[offset++]);
            }

            var code = Codes[value];
            var operandOffset = offset;
            offset += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, offset)),
                _ => 4,
            };
            yield return new Instruction(value, operandOffset);
        }
    }
}
