// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Scenarios
{
    /// <summary>A scenario that cannot run; the message says where and what to fix.</summary>
    internal sealed class ScenarioException : Exception
    {
        public ScenarioException(string message)
            : base(message)
        {
        }
    }
}
