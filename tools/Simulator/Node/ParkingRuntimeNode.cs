// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;
using SmartCityNodes.Runtime;
using SmartCityNodes.Simulator.Scenarios;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Sensors;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// ParkingNode as the image builds it: the LIS3MDL on its register model, its threshold interrupt on the board's
    /// wake pin (GPIO35, HIGH wakes), ParkingNodeApplication in interrupt mode on the runtime. The chip model persists
    /// (the magnetometer stays powered and keeps sampling at 0.625 Hz through the MCU's sleep); its field follows the
    /// scenario: the empty bay's field plus a car's change on the vertical axis, or the storm's magnet saturating it.
    /// While the node sleeps, the chip is run to each change of the field and one sample beyond; the node wakes when its
    /// INT pin goes high there.
    /// </summary>
    internal sealed class ParkingRuntimeNode : RuntimeNode
    {
        /// <summary>GPIO35, the low-power board's RTC-capable sensor wake pin (firmware/Boards FireBeetleEsp32ESx1262).</summary>
        public const int InterruptWakePin = 35;

        /// <summary>LIS3MDL at ±4 gauss: 6842 LSB/gauss (DocID024204 table 3), so 6.842 counts per mG.</summary>
        private const double CountsPerMilligauss = 6.842;

        /// <summary>The chip samples every 1.6 s in the watch's 0.625 Hz mode; one period after a change the INT pin shows it.</summary>
        private const long SamplePeriodMilliseconds = 1600;

        /// <summary>Empty-bay field, mG: about 100, 200, −300 (a mid-latitude Earth field, the QMC5883L case's numbers).</summary>
        private const double BaseX = 100;
        private const double BaseY = 200;
        private const double BaseZ = -300;

        private readonly ParkingEnvironment _environment;
        private readonly ParkingNodeParameters _parameters = new ParkingNodeParameters { InterruptWake = true };
        private Lis3mdlModel? _chip;
        private ParkingNodeApplication? _application;

        public ParkingRuntimeNode(string name, NodeIdentity identity, bool otaa, SimulatedBoard board, AirLink link, ulong seed, ParkingEnvironment environment)
            : base(name, "parking", identity, otaa, board, link, seed)
        {
            _environment = environment;
        }

        /// <summary>The bay the node watches.</summary>
        public ParkingEnvironment Environment => _environment;

        protected override int EventPin => InterruptWakePin;

        protected override INodeApplication CreateApplication(VirtualClock clock)
        {
            if (_chip == null)
            {
                _chip = new Lis3mdlModel(clock);
                SetField(clock.UptimeMilliseconds);
            }

            var watch = new Lis3mdlParkingWatch(new Lis3mdl(_chip, clock, _chip.InterruptPin), _chip.InterruptPin);
            _application = new ParkingNodeApplication(watch, _parameters);
            return _application;
        }

        protected override void PrepareEnvironment(long now)
        {
            _chip!.Tick();
            SetField(now);
        }

        protected override long NextPinEvent(long from, long until)
        {
            var chip = _chip!;
            chip.Tick();
            if (chip.InterruptPin.Read())
            {
                return from + 1; // INT already high (latched, or the field is still beyond the threshold): ext0 wakes at once
            }

            long t = from;
            while (true)
            {
                long change = _environment.NextChangeAfter(t, until);
                if (change == long.MaxValue)
                {
                    return long.MaxValue;
                }

                // Run the chip through the sleep to the change, then one sample past it (the clock only moves forward:
                // two changes less than a sample apart are seen together).
                AdvanceTo(change);
                chip.Tick();
                SetField(change);
                long seen = Math.Min(change + SamplePeriodMilliseconds, until);
                AdvanceTo(seen);
                if (chip.InterruptPin.Read())
                {
                    return seen;
                }

                t = change;
            }
        }

        private void AdvanceTo(long t)
        {
            if (t > Clock.UptimeMilliseconds)
            {
                Clock.Advance(t - Clock.UptimeMilliseconds);
            }
        }

        private void SetField(long t)
        {
            var chip = _chip!;
            if (_environment.MagnetOn(t))
            {
                chip.XCounts = chip.YCounts = chip.ZCounts = short.MaxValue; // a magnet on the case saturates every axis
                return;
            }

            chip.XCounts = Counts(BaseX);
            chip.YCounts = Counts(BaseY);
            chip.ZCounts = Counts(BaseZ + _environment.DeltaMilligauss(t));
        }

        private static short Counts(double milligauss) => (short)Math.Clamp(Math.Round(milligauss * CountsPerMilligauss), short.MinValue, short.MaxValue);

        protected override string DescribeReport() => KindOf(_application!.LastReport.Reason, _application.LastReport.Events.ToString());

        protected override double ChartValue() => _application!.LastReport.Occupied ? 1 : 0;
    }
}
