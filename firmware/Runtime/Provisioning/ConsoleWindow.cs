// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Storage;

namespace SmartCityNodes.Runtime.Provisioning
{
    /// <summary>
    /// The boot window of the provisioning console (docs/provisioning-console.md "When the node listens"): after a reset
    /// boot — power-on, the reset button, a software reset; never after a timer or pin wake, which would cost the window's
    /// energy on every wake — the node serves <see cref="ProvisioningConsole"/> on its console UART for
    /// <see cref="OpenMilliseconds"/>, longer while a technician's tool is talking, then goes on to its normal wake. JOIN
    /// ends the window at once (the wake joins); REBOOT ends it with a reset. The configuration committed in the window
    /// is the one the wake loads. Portable: the port comes from an <see cref="IConsolePortOpener"/>, time from an
    /// <see cref="IClock"/>; <c>NodeProgramLoop</c> calls <see cref="Serve"/> before the first wake of a reset boot.
    /// Allocates when a window opens (the console's buffers), never on a sleep wake.
    /// </summary>
    public sealed class ConsoleWindow : INodeControl
    {
        /// <summary>
        /// Console baud rate, 8N1: 115200, the default of <c>scn provision --baud</c> (tools/Cli). The longest reply (200
        /// bytes, 2000 bits) takes 17 ms at this rate, inside one poll and far inside the host's 2 s reply timeout.
        /// </summary>
        public const int BaudRate = 115200;

        /// <summary>
        /// How long the window stays open with nobody talking: 120 s. Long enough to switch the node on, plug the 3.3 V
        /// USB-serial cable and start <c>scn provision</c>; short enough that a field reset (battery change, remote
        /// reboot) costs little: 120 s awake at the ESP32's ~40 mA (datasheet v3.5 table 6, as in docs/applications.md)
        /// is 1.3 mAh, 0.007 % of a 19 Ah cell.
        /// </summary>
        public const int OpenMilliseconds = 120 * 1000;

        /// <summary>
        /// After every request with a right checksum the window stays open at least this long: 60 s, room for a
        /// technician who types requests by hand and reads the next value off a label. Line noise does not extend it.
        /// </summary>
        public const int ExtensionMilliseconds = 60 * 1000;

        /// <summary>
        /// The window never stays open longer than this, whatever arrives: 15 minutes, so a tool left talking (or a
        /// babbling cable) costs at most 10 mAh at ~40 mA before the node goes back to its schedule.
        /// </summary>
        public const int LongestMilliseconds = 15 * 60 * 1000;

        /// <summary>Wait between polls of the port: 20 ms, below a human's notice and 1/100 of the host's reply timeout.</summary>
        public const int PollMilliseconds = 20;

        /// <summary>
        /// Wait after the OK REBOOT reply before the reset, so the reply leaves the UART: 50 ms, far more than its 18 bytes
        /// take at <see cref="BaudRate"/> (1.6 ms).
        /// </summary>
        public const int ReplyDrainMilliseconds = 50;

        /// <summary>
        /// The sleep an unprovisioned node should take after its window: it has nothing to do until the next reset opens
        /// another window, so as long as the setting allows — int.MaxValue ms, 24.8 days (every deep sleep keeps a timer
        /// wake: Esp32SleepRequest refuses a sleep without one). The images set
        /// <c>NodeRuntimeSettings.UnprovisionedSleepMilliseconds</c> to it.
        /// </summary>
        public const int UnprovisionedSleepMilliseconds = int.MaxValue;

        private readonly IConsolePortOpener _opener;
        private readonly IClock _clock;
        private readonly int _firmwareMajor;
        private readonly int _firmwareMinor;
        private readonly int _firmwarePatch;
        private string _firmwareVersion;
        private NodeStateStore _state;
        private bool _joinRequested;
        private bool _rebootRequested;

        /// <summary>Creates a closed window (start-up only; opens nothing).</summary>
        /// <param name="opener">Opens the console port when a window opens (not null).</param>
        /// <param name="clock">Monotonic time and waits (not null).</param>
        /// <param name="firmwareMajor">Firmware version the ID reply shows (major.minor.patch), as the status message carries it.</param>
        /// <param name="firmwareMinor">Minor version.</param>
        /// <param name="firmwarePatch">Patch version.</param>
        public ConsoleWindow(IConsolePortOpener opener, IClock clock, int firmwareMajor, int firmwareMinor, int firmwarePatch)
        {
            if (opener == null || clock == null)
            {
                throw new ArgumentNullException();
            }

            if (firmwareMajor < 0 || firmwareMinor < 0 || firmwarePatch < 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            _opener = opener;
            _clock = clock;
            _firmwareMajor = firmwareMajor;
            _firmwareMinor = firmwareMinor;
            _firmwarePatch = firmwarePatch;
        }

        /// <summary>Requests with a right checksum the last window answered.</summary>
        public int RequestsServed { get; private set; }

        /// <summary>How long the last window was open, in ms (0 when its port failed to open).</summary>
        public long OpenForMilliseconds { get; private set; }

        /// <inheritdoc />
        string INodeControl.FirmwareVersion
        {
            get { return _firmwareVersion; }
        }

        /// <inheritdoc />
        /// <remarks>The window runs before the boot's first wake: no LoRaWAN session is active yet.</remarks>
        bool INodeControl.Joined
        {
            get { return false; }
        }

        /// <inheritdoc />
        /// <remarks>The persisted next uplink counter as this reset boot loads it (raised to its reserved ceiling).</remarks>
        uint INodeControl.UplinkCounter
        {
            get { return _state != null ? _state.NextUplinkCounter : 0; }
        }

        /// <summary>
        /// True when a boot with this cause opens a window: a reset (<see cref="WakeCause.PowerOn"/>,
        /// <see cref="WakeCause.SoftwareReset"/>, <see cref="WakeCause.Unknown"/> — what every ESP32 boot that is not a
        /// sleep wake reports under nanoFramework, which exposes no reset reason). Never after a
        /// <see cref="WakeCause.Timer"/> or <see cref="WakeCause.Pin"/> wake (every scheduled wake would pay for it), nor
        /// after a <see cref="WakeCause.Watchdog"/> or <see cref="WakeCause.Brownout"/> reset, where nobody is at the
        /// cable and, for a brown-out, the battery cannot afford two minutes awake.
        /// </summary>
        /// <param name="cause">Why this boot happened.</param>
        public static bool OpensAfter(WakeCause cause)
        {
            return cause == WakeCause.PowerOn || cause == WakeCause.SoftwareReset || cause == WakeCause.Unknown;
        }

        /// <summary>
        /// Opens the window: loads the configuration (and <paramref name="state"/> for STATUS), opens the port and answers
        /// requests until the time runs out, JOIN or REBOOT is answered, or the port fails. Returns when the window closed;
        /// the caller then runs the wake (which loads the configuration again, so a COMMIT here takes effect at once), or
        /// resets for <see cref="ConsoleWindowOutcome.RebootRequested"/>. Never throws for a fault of the port.
        /// </summary>
        /// <param name="configuration">The node's configuration store (the runtime's).</param>
        /// <param name="state">The node's state store, read for STATUS fcntup; may be null (fcntup 0).</param>
        /// <returns>Why the window closed.</returns>
        public ConsoleWindowOutcome Serve(ConfigurationStore configuration, NodeStateStore state)
        {
            if (configuration == null)
            {
                throw new ArgumentNullException();
            }

            _joinRequested = false;
            _rebootRequested = false;
            if (_firmwareVersion == null)
            {
                // Built by the first window only: a sleep wake never pays for the string.
                _firmwareVersion = _firmwareMajor.ToString() + "." + _firmwareMinor.ToString() + "." + _firmwarePatch.ToString();
            }

            RequestsServed = 0;
            OpenForMilliseconds = 0;
            long start = _clock.UptimeMilliseconds;
            ProvisioningConsole console;
            try
            {
                configuration.Load();
                _state = state;
                if (state != null && state.Load(false) != StoreStatus.Ok)
                {
                    _state = null;
                }

                console = new ProvisioningConsole(_opener.Open(), configuration, this);
            }
            catch (Exception)
            {
                // No port (or no flash): the node still has its schedule to keep.
                return ConsoleWindowOutcome.PortFailed;
            }

            long deadline = start + OpenMilliseconds;
            long limit = start + LongestMilliseconds;
            ConsoleWindowOutcome outcome;
            while (true)
            {
                try
                {
                    console.Poll();
                }
                catch (Exception)
                {
                    outcome = ConsoleWindowOutcome.PortFailed;
                    break;
                }

                long now = _clock.UptimeMilliseconds;
                if (console.ChecksummedRequests != RequestsServed)
                {
                    RequestsServed = console.ChecksummedRequests;
                    long extended = now + ExtensionMilliseconds;
                    deadline = extended > deadline ? (extended < limit ? extended : limit) : deadline;
                }

                if (_rebootRequested)
                {
                    _clock.DelayMilliseconds(ReplyDrainMilliseconds);
                    outcome = ConsoleWindowOutcome.RebootRequested;
                    break;
                }

                if (_joinRequested)
                {
                    outcome = ConsoleWindowOutcome.JoinRequested;
                    break;
                }

                if (now >= deadline)
                {
                    outcome = ConsoleWindowOutcome.TimedOut;
                    break;
                }

                _clock.DelayMilliseconds(PollMilliseconds);
            }

            OpenForMilliseconds = _clock.UptimeMilliseconds - start;
            return outcome;
        }

        /// <inheritdoc />
        void INodeControl.RequestJoin()
        {
            _joinRequested = true;
        }

        /// <inheritdoc />
        void INodeControl.RequestReboot()
        {
            _rebootRequested = true;
        }
    }
}
