// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>
    /// ST LIS3MDL three-axis magnetometer on I²C (datasheet DocID024204 Rev 6): WHO_AM_I check, continuous /
    /// single / power-down, low-power mode, and the threshold interrupt on INT so that the MCU can deep-sleep while the
    /// sensor watches the field (a parked car changes it) and wake on the pin.
    /// </summary>
    public sealed class Lis3mdl : IMagnetometer
    {
        /// <summary>I²C address with SA1 (SDO/SA1 pin) at GND (datasheet section 5.1.1: 0011100b).</summary>
        public const int I2cAddressSa1Low = 0x1C;

        /// <summary>I²C address with SA1 at VDD (datasheet section 5.1.1: 0011110b).</summary>
        public const int I2cAddressSa1High = 0x1E;

        /// <summary>WHO_AM_I value (datasheet section 7.1).</summary>
        public const byte WhoAmIValue = 0x3D;

        /// <summary>Supply current in low-power mode, 40 µA typical (datasheet table 3 / product summary).</summary>
        public const int LowPowerCurrentMicroamperes = 40;

        /// <summary>Supply current in ultra-high-performance mode, 270 µA typical (datasheet table 3); used as the bound for every non-low-power mode.</summary>
        public const int UltraHighPerformanceCurrentMicroamperes = 270;

        /// <summary>Supply current in power-down, 1 µA typical (datasheet table 3).</summary>
        public const int PowerDownCurrentMicroamperes = 1;

        /// <summary>Largest threshold magnitude: INT_THS is a 15-bit unsigned value (datasheet section 7.12).</summary>
        public const int MaximumThresholdCounts = 0x7FFF;

        private const int DataLength = 6;

        private readonly I2cRegisters _registers;
        private readonly IClock _clock;
        private readonly IInputPin _interruptPin;
        private readonly byte[] _data = new byte[DataLength];
        private Lis3mdlPerformanceMode _performance = Lis3mdlPerformanceMode.HighPerformance;
        private Lis3mdlDataRate _rate = Lis3mdlDataRate.Rate10Hz;
        private Lis3mdlFullScale _fullScale = Lis3mdlFullScale.Gauss4;
        private bool _lowPower;
        private bool _measuring;
        // INT_CFG reset value 0xE8 has IEA = 0: INT is active low until configured (datasheet section 7.10).
        private bool _interruptActiveHigh;

        /// <summary>Creates the driver; call <see cref="Initialize"/> before reading.</summary>
        /// <param name="device">The chip at <see cref="I2cAddressSa1Low"/> or <see cref="I2cAddressSa1High"/>; not null.</param>
        /// <param name="clock">Time source for bounded waits; not null.</param>
        /// <param name="interruptPin">MCU input wired to INT (also the ESP32 deep-sleep wake pin), or null.</param>
        public Lis3mdl(II2cDevice device, IClock clock, IInputPin interruptPin)
        {
            if (clock == null)
            {
                throw new System.ArgumentNullException(nameof(clock));
            }

            _registers = new I2cRegisters(device);
            _clock = clock;
            _interruptPin = interruptPin;
        }

        /// <summary>True while low-power mode (CTRL_REG3.LP) is on.</summary>
        public bool IsLowPower
        {
            get { return _lowPower; }
        }

        /// <summary>Sensitivity of the configured full scale in LSB per gauss (datasheet table 3).</summary>
        public int CountsPerGauss
        {
            get
            {
                switch (_fullScale)
                {
                    case Lis3mdlFullScale.Gauss8:
                        return 3421;
                    case Lis3mdlFullScale.Gauss12:
                        return 2281;
                    case Lis3mdlFullScale.Gauss16:
                        return 1711;
                    default:
                        return 6842;
                }
            }
        }

        /// <summary>One output-data period in milliseconds (1600 in low-power mode, which forces 0.625 Hz).</summary>
        public int SamplePeriodMilliseconds
        {
            get
            {
                if (_lowPower)
                {
                    return 1600;
                }

                switch (_rate)
                {
                    case Lis3mdlDataRate.Rate0_625Hz:
                        return 1600;
                    case Lis3mdlDataRate.Rate1_25Hz:
                        return 800;
                    case Lis3mdlDataRate.Rate2_5Hz:
                        return 400;
                    case Lis3mdlDataRate.Rate5Hz:
                        return 200;
                    case Lis3mdlDataRate.Rate10Hz:
                        return 100;
                    case Lis3mdlDataRate.Rate20Hz:
                        return 50;
                    case Lis3mdlDataRate.Rate40Hz:
                        return 25;
                    default:
                        return 13;
                }
            }
        }

        /// <inheritdoc/>
        public SensorPowerProfile PowerProfile
        {
            get
            {
                int active = _lowPower || _performance == Lis3mdlPerformanceMode.LowPower ? LowPowerCurrentMicroamperes : UltraHighPerformanceCurrentMicroamperes;
                return new SensorPowerProfile(SamplePeriodMilliseconds, SamplePeriodMilliseconds, active, PowerDownCurrentMicroamperes);
            }
        }

        /// <summary>Checks WHO_AM_I, soft-resets and writes the current configuration in continuous mode.</summary>
        /// <returns><see cref="SensorStatus.WrongDevice"/> on an ID mismatch, a bus status on a bus fault, else Ok.</returns>
        public SensorStatus Initialize()
        {
            byte id;
            SensorStatus status = _registers.Read((byte)Register.WHO_AM_I, out id);
            if (status != SensorStatus.Ok)
            {
                return status;
            }

            if (id != WhoAmIValue)
            {
                return SensorStatus.WrongDevice;
            }

            status = _registers.Write((byte)Register.CTRL_REG2, (byte)RegisterBits.SOFT_RST);
            if (status != SensorStatus.Ok)
            {
                return status;
            }

            // SOFT_RST restores INT_CFG = 0xE8 (IEA = 0, active low), so the idle INT pin is high from here on.
            _interruptActiveHigh = false;

            return Configure(_performance, _rate, _fullScale);
        }

        /// <summary>
        /// Writes CTRL_REG1 (OM, DO), CTRL_REG2 (FS), CTRL_REG4 (OMZ = OM), CTRL_REG5 (BDU) and CTRL_REG3 (continuous, LP off).
        /// </summary>
        /// <param name="performance">Operating mode for all three axes.</param>
        /// <param name="rate">Output data rate.</param>
        /// <param name="fullScale">Full scale.</param>
        /// <returns>The first bus fault, or Ok.</returns>
        public SensorStatus Configure(Lis3mdlPerformanceMode performance, Lis3mdlDataRate rate, Lis3mdlFullScale fullScale)
        {
            SensorStatus status = _registers.Write((byte)Register.CTRL_REG1, (byte)(((byte)performance << 5) | ((byte)rate << 2)));
            if (status == SensorStatus.Ok)
            {
                status = _registers.Write((byte)Register.CTRL_REG2, (byte)((byte)fullScale << 5));
            }

            if (status == SensorStatus.Ok)
            {
                status = _registers.Write((byte)Register.CTRL_REG4, (byte)((byte)performance << 2));
            }

            if (status == SensorStatus.Ok)
            {
                status = _registers.Write((byte)Register.CTRL_REG5, (byte)RegisterBits.BDU);
            }

            if (status != SensorStatus.Ok)
            {
                return status;
            }

            _performance = performance;
            _rate = rate;
            _fullScale = fullScale;
            return WriteControl3(false, RegisterBits.MD_CONTINUOUS);
        }

        /// <summary>Turns low-power mode (0.625 Hz, minimum averaging, about 40 µA) on or off, staying in continuous mode.</summary>
        /// <param name="enabled">True for low-power.</param>
        /// <returns>The bus outcome.</returns>
        public SensorStatus SetLowPowerMode(bool enabled)
        {
            return WriteControl3(enabled, RegisterBits.MD_CONTINUOUS);
        }

        /// <summary>Starts one conversion; the chip returns to power-down afterwards (MD = 01).</summary>
        /// <returns>The bus outcome.</returns>
        public SensorStatus StartSingleMeasurement()
        {
            return WriteControl3(_lowPower, RegisterBits.MD_SINGLE);
        }

        /// <summary>Stops conversions (MD = 11, about 1 µA). The threshold interrupt needs continuous mode.</summary>
        /// <returns>The bus outcome.</returns>
        public SensorStatus PowerDown()
        {
            SensorStatus status = WriteControl3(_lowPower, RegisterBits.MD_POWER_DOWN);
            if (status == SensorStatus.Ok)
            {
                _measuring = false;
            }

            return status;
        }

        /// <summary>
        /// Waits at most two sample periods for STATUS_REG.ZYXDA, then reads OUT_X_L..OUT_Z_H in one auto-incremented
        /// burst. A sample at the int16 limit is saturated and reported as <see cref="SensorStatus.OutOfRange"/>.
        /// </summary>
        /// <param name="reading">The reading in milligauss.</param>
        /// <returns>True when the reading is valid.</returns>
        public bool TryRead(out MagneticFieldReading reading)
        {
            reading = new MagneticFieldReading();
            if (!_measuring)
            {
                reading.Status = SensorStatus.NotReady;
                return false;
            }

            int period = SamplePeriodMilliseconds;
            int poll = period >= 10 ? period / 10 : 1;
            long deadline = _clock.UptimeMilliseconds + (2 * period);
            while (true)
            {
                byte status;
                SensorStatus bus = _registers.Read((byte)Register.STATUS_REG, out status);
                if (bus != SensorStatus.Ok)
                {
                    reading.Status = bus;
                    return false;
                }

                if ((status & (byte)RegisterBits.ZYXDA) != 0)
                {
                    break;
                }

                if (_clock.UptimeMilliseconds >= deadline)
                {
                    reading.Status = SensorStatus.Timeout;
                    return false;
                }

                _clock.DelayMilliseconds(poll);
            }

            SensorStatus read = _registers.ReadBlock((byte)((byte)Register.OUT_X_L | (byte)RegisterBits.AUTO_INCREMENT), _data, 0, DataLength);
            if (read != SensorStatus.Ok)
            {
                reading.Status = read;
                return false;
            }

            int countsPerGauss = CountsPerGauss;
            bool saturated = false;
            reading.XMilligauss = Convert(_data[0], _data[1], countsPerGauss, ref saturated);
            reading.YMilligauss = Convert(_data[2], _data[3], countsPerGauss, ref saturated);
            reading.ZMilligauss = Convert(_data[4], _data[5], countsPerGauss, ref saturated);
            reading.Status = saturated ? SensorStatus.OutOfRange : SensorStatus.Ok;
            return !saturated;
        }

        /// <summary>
        /// Arms the threshold interrupt: INT_THS = threshold in output counts, INT_CFG = axes | 1 (bit 3) | IEA | LIR | IEN,
        /// where LIR = 0 latches and LIR = 1 does not (inverted sense, datasheet section 7.10 INT_CFG description).
        /// The INT pin asserts when any enabled axis exceeds +threshold or falls below −threshold (datasheet section 7.10–7.12).
        /// </summary>
        /// <param name="thresholdMilligauss">Magnitude in milligauss (converted with the current full scale).</param>
        /// <param name="axes">Axes to watch.</param>
        /// <param name="activeHigh">INT polarity (true = active high, IEA = 1).</param>
        /// <param name="latched">Keep INT asserted until INT_SRC is read (LIR = 0); what a sleeping MCU needs.</param>
        /// <returns><see cref="SensorStatus.OutOfRange"/> when the threshold does not fit 15 bits; else the bus outcome.</returns>
        public SensorStatus ConfigureThresholdInterrupt(int thresholdMilligauss, Lis3mdlAxes axes, bool activeHigh, bool latched)
        {
            long counts = (long)thresholdMilligauss * CountsPerGauss / 1000;
            if (counts < 0 || counts > MaximumThresholdCounts)
            {
                return SensorStatus.OutOfRange;
            }

            SensorStatus status = _registers.Write((byte)Register.INT_THS_L, (byte)(counts & 0xFF));
            if (status == SensorStatus.Ok)
            {
                status = _registers.Write((byte)Register.INT_THS_H, (byte)((counts >> 8) & 0x7F));
            }

            if (status != SensorStatus.Ok)
            {
                return status;
            }

            int config = (byte)axes | (byte)RegisterBits.INT_CFG_RESERVED_ONE | (byte)RegisterBits.IEN;
            if (activeHigh)
            {
                config |= (byte)RegisterBits.IEA;
            }

            // Datasheet section 7.10: LIR 0 = interrupt request latched, 1 = not latched.
            if (!latched)
            {
                config |= (byte)RegisterBits.LIR;
            }

            status = _registers.Write((byte)Register.INT_CFG, (byte)config);
            if (status == SensorStatus.Ok)
            {
                _interruptActiveHigh = activeHigh;
            }

            return status;
        }

        /// <summary>
        /// Disarms the interrupt: IEN = 0, bit 3 kept at 1, and IEA kept as configured so the INT pin stays at its idle
        /// level for the polarity the MCU expects (INT_CFG = 0x0C active high, 0x08 active low).
        /// </summary>
        /// <returns>The bus outcome.</returns>
        public SensorStatus DisableThresholdInterrupt()
        {
            int config = (byte)RegisterBits.INT_CFG_RESERVED_ONE;
            if (_interruptActiveHigh)
            {
                config |= (byte)RegisterBits.IEA;
            }

            return _registers.Write((byte)Register.INT_CFG, (byte)config);
        }

        /// <summary>
        /// Prepares the sensor to watch while the MCU sleeps: low-power continuous mode and a latched, active-high
        /// threshold interrupt on all three axes. The MCU then arms its wake-on-pin for INT and deep-sleeps.
        /// </summary>
        /// <param name="thresholdMilligauss">Field magnitude that wakes the MCU.</param>
        /// <returns>The first fault, or Ok.</returns>
        public SensorStatus StartWatching(int thresholdMilligauss)
        {
            SensorStatus status = SetLowPowerMode(true);
            if (status != SensorStatus.Ok)
            {
                return status;
            }

            status = ConfigureThresholdInterrupt(thresholdMilligauss, Lis3mdlAxes.All, true, true);
            if (status != SensorStatus.Ok)
            {
                return status;
            }

            // Clear any event latched before arming, so INT reflects only new field changes.
            Lis3mdlInterruptSource ignored;
            return ReadInterruptSource(out ignored);
        }

        /// <summary>Reads INT_SRC (which releases a latched INT).</summary>
        /// <param name="source">The source bits.</param>
        /// <returns>The bus outcome.</returns>
        public SensorStatus ReadInterruptSource(out Lis3mdlInterruptSource source)
        {
            byte value;
            SensorStatus status = _registers.Read((byte)Register.INT_SRC, out value);
            source = (Lis3mdlInterruptSource)value;
            return status;
        }

        /// <summary>Whether the INT pin is asserted (taking the configured polarity into account).</summary>
        /// <param name="asserted">True when asserted.</param>
        /// <returns><see cref="SensorStatus.NotSupported"/> when no INT pin was given.</returns>
        public SensorStatus IsInterruptAsserted(out bool asserted)
        {
            if (_interruptPin == null)
            {
                asserted = false;
                return SensorStatus.NotSupported;
            }

            asserted = _interruptPin.Read() == _interruptActiveHigh;
            return SensorStatus.Ok;
        }

        private SensorStatus WriteControl3(bool lowPower, RegisterBits mode)
        {
            int value = (byte)mode;
            if (lowPower)
            {
                value |= (byte)RegisterBits.LP;
            }

            SensorStatus status = _registers.Write((byte)Register.CTRL_REG3, (byte)value);
            if (status == SensorStatus.Ok)
            {
                _lowPower = lowPower;
                _measuring = mode != RegisterBits.MD_POWER_DOWN;
            }

            return status;
        }

        private static int Convert(byte low, byte high, int countsPerGauss, ref bool saturated)
        {
            int raw = (short)(low | (high << 8));
            if (raw == short.MaxValue || raw == short.MinValue)
            {
                saturated = true;
            }

            return raw * 1000 / countsPerGauss;
        }
    }
}
