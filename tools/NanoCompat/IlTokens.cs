// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>
/// Walks a method body's IL (ECMA-335 Partition III) and yields every metadata token operand, and
/// whether <c>localloc</c> (stackalloc) appears. Operand sizes come from the runtime's own
/// <see cref="OpCodes"/> table rather than a hand-copied one.
/// </summary>
internal static class IlTokens
{
    private static readonly OpCode?[] OneByte = new OpCode?[0x100];
    private static readonly OpCode?[] TwoByte = new OpCode?[0x100];

    static IlTokens()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is not OpCode code)
            {
                continue;
            }

            var value = (ushort)code.Value;
            if (code.Size == 1)
            {
                OneByte[value] = code;
            }
            else
            {
                TwoByte[value & 0xFF] = code;
            }
        }
    }

    /// <summary>The tokens a body's instructions refer to, in order; <paramref name="usesLocalloc"/> tells whether stackalloc appears.</summary>
    public static List<EntityHandle> Read(BlobReader il, out bool usesLocalloc)
    {
        var tokens = new List<EntityHandle>();
        usesLocalloc = false;
        while (il.RemainingBytes > 0)
        {
            var first = il.ReadByte();
            OpCode? code = first == 0xFE ? TwoByte[il.ReadByte()] : OneByte[first];
            if (code is not { } op)
            {
                throw new BadImageFormatException($"unknown IL opcode 0x{first:X2} at offset {il.Offset - 1}");
            }

            if (op == OpCodes.Localloc)
            {
                usesLocalloc = true;
            }

            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var cases = il.ReadInt32();
                    il.Offset += 4 * cases;
                    break;
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                case OperandType.InlineSig:
                    var token = il.ReadInt32();
                    tokens.Add(MetadataTokens.EntityHandle(token));
                    break;
                default:
                    // InlineBrTarget, InlineI, InlineString, ShortInlineR: 4-byte operands that are not metadata rows we check.
                    il.Offset += 4;
                    break;
            }
        }

        return tokens;
    }
}
