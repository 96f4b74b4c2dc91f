// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Security.Cryptography;

namespace SmartCityNodes.LoRaWan.Tests;

/// <summary>
/// The FRMPayload keystream computed with .NET's own AES (System.Security.Cryptography), independent of our
/// Aes128: A_i = 0x01 | 0x00 x4 | Dir | DevAddr(LE) | FCnt(LE, 32 bits) | 0x00 | i (L2 1.0.4 §4.3.3.1).
/// </summary>
internal static class ReferenceAes
{
    public static byte[] Crypt(byte[] key, byte direction, uint devAddr, uint fCnt, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var output = new byte[data.Length];
        for (var block = 0; block * 16 < data.Length; block++)
        {
            var a = new byte[16];
            a[0] = 0x01;
            a[5] = direction;
            BitConverter.GetBytes(devAddr).CopyTo(a, 6);
            BitConverter.GetBytes(fCnt).CopyTo(a, 10);
            a[15] = (byte)(block + 1);
            var s = aes.EncryptEcb(a, PaddingMode.None);
            for (var i = 0; i < 16 && block * 16 + i < data.Length; i++)
            {
                output[block * 16 + i] = (byte)(data[block * 16 + i] ^ s[i]);
            }
        }

        return output;
    }
}
