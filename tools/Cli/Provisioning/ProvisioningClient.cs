// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Diagnostics;
using System.Text;

namespace SmartCityNodes.Cli.Provisioning;

/// <summary>
/// Host side of the node's provisioning console (docs/provisioning-console.md): one request, then its one reply,
/// with a timeout. A missing reply, a reply whose checksum fails or a line that is not a reply ends the session with
/// <see cref="DeviceIoException"/> (exit 3); ERR replies are returned to the caller, which knows what was asked.
/// </summary>
public sealed class ProvisioningClient
{
    // Longest line the node accepts is 160 bytes (docs, "Framing"); a reply longer than this is not the console.
    private const int MaxReplyLength = 256;

    private readonly IConsoleStream stream;
    private readonly string portName;
    private readonly int timeoutMs;
    private readonly byte[] receive = new byte[64];
    private readonly StringBuilder pending = new();

    /// <summary>Creates a client on an open stream.</summary>
    /// <param name="stream">The byte stream to the node.</param>
    /// <param name="portName">Port name for messages.</param>
    /// <param name="timeoutMs">How long to wait for each reply (the document recommends 2 s).</param>
    public ProvisioningClient(IConsoleStream stream, string portName, int timeoutMs)
    {
        this.stream = stream;
        this.portName = portName;
        this.timeoutMs = timeoutMs;
    }

    /// <summary>Sends a bare LF (the document's resynchronisation: the node answers nothing) and forgets any partial line.</summary>
    public void Resynchronise()
    {
        stream.Write([0x0A], 0, 1);
        pending.Clear();
    }

    /// <summary>Sends <paramref name="body"/> and returns the node's reply.</summary>
    /// <param name="body">Request without checksum, e.g. <c>SET report_s 900</c>.</param>
    /// <param name="shownAs">How the request is named in an error (keys are never echoed).</param>
    public ConsoleReply Send(string body, string shownAs)
    {
        var bytes = Encoding.ASCII.GetBytes(ConsoleLine.Request(body));
        stream.Write(bytes, 0, bytes.Length);
        var line = ReadLine(shownAs);
        var replyBody = ConsoleLine.BodyOf(line)
            ?? throw new DeviceIoException($"checksum error in the node's reply to {shownAs} on '{portName}' (line noise or wrong baud rate; check the cable and --baud, then run again)");
        var reply = ConsoleReply.Parse(replyBody)
            ?? throw new DeviceIoException($"the device on '{portName}' gave a reply that is not the provisioning console's to {shownAs}: '{Printable(replyBody)}' (wrong device or port?)");
        if (reply.Ok && !string.Equals(reply.Words[0], body.Split(' ')[0], StringComparison.OrdinalIgnoreCase))
        {
            throw new DeviceIoException($"the node answered OK {reply.Words[0]} to {shownAs} on '{portName}': the session is out of step; reset the node and run again");
        }

        if (!reply.Ok && reply.ErrorCode == 1)
        {
            throw new DeviceIoException($"the node reported a checksum error in {shownAs} on '{portName}' (line noise or wrong baud rate; check the cable and --baud, then run again)");
        }

        return reply;
    }

    private string ReadLine(string shownAs)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf('\n');
            if (end >= 0)
            {
                pending.Remove(0, end + 1);
                return text[..end].TrimEnd('\r');
            }

            if (pending.Length > MaxReplyLength)
            {
                throw new DeviceIoException($"the device on '{portName}' sends {pending.Length} bytes without a line end: not a SmartCityNodes provisioning console (wrong port, or baud rate?)");
            }

            var left = timeoutMs - (int)clock.ElapsedMilliseconds;
            if (left <= 0)
            {
                throw new DeviceIoException($"no reply to {shownAs} from '{portName}' within {timeoutMs} ms: is the node powered and running its firmware (press RST), and is this its port?");
            }

            var count = stream.Read(receive, 0, receive.Length, left);
            for (var i = 0; i < count; i++)
            {
                pending.Append((char)receive[i]);
            }
        }
    }

    private static string Printable(string text) => new(text.Take(60).Select(c => c is >= ' ' and <= '~' ? c : '?').ToArray());
}
