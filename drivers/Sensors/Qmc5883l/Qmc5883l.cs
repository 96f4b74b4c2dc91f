// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors.Qmc5883l
{
    /// <summary>
    /// QST QMC5883L three-axis magnetometer on I²C (QMC5883L datasheet rev 1.0, QST Corporation, 2016): continuous or
    /// standby mode, ±2/±8 G range, output data rate, oversampling, data-ready by STATUS polling or by the DRDY pin.
    /// </summary>
    public sealed class Qmc5883l : IMagnetometer
    {
        /// <summary>Fixed 7-bit I²C address (datasheet rev 1.0, section 9.1 "I2C interface").</summary>
        public const int DefaultI2cAddress = 0x0D;

        /// <summary>Value of the CHIP_ID register 0x0D (datasheet rev 1.0, section 9.2).</summary>
        public const byte ChipIdValue = 0xFF;

        /// <summary>Recommended SET/RESET period value (datasheet rev 1.0, section 9.2.5: "recommended to set to 0x01").</summary>
        public const byte RecommendedSetResetPeriod = 0x01;

        /// <summary>Sensitivity in the ±2 G range, 12000 LSB/G (datasheet rev 1.0, table 2 "Field resolution").</summary>
        public const int CountsPerGaussRange2G = 12000;

        /// <summary>Sensitivity in the ±8 G range, 3000 LSB/G (datasheet rev 1.0, table 2).</summary>
        public const int CountsPerGaussRange8G = 3000;

        /// <summary>Power-on / soft-reset completion time, 350 µs (datasheet rev 1.0, table 4 "POR completion time").</summary>
        public const int ResetMicroseconds = 350;

        /// <summary>Supply current in continuous mode, 75 µA typical (datasheet rev 1.0, section 1 "Features: low power consumption").</summary>
        public const int ContinuousCurrentMicroamperes = 75;

        /// <summary>Supply current in standby, 3 µA typical (datasheet rev 1.0, table 2 "Standby current").</summary>
        public const int StandbyCurrentMicroamperes = 3;

        private const int DataLength = 6;

        private readonly I2cRegisters _registers;
        private readonly IClock _clock;
        private readonly IInputPin _dataReadyPin;
        private readonly byte[] _data = new byte[DataLength + 1];
        private Qmc5883lMode _mode = Qmc5883lMode.Standby;
        private Qmc5883lOutputDataRate _rate = Qmc5883lOutputDataRate.Rate10Hz;
        private Qmc5883lFieldRange _range = Qmc5883lFieldRange.Gauss8;
        private Qmc5883lOversampling _oversampling = Qmc5883lOversampling.Ratio512;

        /// <summary>Creates the driver; call <see cref="Initialize"/> before reading.</summary>
        /// <param name="device">The chip at <see cref="DefaultI2cAddress"/>; not null.</param>
        /// <param name="clock">Time source for bounded waits; not null.</param>
        /// <param name="dataReadyPin">MCU input wired to DRDY, or null to poll the STATUS register.</param>
        public Qmc5883l(II2cDevice device, IClock clock, IInputPin dataReadyPin)
        {
            if (clock == null)
            {
                throw new System.ArgumentNullException(nameof(clock));
            }

            _registers = new I2cRegisters(device);
            _clock = clock;
            _dataReadyPin = dataReadyPin;
        }

        /// <summary>The mode last written.</summary>
        public Qmc5883lMode Mode
        {
            get { return _mode; }
        }

        /// <summary>The field range last written.</summary>
        public Qmc5883lFieldRange FieldRange
        {
            get { return _range; }
        }

        /// <summary>One output-data period in milliseconds for the configured rate.</summary>
        public int SamplePeriodMilliseconds
        {
            get
            {
                switch (_rate)
                {
                    case Qmc5883lOutputDataRate.Rate50Hz:
                        return 20;
                    case Qmc5883lOutputDataRate.Rate100Hz:
                        return 10;
                    case Qmc5883lOutputDataRate.Rate200Hz:
                        return 5;
                    default:
                        return 100;
                }
            }
        }

        /// <inheritdoc/>
        public SensorPowerProfile PowerProfile
        {
            get { return new SensorPowerProfile(SamplePeriodMilliseconds, SamplePeriodMilliseconds, ContinuousCurrentMicroamperes, StandbyCurrentMicroamperes); }
        }

        /// <summary>
        /// Checks CHIP_ID, soft-resets, writes the recommended SET/RESET period, enables (or disables, without a DRDY pin)
        /// the interrupt pin and writes CONTROL_1 with the current configuration.
        /// </summary>
        /// <returns><see cref="SensorStatus.WrongDevice"/> on an ID mismatch, a bus status on a bus fault, else Ok.</returns>
        public SensorStatus Initialize()
        {
            byte id;
            SensorStatus status = _registers.Read((byte)Register.CHIP_ID, out id);
            if (status != SensorStatus.Ok)
            {
                return status;
            }

            if (id != ChipIdValue)
            {
                return SensorStatus.WrongDevice;
            }

            status = _registers.Write((byte)Register.CONTROL_2, (byte)Control2.SOFT_RST);
            if (status != SensorStatus.Ok)
            {
                return status;
            }

            _clock.DelayMicroseconds(ResetMicroseconds);
            status = _registers.Write((byte)Register.SET_RESET_PERIOD, RecommendedSetResetPeriod);
            if (status != SensorStatus.Ok)
            {
                return status;
            }

            status = _registers.Write((byte)Register.CONTROL_2, (byte)(_dataReadyPin == null ? Control2.INT_ENB : Control2.None));
            if (status != SensorStatus.Ok)
            {
                return status;
            }

            return Configure(_mode, _rate, _range, _oversampling);
        }

        /// <summary>Writes CONTROL_1 = OSR | RNG | ODR | MODE.</summary>
        /// <param name="mode">Standby or continuous.</param>
        /// <param name="rate">Output data rate.</param>
        /// <param name="range">Field range.</param>
        /// <param name="oversampling">Oversampling ratio.</param>
        /// <returns>The bus outcome.</returns>
        public SensorStatus Configure(Qmc5883lMode mode, Qmc5883lOutputDataRate rate, Qmc5883lFieldRange range, Qmc5883lOversampling oversampling)
        {
            SensorStatus status = _registers.Write((byte)Register.CONTROL_1, (byte)((byte)oversampling | (byte)range | (byte)rate | (byte)mode));
            if (status == SensorStatus.Ok)
            {
                _mode = mode;
                _rate = rate;
                _range = range;
                _oversampling = oversampling;
            }

            return status;
        }

        /// <summary>Switches between standby and continuous measurement, keeping the other settings.</summary>
        /// <param name="mode">The mode.</param>
        /// <returns>The bus outcome.</returns>
        public SensorStatus SetMode(Qmc5883lMode mode)
        {
            return Configure(mode, _rate, _range, _oversampling);
        }

        /// <summary>Whether a new sample waits: the DRDY pin when wired, else STATUS.DRDY.</summary>
        /// <param name="ready">True when a sample waits.</param>
        /// <returns>The bus outcome.</returns>
        public SensorStatus IsDataReady(out bool ready)
        {
            if (_dataReadyPin != null)
            {
                ready = _dataReadyPin.Read();
                return SensorStatus.Ok;
            }

            byte status;
            SensorStatus result = _registers.Read((byte)Register.STATUS, out status);
            ready = result == SensorStatus.Ok && (status & (byte)Status.DataReady) != 0;
            return result;
        }

        /// <summary>
        /// Waits at most two sample periods for data-ready, then reads X, Y, Z and STATUS in one burst (0x00–0x06).
        /// An OVL flag makes the reading <see cref="SensorStatus.OutOfRange"/>.
        /// </summary>
        /// <param name="reading">The reading in milligauss.</param>
        /// <returns>True when the reading is valid.</returns>
        public bool TryRead(out MagneticFieldReading reading)
        {
            reading = new MagneticFieldReading();
            if (_mode != Qmc5883lMode.Continuous)
            {
                reading.Status = SensorStatus.NotReady;
                return false;
            }

            int period = SamplePeriodMilliseconds;
            int poll = period >= 10 ? period / 10 : 1;
            long deadline = _clock.UptimeMilliseconds + (2 * period);
            bool ready;
            while (true)
            {
                SensorStatus status = IsDataReady(out ready);
                if (status != SensorStatus.Ok)
                {
                    reading.Status = status;
                    return false;
                }

                if (ready)
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

            SensorStatus read = _registers.ReadBlock((byte)Register.XOUT_L, _data, 0, DataLength + 1);
            if (read != SensorStatus.Ok)
            {
                reading.Status = read;
                return false;
            }

            int countsPerGauss = _range == Qmc5883lFieldRange.Gauss2 ? CountsPerGaussRange2G : CountsPerGaussRange8G;
            reading.XMilligauss = ToMilligauss(_data[0], _data[1], countsPerGauss);
            reading.YMilligauss = ToMilligauss(_data[2], _data[3], countsPerGauss);
            reading.ZMilligauss = ToMilligauss(_data[4], _data[5], countsPerGauss);
            reading.Status = (_data[DataLength] & (byte)Status.Overflow) != 0 ? SensorStatus.OutOfRange : SensorStatus.Ok;
            return reading.Status == SensorStatus.Ok;
        }

        /// <summary>Converts an int16 little-endian sample to milligauss, truncating toward zero.</summary>
        /// <param name="low">LSB.</param>
        /// <param name="high">MSB.</param>
        /// <param name="countsPerGauss">Sensitivity.</param>
        /// <returns>Milligauss.</returns>
        public static int ToMilligauss(byte low, byte high, int countsPerGauss)
        {
            int raw = (short)(low | (high << 8));
            return raw * 1000 / countsPerGauss;
        }
    }
}
