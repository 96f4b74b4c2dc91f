// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Provisioning;

/// <summary>
/// The byte stream to a node's provisioning console: a serial port in the field (<see cref="SerialConsoleStream"/>),
/// an in-process pair in the tests.
/// </summary>
public interface IConsoleStream : IDisposable
{
    /// <summary>Sends <paramref name="count"/> bytes.</summary>
    void Write(byte[] buffer, int offset, int count);

    /// <summary>Reads what has arrived, waiting at most <paramref name="timeoutMs"/>; returns 0 when nothing came.</summary>
    int Read(byte[] buffer, int offset, int count, int timeoutMs);
}
