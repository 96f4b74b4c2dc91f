// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.Device.Gpio;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary><see cref="IOutputPin"/> over a nanoFramework <see cref="GpioPin"/> opened as a push-pull output.</summary>
    public sealed class GpioOutputPin : IOutputPin
    {
        private readonly GpioPin _pin;
        private readonly int _pinNumber;

        /// <summary>
        /// Opens <paramref name="pinNumber"/> as an output and drives it to <paramref name="initialHigh"/>. Between
        /// OpenPin and that first write the pin may sit low for a few microseconds; open active-low lines (NRESET,
        /// sensor power enables) at start-up, where that is harmless.
        /// </summary>
        /// <param name="controller">The GPIO controller.</param>
        /// <param name="pinNumber">GPIO number.</param>
        /// <param name="initialHigh">Level to drive first.</param>
        public GpioOutputPin(GpioController controller, int pinNumber, bool initialHigh)
        {
            if (controller == null)
            {
                throw new ArgumentNullException("controller");
            }

            _pinNumber = pinNumber;
            _pin = controller.OpenPin(pinNumber, PinMode.Output);
            Write(initialHigh);
        }

        /// <summary>The GPIO number.</summary>
        public int PinNumber
        {
            get { return _pinNumber; }
        }

        /// <inheritdoc/>
        public void Write(bool high)
        {
            _pin.Write(high ? PinValue.High : PinValue.Low);
        }
    }
}
