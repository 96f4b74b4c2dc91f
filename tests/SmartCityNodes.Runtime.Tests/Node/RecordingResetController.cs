// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Runtime.Tests.Node;

/// <summary>
/// A reset controller whose Reboot returns (as a refused reset would on the device), writing "Reset" into the same call
/// log as the sleep controller so the order of resets and sleeps is visible; optionally throws instead.
/// </summary>
internal sealed class RecordingResetController(List<string> log, bool throws = false) : IResetController
{
    public int Reboots { get; private set; }

    public void Reboot()
    {
        Reboots++;
        log.Add("Reset");
        if (throws)
        {
            throw new InvalidOperationException("native reboot failed");
        }
    }
}
