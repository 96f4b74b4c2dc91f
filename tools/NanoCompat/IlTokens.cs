// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace SmartCityNodes.Tools.NanoCompat;

/// <summary>
/// Decodes a method body's IL (ECMA-335 Partition III) into instructions with their offsets, token operands,
/// local/argument indices and branch targets. Operand sizes come from the runtime's own <see cref="OpCodes"/>
/// table rather than a hand-copied one.
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
        var instructions = Decode(il);
        usesLocalloc = instructions.Any(i => i.OpCode == OpCodes.Localloc);
        return instructions.Where(i => !i.Token.IsNil).Select(i => i.Token).ToList();
    }

    /// <summary>Every instruction of a body, in order.</summary>
    public static List<IlInstruction> Decode(BlobReader il)
    {
        var instructions = new List<IlInstruction>();
        while (il.RemainingBytes > 0)
        {
            var offset = il.Offset;
            var first = il.ReadByte();
            OpCode? code = first == 0xFE ? TwoByte[il.ReadByte()] : OneByte[first];
            if (code is not { } op)
            {
                throw new BadImageFormatException($"unknown IL opcode 0x{first:X2} at offset {offset}");
            }

            EntityHandle token = default;
            var operand = 0;
            var switchTargets = Array.Empty<int>();
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                    operand = il.ReadSByte();
                    operand += il.Offset;
                    break;
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    operand = il.ReadByte();
                    break;
                case OperandType.InlineVar:
                    operand = il.ReadUInt16();
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var cases = il.ReadInt32();
                    var relative = new int[cases];
                    for (var i = 0; i < cases; i++)
                    {
                        relative[i] = il.ReadInt32();
                    }

                    switchTargets = relative.Select(r => r + il.Offset).ToArray();
                    break;
                case OperandType.InlineBrTarget:
                    operand = il.ReadInt32();
                    operand += il.Offset;
                    break;
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                case OperandType.InlineSig:
                    token = MetadataTokens.EntityHandle(il.ReadInt32());
                    break;
                default:
                    // InlineI, InlineString, ShortInlineR: 4-byte operands that are not metadata rows.
                    il.Offset += 4;
                    break;
            }

            instructions.Add(new IlInstruction(offset, op, token, operand, switchTargets));
        }

        return instructions;
    }
}
