// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// One simulated node: each <see cref="Wake"/> is a deep-sleep wake (a reboot on the device) at simulated time t:
    /// a fresh object graph, state only from the persistent store, measure, decide, maybe transmit, persist, and say
    /// when to wake next. Energy goes to <see cref="Energy"/>, transmissions to the air interface.
    /// </summary>
    internal interface ISimulatedNode
    {
        string Name { get; }

        /// <summary>bin, air or parking.</summary>
        string Type { get; }

        /// <summary>When the node wakes next (simulated ms).</summary>
        long NextWakeMilliseconds { get; }

        NodeEnergy Energy { get; }

        NodeStatistics Statistics { get; }

        /// <summary>Runs one wake at <paramref name="nowMilliseconds"/>.</summary>
        void Wake(long nowMilliseconds);

        /// <summary>Books the sleep from the last wake to the end of the run.</summary>
        void Finish(long endMilliseconds);
    }
}
