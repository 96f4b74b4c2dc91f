// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Planning
{
    /// <summary>The fixed table of work a wake can do; each has one deadline in the planner (no allocation, no list).</summary>
    public enum WakeTask
    {
        /// <summary>Read the sensors (periodic).</summary>
        Measure = 0,

        /// <summary>Send the readings or an event (periodic, or now for an event); needs the radio.</summary>
        Report = 1,

        /// <summary>Status uplink (battery, faults) even when nothing changed (periodic); needs the radio.</summary>
        Heartbeat = 2,

        /// <summary>OTAA join attempt (one-shot; the MAC's join back-off gives its not-before); needs the radio.</summary>
        Join = 3,

        /// <summary>Continue a transaction the MAC postponed (MacEngine.ContinuePending); needs the radio.</summary>
        Retransmit = 4,

        /// <summary>Apply a configuration received in a downlink (one-shot).</summary>
        ApplyRemoteConfig = 5,
    }
}
