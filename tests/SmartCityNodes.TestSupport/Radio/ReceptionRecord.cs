// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Radio
{
    /// <summary>
    /// One receive window as a chip model saw it: listening start (µs, clock time), the symbol count programmed, the range
    /// of preamble starts the model's detection rule hears, and whether a downlink was heard.
    /// </summary>
    public sealed record ReceptionRecord(long ListenMicroseconds, int Symbols, long HeardFromMicroseconds, long HeardUntilMicroseconds, bool Heard);
}
