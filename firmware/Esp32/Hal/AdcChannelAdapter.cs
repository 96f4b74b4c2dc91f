// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// Device-only code: compiled in CI against firmware/DeviceFacades, on a device build against the real packages.

using System;
using System.Device.Adc;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// <see cref="IAdcChannel"/> over a nanoFramework <see cref="AdcChannel"/>. nanoFramework allows one
    /// <see cref="AdcController"/> per device: create it once and pass it to every adapter. Channel numbers are ADC1
    /// channels on the ESP32 (GPIO35 = channel 7 on the ESP32; GPIO1 = channel 0 on the ESP32-S3).
    /// </summary>
    public sealed class AdcChannelAdapter : IAdcChannel
    {
        private readonly AdcChannel _channel;
        private readonly int _maxValue;

        /// <summary>Opens <paramref name="channelNumber"/> on <paramref name="controller"/>.</summary>
        /// <param name="controller">The device's one ADC controller.</param>
        /// <param name="channelNumber">ADC channel.</param>
        public AdcChannelAdapter(AdcController controller, int channelNumber)
        {
            if (controller == null)
            {
                throw new ArgumentNullException("controller");
            }

            _maxValue = controller.MaxValue;
            _channel = controller.OpenChannel(channelNumber);
        }

        /// <inheritdoc/>
        public int MaxValue
        {
            get { return _maxValue; }
        }

        /// <inheritdoc/>
        public int ReadRaw()
        {
            int raw = _channel.ReadValue();
            if (raw < 0)
            {
                return 0;
            }

            return raw > _maxValue ? _maxValue : raw;
        }
    }
}
