// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Tests.Payloads;

/// <summary>Hex helpers for the byte-vector tables.</summary>
internal static class Hex
{
    public static string Of(byte[] buffer, int offset, int length) => Convert.ToHexString(buffer, offset, length);

    public static byte[] Parse(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty));
}
