// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;

namespace SmartCityNodes.Codecs;

/// <summary>
/// What a decoder returns, shaped like the JavaScript codecs' result: <c>data</c> on success, <c>errors</c> otherwise
/// (the field names and values of <see cref="Data"/> are those of the JavaScript decoder, docs/payloads).
/// </summary>
public sealed class CodecResult
{
    private CodecResult(JsonObject? data, IReadOnlyList<string> errors)
    {
        Data = data;
        Errors = errors;
    }

    /// <summary>Decoded fields, or null when <see cref="Errors"/> is not empty.</summary>
    public JsonObject? Data { get; }

    /// <summary>Why the input was refused; empty on success.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>True when the input was decoded.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A decoded result.</summary>
    /// <param name="data">Fields.</param>
    /// <returns>The result.</returns>
    public static CodecResult Success(JsonObject data) => new(data, Array.Empty<string>());

    /// <summary>A refusal.</summary>
    /// <param name="error">Why.</param>
    /// <returns>The result.</returns>
    public static CodecResult Failure(string error) => new(null, new[] { error });

    /// <summary>The result as the JavaScript codec would return it: <c>{"data": ...}</c> or <c>{"errors": [...]}</c>.</summary>
    /// <returns>A new JSON object.</returns>
    public JsonObject ToJson()
    {
        if (Succeeded)
        {
            return new JsonObject { ["data"] = Data!.DeepClone() };
        }

        var errors = new JsonArray();
        foreach (string error in Errors)
        {
            errors.Add(error);
        }

        return new JsonObject { ["errors"] = errors };
    }
}
