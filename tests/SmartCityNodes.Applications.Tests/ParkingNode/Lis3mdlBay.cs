// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;

namespace SmartCityNodes.Applications.Tests.ParkingNode
{
    /// <summary>
    /// A parking bay with a LIS3MDL chip model under an interrupt-driven ParkingNode, every wake a reboot: a new driver,
    /// watch and application per wake, the state only through the record bytes (as on the ESP32). Between wakes virtual
    /// time runs in 100 ms steps; the node wakes when the INT pin is HIGH (the runtime's event pin, ext0 at level 1) or
    /// when its next measurement is due, then boots for <see cref="BootMilliseconds"/> before it measures (the low-power
    /// profile's boot time, BoardEnergyProfiles). The runtime's own storm mask is not modelled: the wake counts here are
    /// what the application's own rules allow.
    /// </summary>
    internal sealed class Lis3mdlBay
    {
        /// <summary>LSB per gauss at ±4 G (DocID024204 Rev 6, table 3).</summary>
        public const int CountsPerGauss = 6842;

        /// <summary>Empty-bay field in counts: X 684 → 684 000 / 6842 = 99.97 → 99 mG (the driver truncates), Y 1368 → 199 mG, Z −2053 → −300 mG.</summary>
        public const short EmptyX = 684;
        public const short EmptyY = 1368;
        public const short EmptyZ = -2053;

        private const int StepMilliseconds = 100;
        private readonly ParkingNodeParameters _parameters;
        private byte[] _state = Array.Empty<byte>();
        private int _initialPinBits;

        public Lis3mdlBay(Lis3mdlSilicon silicon = Lis3mdlSilicon.Datasheet, ParkingNodeParameters? parameters = null)
        {
            _parameters = parameters ?? new ParkingNodeParameters { InterruptWake = true };
            Chip = new Lis3mdlModel(Clock) { Silicon = silicon, XCounts = EmptyX, YCounts = EmptyY, ZCounts = EmptyZ };
        }

        public VirtualClock Clock { get; } = new VirtualClock();

        public Lis3mdlModel Chip { get; }

        public int BootMilliseconds { get; set; } = 500;

        /// <summary>Node time of the next measurement the application asked for.</summary>
        public long NextDueMilliseconds { get; private set; }

        public List<WakeRecord> Wakes { get; } = new List<WakeRecord>();

        /// <summary>While set, a HIGH INT pin does not wake the node (the runtime's storm mask).</summary>
        public bool PinMasked { get; set; }

        /// <summary>The application of the last wake.</summary>
        public ParkingNodeApplication? Application { get; private set; }

        /// <summary>The INT pin reading handed to the watch on the first boot (an installation calibration's result).</summary>
        public void InstallPinBits(int bits) => _initialPinBits = bits;

        /// <summary>Sets the field the chip sees (a car, a magnet, the empty bay), in counts.</summary>
        public void Field(int x, int y, int z)
        {
            Chip.XCounts = (short)x;
            Chip.YCounts = (short)y;
            Chip.ZCounts = (short)z;
        }

        /// <summary>One wake now: reboot, restore, measure, save.</summary>
        public WakeRecord Wake(bool byPin)
        {
            var sensor = new Lis3mdl(Chip, Clock, Chip.InterruptPin);
            var watch = new Lis3mdlParkingWatch(sensor, Chip.InterruptPin);
            if (_state.Length == 0)
            {
                Assert.IsTrue(watch.TryLoadPinBits(_initialPinBits));
            }

            var application = new ParkingNodeApplication(watch, _parameters);
            if (_state.Length > 0)
            {
                Assert.IsTrue(application.ReadState(_state, 0, _state.Length), "state restored");
            }

            long now = Clock.UptimeMilliseconds;
            Chip.ClearWriteLog();
            int faults = application.Measure(now);
            bool report = application.ShouldReport(now, out int reason);
            var state = new byte[application.StateCapacityBytes];
            int length = application.WriteState(state, 0);
            _state = state.AsSpan(0, length).ToArray();
            NextDueMilliseconds = application.NextMeasurementDueMilliseconds;
            Application = application;
            var record = new WakeRecord(now, byPin, report, application.ReportIsEvent, application.Logic.State, application.Arming.Mode,
                application.Arming.ThresholdMilligauss, application.Arming.Axes, application.InterruptStatus, Chip.Peek(0x30), faults, Chip.WriteLog());
            Wakes.Add(record);
            return record;
        }

        /// <summary>
        /// Lets time run until <paramref name="untilMilliseconds"/>; <paramref name="world"/> sets the field at each step.
        /// A HIGH INT (unless masked) or a due measurement wakes the node <see cref="BootMilliseconds"/> later.
        /// </summary>
        public void RunUntil(long untilMilliseconds, Action<long>? world = null)
        {
            while (Clock.UptimeMilliseconds < untilMilliseconds)
            {
                // Steps of 100 ms, shortened so that a timer wake happens exactly when it is due.
                long step = NextDueMilliseconds - Clock.UptimeMilliseconds;
                Clock.Advance(step > 0 && step < StepMilliseconds ? step : StepMilliseconds);
                world?.Invoke(Clock.UptimeMilliseconds);
                Chip.Tick();
                bool pin = !PinMasked && Chip.InterruptPin.Read();
                if (pin || Clock.UptimeMilliseconds >= NextDueMilliseconds)
                {
                    if (pin)
                    {
                        // Booting: the world goes on.
                        for (int t = 0; t < BootMilliseconds; t += StepMilliseconds)
                        {
                            Clock.Advance(StepMilliseconds);
                            world?.Invoke(Clock.UptimeMilliseconds);
                        }
                    }

                    Wake(pin);
                }
            }
        }

        /// <summary>Wakes since <paramref name="fromMilliseconds"/> (inclusive) until <paramref name="toMilliseconds"/> (exclusive).</summary>
        public IEnumerable<WakeRecord> Between(long fromMilliseconds, long toMilliseconds) =>
            Wakes.Where(w => w.AtMilliseconds >= fromMilliseconds && w.AtMilliseconds < toMilliseconds);

        /// <summary>What one wake did.</summary>
        internal sealed record WakeRecord(long AtMilliseconds, bool ByPin, bool Reported, bool ReportIsEvent, ParkingState State,
            ParkingInterruptMode Mode, int ThresholdMilligauss, ParkingAxes Axes, ParkingInterruptStatus InterruptStatus, byte IntCfg,
            int Faults, (byte Register, byte Value)[] Writes);
    }
}
