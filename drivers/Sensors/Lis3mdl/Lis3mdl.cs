// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>
    /// ST LIS3MDL three-axis magnetometer on I²C (datasheet DocID024204 Rev 6): WHO_AM_I check, continuous /
    /// single / power-down, low-power mode, and the threshold interrupt on INT so that the MCU can deep-sleep while the
    /// sensor watches the field (a parked car changes it) and wake on the pin. Because the datasheet and ST's register
    /// header read the INT_CFG IEA and LIR bits in opposite ways, the reading in force is a
    /// <see cref="Lis3mdlInterruptPinConfiguration"/> learnt once by <see cref="CalibrateInterruptPin"/> at installation.
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

        /// <summary>
        /// Longest wait for SOFT_RST to clear. The datasheet gives no reset time; ST's example polls the bit until it
        /// clears (STMems_Standard_C_drivers lis3mdl_read_data_polling.c) and Adafruit_LIS3MDL waits 10 ms, so twice that.
        /// </summary>
        public const int SoftResetTimeoutMilliseconds = 20;

        /// <summary>Pause between two reads of CTRL_REG2 while the soft reset runs (the clock's delay, not a busy loop).</summary>
        public const int SoftResetPollMilliseconds = 1;

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
        // IEA as last written. INT_CFG resets to 0xE8 (IEA = 0, datasheet section 7.10).
        private bool _ieaSet;
        private Lis3mdlInterruptPolarity _polarity = Lis3mdlInterruptPolarity.IeaSetIsActiveHigh;
        private Lis3mdlInterruptLatch _latch = Lis3mdlInterruptLatch.LirClearIsLatched;
        private SensorPowerProfile _powerProfile;

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
                _powerProfile = SensorPowerProfile.Reuse(_powerProfile, SamplePeriodMilliseconds, SamplePeriodMilliseconds, active, PowerDownCurrentMicroamperes);
                return _powerProfile;
            }
        }

        /// <summary>True when INT is active high with the IEA bit last written (taking the applied pin configuration into account).</summary>
        public bool IsInterruptActiveHigh
        {
            get { return _ieaSet == (_polarity == Lis3mdlInterruptPolarity.IeaSetIsActiveHigh); }
        }

        /// <summary>
        /// Checks WHO_AM_I, soft-resets, waits until the chip clears SOFT_RST (CTRL_REG2 read every
        /// <see cref="SoftResetPollMilliseconds"/> ms, at most <see cref="SoftResetTimeoutMilliseconds"/> ms: writes made
        /// while the reset runs are lost and the chip would stay powered down), then writes the current configuration in
        /// continuous mode.
        /// </summary>
        /// <returns>
        /// <see cref="SensorStatus.WrongDevice"/> on an ID mismatch; <see cref="SensorStatus.Timeout"/> when SOFT_RST never
        /// cleared (nothing configured); a bus status on a bus fault; else Ok.
        /// </returns>
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

            // SOFT_RST restores INT_CFG = 0xE8 (IEA = 0).
            _ieaSet = false;
            _measuring = false;
            status = WaitForSoftReset();
            if (status != SensorStatus.Ok)
            {
                return status;
            }

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
        /// Arms the threshold interrupt: INT_THS = threshold in output counts, INT_CFG = axes | 1 (bit 3) | IEA | LIR | IEN.
        /// The IEA and LIR values that give the requested behaviour come from the applied
        /// <see cref="Lis3mdlInterruptPinConfiguration"/> (datasheet reading until a calibration or the node says otherwise:
        /// IEA 1 = active high, LIR 0 = latched, section 7.10). The INT pin asserts when any enabled axis exceeds
        /// +threshold or falls below −threshold (datasheet sections 7.10–7.12).
        /// </summary>
        /// <param name="thresholdMilligauss">Magnitude in milligauss (converted with the current full scale).</param>
        /// <param name="axes">Axes to watch.</param>
        /// <param name="activeHigh">INT polarity wanted (true = high while asserted).</param>
        /// <param name="latched">Keep INT asserted until INT_SRC is read; what a sleeping MCU needs.</param>
        /// <returns><see cref="SensorStatus.OutOfRange"/> (nothing written) when the threshold does not fit 15 bits; else the bus outcome.</returns>
        public SensorStatus ConfigureThresholdInterrupt(int thresholdMilligauss, Lis3mdlAxes axes, bool activeHigh, bool latched)
        {
            int counts = ToThresholdCounts(thresholdMilligauss);
            if (counts < 0)
            {
                return SensorStatus.OutOfRange;
            }

            bool ieaSet = activeHigh == (_polarity == Lis3mdlInterruptPolarity.IeaSetIsActiveHigh);
            bool lirSet = latched == (_latch == Lis3mdlInterruptLatch.LirSetIsLatched);
            return WriteThresholdInterrupt(counts, axes, ieaSet, lirSet);
        }

        /// <summary>
        /// Disarms the interrupt: IEN = 0, bit 3 kept at 1, and IEA kept as last written so the INT pin stays at the idle
        /// level the MCU expects (INT_CFG = 0x0C or 0x08).
        /// </summary>
        /// <returns>The bus outcome.</returns>
        public SensorStatus DisableThresholdInterrupt()
        {
            int config = (byte)RegisterBits.INT_CFG_RESERVED_ONE;
            if (_ieaSet)
            {
                config |= (byte)RegisterBits.IEA;
            }

            return _registers.Write((byte)Register.INT_CFG, (byte)config);
        }

        /// <summary>
        /// Prepares the sensor to watch while the MCU sleeps: low-power continuous mode and a latched, active-high
        /// threshold interrupt on all three axes (IEA and LIR chosen by the applied pin configuration). The MCU then arms
        /// its wake-on-pin for INT at the HIGH level and deep-sleeps.
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

        /// <summary>
        /// Uses a persisted pin configuration (which IEA value is active high, which LIR value latches) for every later
        /// interrupt write and for <see cref="IsInterruptAsserted"/>. The values are copied.
        /// </summary>
        /// <param name="configuration">The configuration the installation calibration stored; not null.</param>
        public void ApplyInterruptPinConfiguration(Lis3mdlInterruptPinConfiguration configuration)
        {
            if (configuration == null)
            {
                throw new System.ArgumentNullException(nameof(configuration));
            }

            _polarity = configuration.Polarity;
            _latch = configuration.Latch;
        }

        /// <summary>
        /// Installation calibration of the INT pin: learns from the silicon which IEA value is active high and which LIR
        /// value latches, because the datasheet and ST's register header disagree. Call it after <see cref="Initialize"/>
        /// with the bay empty, then bring the trigger (a magnet or the first car) so that the field exceeds
        /// <paramref name="thresholdMilligauss"/> on some axis, and keep it there until the method returns.
        /// <para>
        /// Steps: continuous mode; INT_THS = threshold, INT_CFG = 0xED (all axes, bit 3, IEA = 1, LIR = 0, IEN); INT_SRC read
        /// to clear; idle pin level read. Then the pin is read every tenth of a sample period until it leaves the idle
        /// level AND INT_SRC reports the event: the level seen then is the asserted level for IEA = 1. After two more
        /// sample periods (the field still present) INT_THS is raised to 0x7FFF so that no later sample exceeds it; two
        /// sample periods later an INT still asserted means LIR = 0 latches, an INT back at idle means it does not.
        /// INT_SRC is read (releasing INT) and the interrupt disabled.
        /// </para>
        /// </summary>
        /// <param name="thresholdMilligauss">Field magnitude the trigger exceeds; above the empty bay's field.</param>
        /// <param name="timeoutMilliseconds">Longest wait for the trigger (positive).</param>
        /// <param name="detected">Filled with what the silicon showed (only on Ok); the driver also applies it.</param>
        /// <returns>
        /// Ok; <see cref="SensorStatus.NotSupported"/> without an INT pin; <see cref="SensorStatus.OutOfRange"/> when the
        /// threshold does not fit 15 bits (nothing written); <see cref="SensorStatus.Timeout"/> when nothing crossed the
        /// threshold in time; <see cref="SensorStatus.NoData"/> when INT_SRC reported the event but the INT pin never left
        /// its idle level (INT not wired to that GPIO, or a pulse too short to see); a bus status on a bus fault.
        /// </returns>
        public SensorStatus CalibrateInterruptPin(int thresholdMilligauss, int timeoutMilliseconds, Lis3mdlInterruptPinConfiguration detected)
        {
            if (detected == null)
            {
                throw new System.ArgumentNullException(nameof(detected));
            }

            if (timeoutMilliseconds <= 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(timeoutMilliseconds));
            }

            if (_interruptPin == null)
            {
                return SensorStatus.NotSupported;
            }

            int counts = ToThresholdCounts(thresholdMilligauss);
            if (counts < 0)
            {
                return SensorStatus.OutOfRange;
            }

            SensorStatus status = WriteControl3(_lowPower, RegisterBits.MD_CONTINUOUS);
            if (status == SensorStatus.Ok)
            {
                // The reference encoding: the datasheet's "active high, latched" (INT_CFG 0xED with all axes).
                status = WriteThresholdInterrupt(counts, Lis3mdlAxes.All, true, false);
            }

            Lis3mdlInterruptSource source;
            if (status == SensorStatus.Ok)
            {
                status = ReadInterruptSource(out source);
            }

            if (status != SensorStatus.Ok)
            {
                return status;
            }

            bool idleLevel = _interruptPin.Read();
            int period = SamplePeriodMilliseconds;
            int poll = period >= 10 ? period / 10 : 1;
            long deadline = _clock.UptimeMilliseconds + timeoutMilliseconds;
            while (true)
            {
                if (_interruptPin.Read() != idleLevel)
                {
                    status = ReadInterruptSource(out source);
                    if (status != SensorStatus.Ok)
                    {
                        return status;
                    }

                    // A level change without an event in INT_SRC is a glitch: keep waiting.
                    if ((source & Lis3mdlInterruptSource.Interrupt) != 0)
                    {
                        break;
                    }
                }

                if (_clock.UptimeMilliseconds >= deadline)
                {
                    status = ReadInterruptSource(out source);
                    SensorStatus disable = DisableThresholdInterrupt();
                    if (status != SensorStatus.Ok)
                    {
                        return status;
                    }

                    if (disable != SensorStatus.Ok)
                    {
                        return disable;
                    }

                    return (source & Lis3mdlInterruptSource.Interrupt) != 0 ? SensorStatus.NoData : SensorStatus.Timeout;
                }

                _clock.DelayMilliseconds(poll);
            }

            // With IEA = 1 the asserted level is the opposite of the idle level just seen.
            bool assertedHigh = !idleLevel;

            // The INT_SRC read above released a latch; let the still-present field assert INT again, then make every
            // further sample fall inside ±threshold: only a latched INT stays asserted.
            _clock.DelayMilliseconds(2 * period);
            status = _registers.Write((byte)Register.INT_THS_L, 0xFF);
            if (status == SensorStatus.Ok)
            {
                status = _registers.Write((byte)Register.INT_THS_H, (byte)(MaximumThresholdCounts >> 8));
            }

            if (status != SensorStatus.Ok)
            {
                return status;
            }

            _clock.DelayMilliseconds(2 * period);
            bool stillAsserted = _interruptPin.Read() != idleLevel;
            status = ReadInterruptSource(out source);
            if (status != SensorStatus.Ok)
            {
                return status;
            }

            detected.Set(
                assertedHigh ? Lis3mdlInterruptPolarity.IeaSetIsActiveHigh : Lis3mdlInterruptPolarity.IeaSetIsActiveLow,
                stillAsserted ? Lis3mdlInterruptLatch.LirClearIsLatched : Lis3mdlInterruptLatch.LirSetIsLatched);
            ApplyInterruptPinConfiguration(detected);
            return DisableThresholdInterrupt();
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

        /// <summary>Whether the INT pin is asserted (taking the IEA bit written and the applied pin configuration into account).</summary>
        /// <param name="asserted">True when asserted.</param>
        /// <returns><see cref="SensorStatus.NotSupported"/> when no INT pin was given.</returns>
        public SensorStatus IsInterruptAsserted(out bool asserted)
        {
            if (_interruptPin == null)
            {
                asserted = false;
                return SensorStatus.NotSupported;
            }

            asserted = _interruptPin.Read() == IsInterruptActiveHigh;
            return SensorStatus.Ok;
        }

        private SensorStatus WaitForSoftReset()
        {
            long deadline = _clock.UptimeMilliseconds + SoftResetTimeoutMilliseconds;
            while (true)
            {
                byte control2;
                SensorStatus status = _registers.Read((byte)Register.CTRL_REG2, out control2);
                if (status == SensorStatus.Ok && (control2 & (byte)RegisterBits.SOFT_RST) == 0)
                {
                    return SensorStatus.Ok;
                }

                if (_clock.UptimeMilliseconds >= deadline)
                {
                    // A chip that stopped answering reports its bus fault; one that answers but stays in reset, Timeout.
                    return status != SensorStatus.Ok ? status : SensorStatus.Timeout;
                }

                _clock.DelayMilliseconds(SoftResetPollMilliseconds);
            }
        }

        private int ToThresholdCounts(int thresholdMilligauss)
        {
            long counts = (long)thresholdMilligauss * CountsPerGauss / 1000;
            return counts < 0 || counts > MaximumThresholdCounts ? -1 : (int)counts;
        }

        private SensorStatus WriteThresholdInterrupt(int counts, Lis3mdlAxes axes, bool ieaSet, bool lirSet)
        {
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
            if (ieaSet)
            {
                config |= (byte)RegisterBits.IEA;
            }

            if (lirSet)
            {
                config |= (byte)RegisterBits.LIR;
            }

            status = _registers.Write((byte)Register.INT_CFG, (byte)config);
            if (status == SensorStatus.Ok)
            {
                _ieaSet = ieaSet;
            }

            return status;
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
