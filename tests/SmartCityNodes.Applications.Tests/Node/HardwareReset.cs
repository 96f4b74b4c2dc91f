// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>
    /// Thrown by a test double where real hardware would reset the chip (watchdog expiry, power cut): the harness
    /// catches it outside the runtime, drops the object graph and boots again with <see cref="Cause"/>.
    /// </summary>
    internal sealed class HardwareReset : Exception
    {
        public HardwareReset(WakeCause cause) : base("hardware reset: " + cause) => Cause = cause;

        public WakeCause Cause { get; }
    }
}
