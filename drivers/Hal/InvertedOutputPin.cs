// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal
{
    /// <summary>
    /// An active-low output seen as active-high: <c>Write(true)</c> drives the pin low. Lets a driver that means "on" by
    /// true (a battery divider switch, a sensor rail) work with a board that switches it on at low level.
    /// </summary>
    public sealed class InvertedOutputPin : IOutputPin
    {
        private readonly IOutputPin _pin;

        /// <summary>Wraps <paramref name="pin"/> (not null).</summary>
        /// <param name="pin">The physical pin.</param>
        public InvertedOutputPin(IOutputPin pin)
        {
            if (pin == null)
            {
                throw new System.ArgumentNullException(nameof(pin));
            }

            _pin = pin;
        }

        /// <inheritdoc />
        [HotPath]
        public void Write(bool high)
        {
            _pin.Write(!high);
        }
    }
}
