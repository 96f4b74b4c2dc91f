// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Runtime.Node
{
    /// <summary>
    /// Carries out a <see cref="NodeSleepDecision"/> through an <see cref="ISleepController"/> so that no path leaves
    /// the node awake: an image's <c>Program</c> calls <see cref="Execute(ISleepController, IResetController, NodeSleepDecision)"/> after every wake, and with
    /// <see cref="SetFallback"/>'s decision when building the node or <see cref="NodeRuntime.RunWake"/> threw.
    /// Order: the decision's own sleep; if a deep sleep returns (refused, or on a host), a timer-only deep sleep of the
    /// same duration (a pin that is not wake-capable must not keep the node awake); if that returns too, a timer-only
    /// deep sleep of <see cref="FallbackSleepMicroseconds"/>; then <see cref="RebootSleepMicroseconds"/>. A
    /// <see cref="NodeSleepKind.Reboot"/> is a true reset through the <see cref="IResetController"/> (on the ESP32
    /// nanoFramework.Runtime.Native <c>Power.RebootDevice</c>), so the next boot reports a reset, not a timer wake; when
    /// no reset controller is given, or its <see cref="IResetController.Reboot"/> returns, it is a timer-only deep sleep
    /// of its delay (on the ESP32 every deep sleep ends in a reboot too, but one that reports a timer wake). Deep and
    /// light sleeps never touch the reset controller. Allocates nothing.
    /// </summary>
    public static class SleepDecisionExecutor
    {
        /// <summary>
        /// Sleep after an exception escaped the build or the wake: 15 minutes, the applications' default report
        /// interval order of magnitude, short enough that a transient fault costs one report, long enough that a
        /// permanent fault does not drain the battery by boot loops (a boot with radio start-up costs far more than
        /// 15 minutes of deep sleep on the boards in firmware/Boards).
        /// </summary>
        public const long FallbackSleepMicroseconds = 15L * 60L * 1000L * 1000L;

        /// <summary>Deep sleep used as a reset when everything else returned: 100 ms, as <c>Esp32Watchdog</c> does.</summary>
        public const long RebootSleepMicroseconds = 100L * 1000L;

        /// <summary>Fills <paramref name="decision"/> with the catch-all: deep sleep, timer wake only, <see cref="FallbackSleepMicroseconds"/>.</summary>
        /// <param name="decision">Caller-owned decision, overwritten.</param>
        public static void SetFallback(NodeSleepDecision decision)
        {
            if (decision == null)
            {
                throw new System.ArgumentNullException();
            }

            decision.Kind = NodeSleepKind.Deep;
            decision.SleepMicroseconds = FallbackSleepMicroseconds;
            decision.WakeAtMilliseconds = 0;
            decision.WakePin = SleepLimits.NoPin;
            decision.WakeLevelHigh = false;
        }

        /// <summary>
        /// Executes <paramref name="decision"/>. Returns true only after a light sleep that completed: the caller then
        /// runs the next wake in the same boot. Every other path ends in a deep sleep (on the device it never returns);
        /// false means every deep sleep returned (only a host controller does that) and the caller should call again.
        /// A null decision is executed as the fallback.
        /// </summary>
        /// <param name="sleep">The node's sleep controller (not null).</param>
        /// <param name="decision">The decision of the wake, or null.</param>
        /// <returns>True when a light sleep ended and the node is awake by design.</returns>
        public static bool Execute(ISleepController sleep, NodeSleepDecision decision)
        {
            return Execute(sleep, null, decision);
        }

        /// <summary>
        /// Executes <paramref name="decision"/> as <see cref="Execute(ISleepController, NodeSleepDecision)"/> does, with a
        /// <see cref="NodeSleepKind.Reboot"/> carried out by <paramref name="reset"/> first.
        /// </summary>
        /// <param name="sleep">The node's sleep controller (not null).</param>
        /// <param name="reset">The node's reset controller, or null (a reboot is then a deep sleep of its delay).</param>
        /// <param name="decision">The decision of the wake, or null.</param>
        /// <returns>True when a light sleep ended and the node is awake by design.</returns>
        public static bool Execute(ISleepController sleep, IResetController reset, NodeSleepDecision decision)
        {
            if (sleep == null)
            {
                throw new System.ArgumentNullException();
            }

            long durationMicroseconds = FallbackSleepMicroseconds;
            if (decision != null)
            {
                durationMicroseconds = decision.SleepMicroseconds;
                if (durationMicroseconds < SleepLimits.MinimumSleepMicroseconds)
                {
                    durationMicroseconds = SleepLimits.MinimumSleepMicroseconds;
                }

                if (decision.Kind == NodeSleepKind.Light)
                {
                    if (sleep.LightSleep(durationMicroseconds, decision.WakePin, decision.WakeLevelHigh) == SleepStatus.Ok)
                    {
                        return true;
                    }
                }
                else if (decision.Kind == NodeSleepKind.Reboot && reset != null)
                {
                    // Never returns on the device; a return (or a throw: this runs in the Program's finally, where an
                    // escaping exception would leave the node awake) means no reset happened, and the timer-only sleep
                    // below (the decision's delay) stands in for it.
                    try
                    {
                        reset.Reboot();
                    }
                    catch (System.Exception)
                    {
                    }
                }
                else if (decision.Kind == NodeSleepKind.Deep && decision.WakePin != SleepLimits.NoPin)
                {
                    if (sleep.DeepSleep(durationMicroseconds, decision.WakePin, decision.WakeLevelHigh) == SleepStatus.Ok)
                    {
                        return false;
                    }
                }
            }

            // A deep sleep with status Ok never returns on the device; a host controller returns and the wake is over.
            if (sleep.DeepSleep(durationMicroseconds, SleepLimits.NoPin, false) == SleepStatus.Ok
                || sleep.DeepSleep(FallbackSleepMicroseconds, SleepLimits.NoPin, false) == SleepStatus.Ok)
            {
                return false;
            }

            sleep.DeepSleep(RebootSleepMicroseconds, SleepLimits.NoPin, false);
            return false;
        }
    }
}
