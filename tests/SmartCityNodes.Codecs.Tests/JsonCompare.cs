// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>
/// Deep equality of JSON values as lodash.isequal in the lorawan-devices validator sees them: key order does not
/// matter, numbers compare by value (21.5 == 21.50, 3 == 3.0).
/// </summary>
internal static class JsonCompare
{
    /// <summary>Null when equal, otherwise the path of the first difference.</summary>
    public static string? Difference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }

        switch (expected)
        {
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return $"{path}: expected an object, got {Show(actual)}";
                }

                foreach (var pair in expectedObject)
                {
                    if (!actualObject.ContainsKey(pair.Key))
                    {
                        return $"{path}.{pair.Key}: missing";
                    }

                    string? inner = Difference(pair.Value, actualObject[pair.Key], $"{path}.{pair.Key}");
                    if (inner != null)
                    {
                        return inner;
                    }
                }

                var extra = actualObject.Select(p => p.Key).FirstOrDefault(k => !expectedObject.ContainsKey(k));
                return extra == null ? null : $"{path}.{extra}: not expected (value {Show(actualObject[extra])})";
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    return $"{path}: expected {Show(expected)}, got {Show(actual)}";
                }

                for (int i = 0; i < expectedArray.Count; i++)
                {
                    string? inner = Difference(expectedArray[i], actualArray[i], $"{path}[{i}]");
                    if (inner != null)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                var expectedValue = (JsonValue)expected;
                if (actual is not JsonValue actualValue || expectedValue.GetValueKind() != actualValue.GetValueKind())
                {
                    return $"{path}: expected {Show(expected)}, got {Show(actual)}";
                }

                bool same = expectedValue.GetValueKind() == JsonValueKind.Number
                    ? Number(expectedValue) == Number(actualValue)
                    : expectedValue.ToJsonString() == actualValue.ToJsonString();
                return same ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    private static double Number(JsonValue value) => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
