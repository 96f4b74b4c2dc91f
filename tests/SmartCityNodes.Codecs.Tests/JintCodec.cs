// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json.Nodes;
using Jint;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>One codec file loaded into a Jint engine (the .NET JavaScript interpreter, NuGet Jint).</summary>
internal sealed class JintCodec
{
    private readonly Engine engine = new(options => options.TimeoutInterval(TimeSpan.FromSeconds(5)));

    public JintCodec(string device)
    {
        engine.Execute(File.ReadAllText(Repository.CodecFile(device)));
    }

    /// <summary>Calls <paramref name="function"/> with <paramref name="input"/>; an exception becomes {"exception": message}.</summary>
    public JsonNode? Call(string function, JsonNode? input)
    {
        try
        {
            string text = engine.Evaluate($"JSON.stringify({function}({input?.ToJsonString() ?? "undefined"}))").AsString();
            return JsonNode.Parse(text);
        }
        catch (Jint.Runtime.JavaScriptException exception)
        {
            return new JsonObject { ["exception"] = exception.Message };
        }
    }
}
