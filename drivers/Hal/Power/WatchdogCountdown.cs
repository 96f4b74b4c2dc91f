// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// The state of a software watchdog on a millisecond time line: armed or not, the bound, the deadline. A device
    /// adapter keeps one timer and, when it fires, asks <see cref="RemainingMilliseconds"/>: −1 (disarmed meanwhile) →
    /// do nothing, more than 0 (fed meanwhile) → fire again after that long, 0 → reset the node. Feeding therefore only
    /// moves the deadline (no native call per feed). Not thread-safe: the adapter serialises calls.
    /// </summary>
    [HotPath]
    public sealed class WatchdogCountdown
    {
        /// <summary>What <see cref="RemainingMilliseconds"/> returns while disarmed.</summary>
        public const long NotArmed = -1;

        private long _deadlineMilliseconds;

        /// <summary>True between <see cref="Arm"/> and <see cref="Disarm"/>.</summary>
        public bool IsArmed { get; private set; }

        /// <summary>The bound of the last <see cref="Arm"/>, ms (0 before the first).</summary>
        public int TimeoutMilliseconds { get; private set; }

        /// <summary>Arms (or re-arms) with a new bound: deadline = now + bound.</summary>
        /// <param name="timeoutMilliseconds">Bound, 1 ms or more.</param>
        /// <param name="nowMilliseconds">The current time on the adapter's clock.</param>
        /// <exception cref="ArgumentOutOfRangeException">Bound below 1 ms (programmer misuse; nothing changes).</exception>
        public void Arm(int timeoutMilliseconds, long nowMilliseconds)
        {
            if (timeoutMilliseconds < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(timeoutMilliseconds));
            }

            TimeoutMilliseconds = timeoutMilliseconds;
            _deadlineMilliseconds = nowMilliseconds + timeoutMilliseconds;
            IsArmed = true;
        }

        /// <summary>Restarts the countdown with the current bound; does nothing while disarmed.</summary>
        /// <param name="nowMilliseconds">The current time on the adapter's clock.</param>
        public void Feed(long nowMilliseconds)
        {
            if (IsArmed)
            {
                _deadlineMilliseconds = nowMilliseconds + TimeoutMilliseconds;
            }
        }

        /// <summary>Stops the countdown.</summary>
        public void Disarm()
        {
            IsArmed = false;
        }

        /// <summary>Milliseconds to the deadline (0 once reached or passed), or <see cref="NotArmed"/>.</summary>
        /// <param name="nowMilliseconds">The current time on the adapter's clock.</param>
        public long RemainingMilliseconds(long nowMilliseconds)
        {
            if (!IsArmed)
            {
                return NotArmed;
            }

            long remaining = _deadlineMilliseconds - nowMilliseconds;
            return remaining > 0 ? remaining : 0;
        }
    }
}
