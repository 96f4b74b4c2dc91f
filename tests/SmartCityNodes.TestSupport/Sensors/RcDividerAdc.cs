// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>
    /// A switched battery divider with a capacitor at the ADC pin: it is also the enable switch. While on, the pin voltage
    /// rises as V_final · (1 − e^(−t/τ)) with τ = (R_top ∥ R_bottom) · C and t the time since the switch closed (the
    /// capacitor starts discharged, as after minutes off through R_bottom); the ADC converts it with rounding.
    /// </summary>
    public sealed class RcDividerAdc : IAdcChannel, IOutputPin
    {
        private readonly VirtualClock _clock;
        private readonly double _finalPinMillivolts;
        private readonly double _tauMilliseconds;
        private readonly double _fullScaleMillivolts;
        private long _onSinceMilliseconds = -1;

        public RcDividerAdc(VirtualClock clock, int batteryMillivolts, int topOhms, int bottomOhms, int capacitanceNanofarads, int fullScaleMillivolts)
        {
            _clock = clock;
            _finalPinMillivolts = batteryMillivolts * (double)bottomOhms / (topOhms + bottomOhms);
            double theveninOhms = (double)topOhms * bottomOhms / (topOhms + bottomOhms);
            _tauMilliseconds = theveninOhms * capacitanceNanofarads * 1e-9 * 1e3;
            _fullScaleMillivolts = fullScaleMillivolts;
        }

        public int MaxValue => 4095;

        public void Write(bool high) => _onSinceMilliseconds = high ? _clock.UptimeMilliseconds : -1;

        public int ReadRaw()
        {
            if (_onSinceMilliseconds < 0)
            {
                return 0;
            }

            double t = _clock.UptimeMilliseconds - _onSinceMilliseconds;
            double pin = _finalPinMillivolts * (1 - Math.Exp(-t / _tauMilliseconds));
            return (int)Math.Round(pin / _fullScaleMillivolts * MaxValue);
        }
    }
}
