// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>
    /// The LIS3MDL as the ParkingNode's wake source (I/O only; the decisions are <see cref="ParkingNodeLogic"/>'s). Between
    /// wakes the chip runs in its lowest-power continuous mode (OM = low-power, CTRL_REG3.LP = 1: 0.625 Hz, datasheet
    /// DocID024204 Rev 6 tables 21 and 27) with its threshold interrupt armed as the logic chose, and INT wakes the ESP32
    /// at the HIGH level. During a wake it reads at 80 Hz in ultra-high-performance mode (13 ms per sample, the lowest
    /// noise of table 3) and checks every arming on a fresh sample before the node sleeps on it. Every wake is a reboot,
    /// so nothing here survives a wake except what the chip itself holds; the INT pin's polarity/latch reading is handed
    /// over as <see cref="PinBits"/> for the application's state record. Allocation-free after construction.
    /// </summary>
    public sealed class Lis3mdlParkingWatch
    {
        /// <summary>Threshold written while disarmed, mG (any value that fits INT_THS; no axis is enabled).</summary>
        private const int DisarmedThresholdMilligauss = ParkingNodeLogic.InterruptFullScaleMilligauss;

        private readonly Lis3mdl _sensor;
        private readonly IInputPin _interruptPin;
        private readonly ParkingMeasurement _measurement;
        private readonly Lis3mdlInterruptPinConfiguration _pinConfiguration = new Lis3mdlInterruptPinConfiguration();
        private readonly MagneticFieldReading _scratch = new MagneticFieldReading();

        /// <summary>Creates the watch (once per boot) and applies the datasheet's INT pin reading until <see cref="TryLoadPinBits"/>.</summary>
        /// <param name="sensor">The LIS3MDL driver, built with the same INT pin.</param>
        /// <param name="interruptPin">The MCU input wired to INT: an RTC GPIO, also the deep-sleep wake pin (wakes at HIGH).</param>
        /// <exception cref="ArgumentNullException">A null argument.</exception>
        public Lis3mdlParkingWatch(Lis3mdl sensor, IInputPin interruptPin)
        {
            _sensor = sensor ?? throw new ArgumentNullException(nameof(sensor));
            _interruptPin = interruptPin ?? throw new ArgumentNullException(nameof(interruptPin));
            _measurement = new ParkingMeasurement(sensor);
            _sensor.ApplyInterruptPinConfiguration(_pinConfiguration);
        }

        /// <summary>Reads and calibration over the same driver.</summary>
        public ParkingMeasurement Measurement
        {
            get { return _measurement; }
        }

        /// <summary>The INT pin reading in force (Lis3mdlInterruptPinConfiguration.ToBits: bit 0 polarity, bit 1 latch; 0 = datasheet).</summary>
        public int PinBits
        {
            get { return _pinConfiguration.ToBits(); }
        }

        /// <summary>
        /// Uses a persisted (or installation-calibrated, Lis3mdl.CalibrateInterruptPin) INT pin reading from now on.
        /// </summary>
        /// <param name="bits">0..3.</param>
        /// <returns>False (nothing changed) outside 0..3.</returns>
        public bool TryLoadPinBits(int bits)
        {
            if (!_pinConfiguration.TryLoadBits(bits))
            {
                return false;
            }

            _sensor.ApplyInterruptPinConfiguration(_pinConfiguration);
            return true;
        }

        /// <summary>
        /// Start of a wake. Without <paramref name="reinitialize"/>: reads the INT level and then INT_SRC (which releases a
        /// latched INT; a soft reset would lose it), so <paramref name="interruptSeen"/> tells whether the interrupt condition
        /// held (a latched event, or INT at the wake level). With it (installation, after a fault, or when polled): WHO_AM_I
        /// check and soft reset first. Then the wake-time read configuration: ultra-high performance, 80 Hz, ±4 G, BDU,
        /// continuous (CTRL_REG1 0x7C, CTRL_REG2 0x00, CTRL_REG4 0x0C, CTRL_REG5 0x40, CTRL_REG3 0x00).
        /// </summary>
        /// <param name="reinitialize">True to soft-reset and check the chip first.</param>
        /// <param name="interruptSeen">True when the interrupt condition was present (always false after a reset).</param>
        /// <returns>Ok, or the driver's fault (nothing read then).</returns>
        [HotPath]
        public SensorStatus BeginWake(bool reinitialize, out bool interruptSeen)
        {
            interruptSeen = false;
            SensorStatus status;
            if (reinitialize)
            {
                status = _sensor.Initialize();
            }
            else
            {
                bool levelHigh = _interruptPin.Read();
                Lis3mdlInterruptSource source;
                status = _sensor.ReadInterruptSource(out source);
                interruptSeen = levelHigh || (status == SensorStatus.Ok && (source & Lis3mdlInterruptSource.Interrupt) != 0);
            }

            if (status != SensorStatus.Ok)
            {
                return status;
            }

            return _sensor.Configure(Lis3mdlPerformanceMode.UltraHighPerformance, Lis3mdlDataRate.Rate80Hz, Lis3mdlFullScale.Gauss4);
        }

        /// <summary>
        /// Arms the interrupt as <paramref name="arming"/> says and checks it on a fresh sample, then leaves the chip in
        /// its watch mode (OM low-power, 0.625 Hz). Rise: INT_THS, INT_CFG = axes | bit 3 | IEA/LIR for "active high,
        /// latched" | IEN (0xED for all axes with the datasheet's reading), INT_SRC read to release an older event; the
        /// fresh sample must leave INT low. Fall: "active low, not latched" on the one axis (0x2B for Z with the
        /// datasheet's reading); the fresh sample must drive INT low (the field is above the threshold). When INT is at the
        /// wake level although INT_SRC says the condition is not met, the silicon reads IEA the other way round (ST's
        /// lis3mdl_reg.h against the datasheet, drivers/Sensors/Lis3mdl/README.md): the polarity reading is flipped and the
        /// arming tried once more. Disarmed (<see cref="Disarm"/>) for <see cref="ParkingInterruptMode.None"/>.
        /// </summary>
        /// <param name="arming">What the logic chose.</param>
        /// <returns>Ok; FieldAlreadyBeyond (disarmed: the condition was met at once); PinStuck (disarmed); SensorFault.</returns>
        [HotPath]
        public ParkingInterruptStatus Apply(ParkingInterruptArming arming)
        {
            if (arming.Mode == ParkingInterruptMode.None)
            {
                return Disarm(false);
            }

            bool rise = arming.Mode == ParkingInterruptMode.Rise;
            Lis3mdlAxes axes = ToLis3mdlAxes(arming.Axes);
            for (int attempt = 0; attempt < 2; attempt++)
            {
                Lis3mdlInterruptSource source = Lis3mdlInterruptSource.None;
                SensorStatus status = _sensor.ConfigureThresholdInterrupt(arming.ThresholdMilligauss, axes, rise, rise);
                if (status == SensorStatus.Ok && rise)
                {
                    status = _sensor.ReadInterruptSource(out source);
                }

                if (status == SensorStatus.Ok && !_sensor.TryRead(_scratch) && _scratch.Status != SensorStatus.OutOfRange)
                {
                    status = _scratch.Status; // the comparator judges every sample; a saturated one counts too
                }

                if (status != SensorStatus.Ok)
                {
                    Disarm(false);
                    return ParkingInterruptStatus.SensorFault;
                }

                if (!_interruptPin.Read())
                {
                    return EnterWatchMode() == SensorStatus.Ok ? ParkingInterruptStatus.Ok : ParkingInterruptStatus.SensorFault;
                }

                if (_sensor.ReadInterruptSource(out source) != SensorStatus.Ok)
                {
                    Disarm(false);
                    return ParkingInterruptStatus.SensorFault;
                }

                bool conditionMet = rise ? (source & Lis3mdlInterruptSource.Interrupt) != 0 : (source & SourceBits(arming.Axes)) == 0;
                if (conditionMet)
                {
                    Disarm(false);
                    return ParkingInterruptStatus.FieldAlreadyBeyond;
                }

                _pinConfiguration.Set(
                    _pinConfiguration.Polarity == Lis3mdlInterruptPolarity.IeaSetIsActiveHigh ? Lis3mdlInterruptPolarity.IeaSetIsActiveLow : Lis3mdlInterruptPolarity.IeaSetIsActiveHigh,
                    _pinConfiguration.Latch);
                _sensor.ApplyInterruptPinConfiguration(_pinConfiguration);
            }

            Disarm(false);
            return ParkingInterruptStatus.PinStuck;
        }

        /// <summary>
        /// Disarms so that INT idles LOW (no wake): INT_CFG with IEA for "active high" and no axis, then IEN = 0
        /// (INT_CFG 0x0C with the datasheet's reading), INT_SRC read. Then the watch mode, or power-down (1 µA, table 5)
        /// for a polled node.
        /// </summary>
        /// <param name="powerDown">True for a polled node: stop conversions until the next wake.</param>
        /// <returns>Ok or SensorFault.</returns>
        [HotPath]
        public ParkingInterruptStatus Disarm(bool powerDown)
        {
            SensorStatus status = _sensor.ConfigureThresholdInterrupt(DisarmedThresholdMilligauss, Lis3mdlAxes.None, true, true);
            if (status == SensorStatus.Ok)
            {
                status = _sensor.DisableThresholdInterrupt();
            }

            Lis3mdlInterruptSource ignored;
            if (status == SensorStatus.Ok)
            {
                status = _sensor.ReadInterruptSource(out ignored);
            }

            if (status == SensorStatus.Ok)
            {
                status = powerDown ? _sensor.PowerDown() : EnterWatchMode();
            }

            return status == SensorStatus.Ok ? ParkingInterruptStatus.Ok : ParkingInterruptStatus.SensorFault;
        }

        /// <summary>OM and OMZ low-power, ±4 G, BDU, continuous with CTRL_REG3.LP = 1 (0.625 Hz; CTRL_REG1 0x00, CTRL_REG4 0x00, CTRL_REG3 0x20).</summary>
        private SensorStatus EnterWatchMode()
        {
            SensorStatus status = _sensor.Configure(Lis3mdlPerformanceMode.LowPower, Lis3mdlDataRate.Rate0_625Hz, Lis3mdlFullScale.Gauss4);
            return status == SensorStatus.Ok ? _sensor.SetLowPowerMode(true) : status;
        }

        private static Lis3mdlAxes ToLis3mdlAxes(ParkingAxes axes)
        {
            Lis3mdlAxes result = Lis3mdlAxes.None;
            if ((axes & ParkingAxes.X) != 0)
            {
                result |= Lis3mdlAxes.X;
            }

            if ((axes & ParkingAxes.Y) != 0)
            {
                result |= Lis3mdlAxes.Y;
            }

            if ((axes & ParkingAxes.Z) != 0)
            {
                result |= Lis3mdlAxes.Z;
            }

            return result;
        }

        /// <summary>INT_SRC's PTH/NTH bits of the given axes (datasheet table 39).</summary>
        private static Lis3mdlInterruptSource SourceBits(ParkingAxes axes)
        {
            Lis3mdlInterruptSource bits = Lis3mdlInterruptSource.None;
            if ((axes & ParkingAxes.X) != 0)
            {
                bits |= Lis3mdlInterruptSource.PositiveX | Lis3mdlInterruptSource.NegativeX;
            }

            if ((axes & ParkingAxes.Y) != 0)
            {
                bits |= Lis3mdlInterruptSource.PositiveY | Lis3mdlInterruptSource.NegativeY;
            }

            if ((axes & ParkingAxes.Z) != 0)
            {
                bits |= Lis3mdlInterruptSource.PositiveZ | Lis3mdlInterruptSource.NegativeZ;
            }

            return bits;
        }
    }
}
