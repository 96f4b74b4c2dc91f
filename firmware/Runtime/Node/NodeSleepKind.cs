// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Node
{
    /// <summary>How the image's Program ends a wake.</summary>
    public enum NodeSleepKind
    {
        /// <summary>Deep sleep (the next wake is a reboot); allowed only after the state was saved.</summary>
        Deep = 0,

        /// <summary>Light sleep, then call <see cref="NodeRuntime.RunWake"/> again in the same process.</summary>
        Light = 1,

        /// <summary>Reboot after a short delay: the state could not be saved (the next boot is unclean, so counters
        /// continue at their reserved ceilings), or a remote Reboot command was acknowledged.</summary>
        Reboot = 2,
    }
}
