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
        /// <summary>Fixed 7-bit I²C address 0001101b (datasheet rev 1.0, section 8.2.3, table 11 "I2C Write").</summary>
        public const int DefaultI2cAddress = 0x0D;

        /// <summary>Value of the CHIP_ID register 0x0D (datasheet rev 1.0, section 9.2.6, table 21).</summary>
        public const byte ChipIdValue = 0xFF;

        /// <summary>Recommended SET/RESET period value (datasheet rev 1.0, section 9.2.5: "recommended to set to 0x01").</summary>
        public const byte RecommendedSetResetPeriod = 0x01;

        /// <summary>Sensitivity in the ±2 G range, 12000 LSB/G (datasheet rev 1.0, table 2 "Field resolution").</summary>
        public const int CountsPerGaussRange2G = 12000;

        /// <summary>Sensitivity in the ±8 G range, 3000 LSB/G (datasheet rev 1.0, table 2).</summary>
        public const int CountsPerGaussRange8G = 3000;

        /// <summary>Power-on / soft-reset completion time, 350 µs (datasheet rev 1.0, section 5.3, table 7 "POR completion time").</summary>
        public const int ResetMicroseconds = 350;

        /// <summary>Continuous-mode current at 10 Hz, OSR 64: 75 µA typical (datasheet table 2 "Specifications", row "Continuous Mode Current, Low/High Power Mode (OSR=64 or 512)").</summary>
        public const int Current10HzOsr64Microamperes = 75;

        /// <summary>Continuous-mode current at 10 Hz, OSR 512: 100 µA typical (datasheet table 2, same row).</summary>
        public const int Current10HzOsr512Microamperes = 100;

        /// <summary>Continuous-mode current at 50 Hz, OSR 64: 150 µA typical (datasheet table 2, same row).</summary>
        public const int Current50HzOsr64Microamperes = 150;

        /// <summary>Continuous-mode current at 50 Hz, OSR 512: 250 µA typical (datasheet table 2, same row).</summary>
        public const int Current50HzOsr512Microamperes = 250;

        /// <summary>Continuous-mode current at 100 Hz, OSR 64: 250 µA typical (datasheet table 2, same row).</summary>
        public const int Current100HzOsr64Microamperes = 250;

        /// <summary>Continuous-mode current at 100 Hz, OSR 512: 450 µA typical (datasheet table 2, same row).</summary>
        public const int Current100HzOsr512Microamperes = 450;

        /// <summary>Continuous-mode current at 200 Hz, OSR 64: 450 µA typical (datasheet table 2, same row).</summary>
        public const int Current200HzOsr64Microamperes = 450;

        /// <summary>Continuous-mode current at 200 Hz, OSR 512: 850 µA typical (datasheet table 2, same row).</summary>
        public const int Current200HzOsr512Microamperes = 850;

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
        private SensorPowerProfile _powerProfile;
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
            get
            {
                _powerProfile = SensorPowerProfile.Reuse(_powerProfile, SamplePeriodMilliseconds, SamplePeriodMilliseconds, ContinuousCurrentMicroamperes(_rate, _oversampling), StandbyCurrentMicroamperes);
                return _powerProfile;
            }
        }

        /// <summary>The oversampling ratio last written (OSR).</summary>
        public Qmc5883lOversampling Oversampling
        {
            get { return _oversampling; }
        }

        /// <summary>The output data rate last written (ODR).</summary>
        public Qmc5883lOutputDataRate OutputDataRate
        {
            get { return _rate; }
        }

        /// <summary>
        /// Typical continuous-mode supply current for an ODR and OSR. Datasheet rev 1.0 table 2 gives OSR 64 and OSR 512 for
        /// each ODR (the "Low/High Power Mode" pair); OSR 128 and 256 are not in the table and are interpolated linearly in
        /// OSR between those two cells of the same ODR (conversion time, hence charge per sample, grows with OSR; the
        /// table's own cells fit this: about 2 µA per Hz at OSR 64 and 4 µA per Hz at OSR 512), rounded up so that the energy
        /// ledger never under-counts.
        /// </summary>
        /// <param name="rate">Output data rate.</param>
        /// <param name="oversampling">Oversampling ratio.</param>
        /// <returns>Microamperes.</returns>
        public static int ContinuousCurrentMicroamperes(Qmc5883lOutputDataRate rate, Qmc5883lOversampling oversampling)
        {
            int osr64;
            int osr512;
            switch (rate)
            {
                case Qmc5883lOutputDataRate.Rate50Hz:
                    osr64 = Current50HzOsr64Microamperes;
                    osr512 = Current50HzOsr512Microamperes;
                    break;
                case Qmc5883lOutputDataRate.Rate100Hz:
                    osr64 = Current100HzOsr64Microamperes;
                    osr512 = Current100HzOsr512Microamperes;
                    break;
                case Qmc5883lOutputDataRate.Rate200Hz:
                    osr64 = Current200HzOsr64Microamperes;
                    osr512 = Current200HzOsr512Microamperes;
                    break;
                default:
                    osr64 = Current10HzOsr64Microamperes;
                    osr512 = Current10HzOsr512Microamperes;
                    break;
            }

            int ratio;
            switch (oversampling)
            {
                case Qmc5883lOversampling.Ratio64:
                    return osr64;
                case Qmc5883lOversampling.Ratio128:
                    ratio = 128;
                    break;
                case Qmc5883lOversampling.Ratio256:
                    ratio = 256;
                    break;
                default:
                    return osr512;
            }

            // osr64 + (osr512 − osr64) × (ratio − 64) / (512 − 64), rounded up.
            const int span = 512 - 64;
            return ((osr64 * span) + ((osr512 - osr64) * (ratio - 64)) + span - 1) / span;
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
        /// <param name="reading">Caller-owned reading, filled in place; not null.</param>
        /// <returns>True when the reading is valid.</returns>
        [HotPath]
        public bool TryRead(MagneticFieldReading reading)
        {
            if (reading == null)
            {
                throw new System.ArgumentNullException(nameof(reading));
            }

            reading.Clear();
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
