// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Provisioning;

namespace SmartCityNodes.Runtime.Node
{
    /// <summary>
    /// The body of every image's <c>Main</c>, portable so that it is tested on the host: build the node once, run a
    /// wake, execute its sleep decision; any exception from the build or the wake replaces the decision with
    /// <see cref="SleepDecisionExecutor.SetFallback"/>'s deep sleep (15 minutes, timer wake), and the decision is
    /// executed in a <c>finally</c>, so no path leaves the node awake. A build that threw is retried by the next boot,
    /// not in this one (nanoCLR state after a failed build is not trusted). Only a completed light sleep returns to
    /// another wake in the same boot. With a <see cref="ConsoleWindow"/>, a reset boot serves the provisioning console
    /// between the build and the first wake (<see cref="ConsoleWindow.OpensAfter"/>); with an
    /// <see cref="IResetController"/>, a <see cref="NodeSleepKind.Reboot"/> (the runtime's, or the console's REBOOT) is a
    /// true reset.
    /// </summary>
    public static class NodeProgramLoop
    {
        /// <summary>
        /// Runs wakes until a deep sleep (on the device it never returns). Returns only when every deep sleep
        /// returned, which a host controller does; the device <c>Program</c> then calls it again.
        /// </summary>
        /// <param name="sleep">The node's sleep controller, created before anything else (not null).</param>
        /// <param name="builder">Builds the node (not null).</param>
        /// <param name="decision">Caller-owned decision holder, filled every wake (not null).</param>
        /// <returns>The number of wakes whose build and RunWake completed without an exception.</returns>
        public static int Run(ISleepController sleep, INodeBuilder builder, NodeSleepDecision decision)
        {
            return Run(sleep, null, builder, decision, null);
        }

        /// <summary>
        /// As <see cref="Run(ISleepController, INodeBuilder, NodeSleepDecision)"/>, with a true reset and the boot window
        /// of the provisioning console.
        /// </summary>
        /// <param name="sleep">The node's sleep controller, created before anything else (not null).</param>
        /// <param name="reset">Carries out Reboot decisions; null: a reboot is a short deep sleep.</param>
        /// <param name="builder">Builds the node (not null).</param>
        /// <param name="decision">Caller-owned decision holder, filled every wake (not null).</param>
        /// <param name="console">Served once after the build when this boot is a reset; null: no console.</param>
        /// <returns>The number of wakes whose build and RunWake completed without an exception.</returns>
        public static int Run(ISleepController sleep, IResetController reset, INodeBuilder builder, NodeSleepDecision decision, ConsoleWindow console)
        {
            if (sleep == null || builder == null || decision == null)
            {
                throw new ArgumentNullException();
            }

            NodeRuntime runtime = null;
            bool buildFailed = false;
            bool windowChecked = console == null;
            int completedWakes = 0;
            while (true)
            {
                bool awakeByDesign = false;
                SleepDecisionExecutor.SetFallback(decision);
                try
                {
                    if (runtime == null && !buildFailed)
                    {
                        buildFailed = true;
                        runtime = builder.Build();
                        buildFailed = runtime == null;
                    }

                    bool rebootRequested = false;
                    if (runtime != null && !windowChecked)
                    {
                        // Once per boot, before the first wake, so a configuration committed in the window is the one
                        // the wake loads.
                        windowChecked = true;
                        rebootRequested = ConsoleWindow.OpensAfter(sleep.WakeCause)
                            && console.Serve(runtime.Configuration, runtime.State) == ConsoleWindowOutcome.RebootRequested;
                    }

                    if (rebootRequested)
                    {
                        SetReboot(decision);
                    }
                    else if (runtime != null)
                    {
                        Copy(runtime.RunWake(), decision);
                        completedWakes++;
                    }
                }
                catch (Exception)
                {
                    // Catch-all by design: whatever escaped, the node must still sleep with a wake set.
                    SleepDecisionExecutor.SetFallback(decision);
                }
                finally
                {
                    awakeByDesign = SleepDecisionExecutor.Execute(sleep, reset, decision);
                }

                if (!awakeByDesign || runtime == null)
                {
                    return completedWakes;
                }
            }
        }

        private static void SetReboot(NodeSleepDecision decision)
        {
            // If the reset returns, the executor sleeps this long instead: the same short reset sleep it ends with.
            decision.Kind = NodeSleepKind.Reboot;
            decision.SleepMicroseconds = SleepDecisionExecutor.RebootSleepMicroseconds;
            decision.WakeAtMilliseconds = 0;
            decision.WakePin = SleepLimits.NoPin;
            decision.WakeLevelHigh = false;
        }

        private static void Copy(NodeSleepDecision source, NodeSleepDecision target)
        {
            if (source == null)
            {
                SleepDecisionExecutor.SetFallback(target);
                return;
            }

            target.Kind = source.Kind;
            target.SleepMicroseconds = source.SleepMicroseconds;
            target.WakeAtMilliseconds = source.WakeAtMilliseconds;
            target.WakePin = source.WakePin;
            target.WakeLevelHigh = source.WakeLevelHigh;
        }
    }
}
