// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Sensors;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// The node's switched sensor rail as hardware: it powers the sensor models on it (a model without power is silent)
    /// and measures its own on-time on the RTC, independently of what the firmware books — the year tests compare the
    /// two. A deep sleep resets the ESP32's GPIOs and the EN pull-down switches the rail off (<see cref="CutBySleep"/>).
    /// </summary>
    internal sealed class RailMonitor
    {
        private readonly VirtualClock _clock;
        private long _onSinceMilliseconds = -1;

        public RailMonitor(VirtualClock clock) => _clock = clock;

        /// <summary>The sensor on the rail (new every boot for the UART models), silenced while the rail is off.</summary>
        public SimulatedSerialPort? Sensor { get; set; }

        /// <summary>Total time the rail was on, ms.</summary>
        public long OnMilliseconds { get; private set; }

        public bool IsOn => _onSinceMilliseconds >= 0;

        /// <summary>The enable pin of this boot's firmware (active high).</summary>
        public IOutputPin CreatePin() => new EnablePin(this);

        /// <summary>A deep sleep or reset starts: the GPIO lets go and the rail turns off.</summary>
        public void CutBySleep() => Set(false);

        private void Set(bool on)
        {
            long now = _clock.UptimeMilliseconds;
            if (on && _onSinceMilliseconds < 0)
            {
                _onSinceMilliseconds = now;
            }
            else if (!on && _onSinceMilliseconds >= 0)
            {
                OnMilliseconds += now - _onSinceMilliseconds;
                _onSinceMilliseconds = -1;
            }

            if (Sensor != null)
            {
                Sensor.Silent = !on;
            }
        }

        private sealed class EnablePin : IOutputPin
        {
            private readonly RailMonitor _rail;

            public EnablePin(RailMonitor rail) => _rail = rail;

            public void Write(bool high) => _rail.Set(high);
        }
    }
}
