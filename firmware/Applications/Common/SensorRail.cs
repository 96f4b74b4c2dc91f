// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Common
{
    /// <summary>
    /// A switched sensor supply (a load switch or the board's Vext rail on a GPIO): powers the sensors on it for a
    /// reading and off again, so a sensor without a sleep mode draws nothing between readings. Power-up waits out the
    /// slowest sensor's start-up time on the awake clock. The rail is off after construction.
    /// </summary>
    public sealed class SensorRail
    {
        private readonly IOutputPin _enable;
        private readonly bool _activeLow;
        private readonly IClock _clock;

        /// <summary>Creates the rail and switches it off.</summary>
        /// <param name="enable">The enable pin.</param>
        /// <param name="activeLow">True when a low level switches the rail on (Heltec V3 Vext).</param>
        /// <param name="clock">Awake clock for the power-up wait.</param>
        /// <exception cref="ArgumentNullException">A null pin or clock.</exception>
        public SensorRail(IOutputPin enable, bool activeLow, IClock clock)
        {
            _enable = enable ?? throw new ArgumentNullException(nameof(enable));
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _activeLow = activeLow;
            PowerDown();
        }

        /// <summary>True while the rail is on.</summary>
        public bool IsOn { get; private set; }

        /// <summary>Switches the rail on and waits <paramref name="startUpMilliseconds"/> (nothing when already on).</summary>
        /// <param name="startUpMilliseconds">The sensors' start-up time (their SensorPowerProfile.WarmUpMilliseconds).</param>
        [HotPath]
        public void PowerUp(int startUpMilliseconds)
        {
            if (IsOn)
            {
                return;
            }

            _enable.Write(!_activeLow);
            IsOn = true;
            if (startUpMilliseconds > 0)
            {
                _clock.DelayMilliseconds(startUpMilliseconds);
            }
        }

        /// <summary>Switches the rail off.</summary>
        [HotPath]
        public void PowerDown()
        {
            _enable.Write(_activeLow);
            IsOn = false;
        }
    }
}
