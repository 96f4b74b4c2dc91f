// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.Device.Gpio;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary><see cref="IInputPin"/> over a nanoFramework <see cref="GpioPin"/> opened as an input.</summary>
    public sealed class GpioInputPin : IInputPin
    {
        private readonly GpioPin _pin;
        private readonly int _pinNumber;

        /// <summary>Opens <paramref name="pinNumber"/> as an input.</summary>
        /// <param name="controller">The GPIO controller.</param>
        /// <param name="pinNumber">GPIO number.</param>
        /// <param name="mode">Input, InputPullUp or InputPullDown (ESP32 GPIO34–39 have no internal pulls: use Input there).</param>
        public GpioInputPin(GpioController controller, int pinNumber, PinMode mode)
        {
            if (controller == null)
            {
                throw new ArgumentNullException("controller");
            }

            if (mode != PinMode.Input && mode != PinMode.InputPullUp && mode != PinMode.InputPullDown)
            {
                throw new ArgumentException("not an input mode", "mode");
            }

            _pinNumber = pinNumber;
            _pin = controller.OpenPin(pinNumber, mode);
        }

        /// <summary>The GPIO number.</summary>
        public int PinNumber
        {
            get { return _pinNumber; }
        }

        /// <inheritdoc/>
        public bool Read()
        {
            return _pin.Read() == PinValue.High;
        }
    }
}
