// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.Threading;
using nanoFramework.Runtime.Native;
using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="IResetController"/> over nanoFramework.Runtime.Native <see cref="Power.RebootDevice"/> (NormalReboot: a
    /// hard reset of the CPU). The native call only marks a reboot as pending (nf-interpreter
    /// <c>nf_rt_native_nanoFramework_Runtime_Native_Power.cpp</c> hands it to the execution engine, whose wait loops and
    /// scheduler stop on the pending flag before the CLR start-up code resets the chip), so the calling thread may run on
    /// for a moment: it waits <see cref="ResetWaitMilliseconds"/> in <see cref="Thread.Sleep(int)"/>, which hands control
    /// to the engine, and returns only if the chip is still running then — the caller falls back to a deep sleep. After
    /// the reset ESP-IDF's <c>esp_sleep_get_wakeup_cause()</c> reports UNDEFINED (not a deep-sleep reset), which
    /// <see cref="Esp32WakeCauseMapping"/> folds to <see cref="WakeCause.Unknown"/>: an unclean reset for the runtime, not
    /// a timer wake.
    /// </summary>
    public sealed class Esp32ResetController : IResetController
    {
        /// <summary>
        /// How long to wait for the pending reboot before giving up: 1 s, 50 nanoCLR thread quanta (20 ms each,
        /// <c>CLR_RT_Thread::c_TimeQuantum_Milliseconds</c>) and 100 of the 10 ms event-wait polls. To confirm on hardware.
        /// </summary>
        public const int ResetWaitMilliseconds = 1000;

        /// <inheritdoc />
        public void Reboot()
        {
            try
            {
                Power.RebootDevice();
                Thread.Sleep(ResetWaitMilliseconds);
            }
            catch (Exception)
            {
                // The caller's deep sleep stands in for the reset.
            }
        }
    }
}
