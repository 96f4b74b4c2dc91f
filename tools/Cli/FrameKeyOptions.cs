// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;

namespace SmartCityNodes.Cli;

/// <summary>The key options <c>frame decode</c> and <c>decode</c> share, and the <see cref="FrameInspector.Keys"/> they give.</summary>
public sealed class FrameKeyOptions
{
    private readonly Option<string> nwkSKey = new("--nwkskey") { Description = "NwkSKey, 32 hex digits: checks a data frame's MIC (and decrypts FPort 0)" };
    private readonly Option<string> appSKey = new("--appskey") { Description = "AppSKey, 32 hex digits: decrypts FPort 1..255 payloads" };
    private readonly Option<string> appKey = new("--appkey") { Description = "AppKey, 32 hex digits: Join-Request MIC and Join-Accept decryption" };
    private readonly Option<string> fCntHigh = new("--fcnt-high") { Description = "upper 16 bits of the 32-bit FCnt (the wire carries only the lower 16)", DefaultValueFactory = _ => "0" };
    private readonly Option<string> devNonce = new("--devnonce") { Description = "DevNonce of the Join-Request, to derive session keys from a Join-Accept" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(nwkSKey);
        command.Options.Add(appSKey);
        command.Options.Add(appKey);
        command.Options.Add(fCntHigh);
        command.Options.Add(devNonce);
    }

    /// <summary>The keys given on the command line (<see cref="UsageException"/> for a malformed one).</summary>
    public FrameInspector.Keys Keys(ParseResult parse) => new(
        parse.GetValue(nwkSKey) is { } n ? HexInput.Key("--nwkskey", n) : null,
        parse.GetValue(appSKey) is { } a ? HexInput.Key("--appskey", a) : null,
        parse.GetValue(appKey) is { } k ? HexInput.Key("--appkey", k) : null,
        (uint)HexInput.Unsigned("--fcnt-high", parse.GetValue(fCntHigh), ushort.MaxValue),
        parse.GetValue(devNonce) is { } d ? (ushort)HexInput.Unsigned("--devnonce", d, ushort.MaxValue) : null);
}
