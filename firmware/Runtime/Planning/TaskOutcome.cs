// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Planning
{
    /// <summary>How one step ended, as the application reports it to <see cref="WakePlanner.CompleteStep"/>.</summary>
    public enum TaskOutcome
    {
        /// <summary>Done: strikes cleared, next deadline one (stretched) period on, one-shots retired.</summary>
        Done = 0,

        /// <summary>Failed (sensor fault, radio fault): strike, retry after the fault back-off.</summary>
        Failed = 1,

        /// <summary>The MAC answered "not before T" (give T to <see cref="WakePlanner.SetNotBefore"/>): the task stays due.</summary>
        Deferred = 2,

        /// <summary>Done, but past its step bound: counted as a fault (strike) and rescheduled like Done.</summary>
        Overran = 3,
    }
}
