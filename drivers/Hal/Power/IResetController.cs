// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// A true reset of the chip, as a power-on or the reset button would give, not a short deep sleep: the next boot
    /// reports a reset (on the ESP32 <see cref="WakeCause.Unknown"/>, see <see cref="Esp32WakeCauseMapping"/>), so the
    /// node runtime treats it as unclean (counters continue at their reserved ceilings) and owes its start-up status
    /// message. On the ESP32 this is nanoFramework.Runtime.Native <c>Power.RebootDevice()</c>.
    /// </summary>
    public interface IResetController
    {
        /// <summary>
        /// Resets the chip. On the device it does not return; returning means the reset did not happen (refused, not
        /// available, or a host double), and the caller must still end the wake itself, e.g. in a deep sleep.
        /// </summary>
        void Reboot();
    }
}
