// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Node
{
    /// <summary>
    /// Builds an image's node once per boot: board pins, drivers, application and <see cref="NodeRuntime"/>. An image's
    /// <c>Program</c> implements it; <see cref="NodeProgramLoop"/> calls it inside its catch-all so that a failure while
    /// building still ends in sleep.
    /// </summary>
    public interface INodeBuilder
    {
        /// <summary>Creates the node's objects; may throw (a missing sensor, a refused pin), never returns null.</summary>
        /// <returns>The runtime of this boot.</returns>
        NodeRuntime Build();
    }
}
