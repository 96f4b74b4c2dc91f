// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Tests;

/// <summary>Hex in test vectors is wire order, as the specs and lora-packet print it.</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty));

    public static string Of(byte[] bytes, int offset, int count) => Convert.ToHexString(bytes, offset, count);

    public static string Of(byte[] bytes) => Convert.ToHexString(bytes);
}
