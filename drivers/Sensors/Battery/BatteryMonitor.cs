// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors.Battery
{
    /// <summary>
    /// Battery voltage through a resistor divider into an ADC channel, with a linear calibration and state of charge
    /// from a cell curve. Battery mV = mean raw · full-scale mV · (R_top + R_bottom) / (max raw · R_bottom), computed
    /// in 64-bit integers with a single rounding, then calibrated.
    /// </summary>
    public sealed class BatteryMonitor : IPowerProfiled
    {
        /// <summary>Largest number of conversions averaged into one reading.</summary>
        public const int MaximumSamples = 64;

        /// <summary>Time constants waited by <see cref="SettleMillisecondsForCapacitance"/>: e^−7 ≈ 0.09 % residual error.</summary>
        public const int SettleTimeConstants = 7;

        /// <summary>Voltage used to state the divider's current in <see cref="PowerProfile"/>: a full Li-ion cell (4.2 V).</summary>
        public const int ProfileBatteryMillivolts = 4200;

        private readonly IAdcChannel _adc;
        private readonly IClock _clock;
        private readonly IOutputPin _dividerEnablePin;
        private readonly StateOfChargeCurve _curve;
        private readonly int _fullScaleMillivolts;
        private readonly int _dividerTopOhms;
        private readonly int _dividerBottomOhms;
        private SensorPowerProfile _powerProfile;
        private BatteryCalibration _calibration;
        private int _samplesPerReading = 8;

        /// <summary>Creates the monitor.</summary>
        /// <param name="adc">The ADC channel on the divider's midpoint; not null.</param>
        /// <param name="clock">Time source for the settle delay; not null.</param>
        /// <param name="adcFullScaleMillivolts">Input voltage that reads <see cref="IAdcChannel.MaxValue"/> (ESP32 at 11 dB: ESP-IDF v4.4 "ADC Attenuation" gives 150–2450 mV as the measurable range and Vout = Dout · Vmax / Dmax with that Vmax, while older adc.h notes give 3.9 V full scale; keep the divider midpoint inside 150–2450 mV and use a two-point <see cref="BatteryCalibration"/> rather than trusting any nominal value).</param>
        /// <param name="dividerTopOhms">Resistor from the battery to the midpoint.</param>
        /// <param name="dividerBottomOhms">Resistor from the midpoint to ground.</param>
        /// <param name="curve">The cell's state-of-charge curve; not null.</param>
        /// <param name="dividerEnablePin">Output that connects the divider only while measuring (saves its leakage), or null for a permanent divider.</param>
        public BatteryMonitor(IAdcChannel adc, IClock clock, int adcFullScaleMillivolts, int dividerTopOhms, int dividerBottomOhms, StateOfChargeCurve curve, IOutputPin dividerEnablePin)
        {
            if (adc == null)
            {
                throw new System.ArgumentNullException(nameof(adc));
            }

            if (clock == null)
            {
                throw new System.ArgumentNullException(nameof(clock));
            }

            if (curve == null)
            {
                throw new System.ArgumentNullException(nameof(curve));
            }

            if (adcFullScaleMillivolts <= 0 || dividerTopOhms < 0 || dividerBottomOhms <= 0 || adc.MaxValue <= 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(dividerBottomOhms));
            }

            _adc = adc;
            _clock = clock;
            _curve = curve;
            _fullScaleMillivolts = adcFullScaleMillivolts;
            _dividerTopOhms = dividerTopOhms;
            _dividerBottomOhms = dividerBottomOhms;
            _dividerEnablePin = dividerEnablePin;
            _calibration = BatteryCalibration.Identity;
            SettleMilliseconds = 10;
            if (_dividerEnablePin != null)
            {
                _dividerEnablePin.Write(false);
            }
        }

        /// <summary>The correction applied to every reading (identity until production calibration sets it); not null.</summary>
        /// <exception cref="System.ArgumentNullException">Set to null.</exception>
        public BatteryCalibration Calibration
        {
            get
            {
                return _calibration;
            }

            set
            {
                if (value == null)
                {
                    throw new System.ArgumentNullException(nameof(value));
                }

                _calibration = value;
            }
        }

        /// <summary>
        /// Wait after switching the divider on before converting (default 10 ms, enough only for a low-impedance divider or
        /// one without a capacitor). A capacitor C at the ADC pin charges through R_top ∥ R_bottom, so with a switched
        /// divider set this to <see cref="SettleMillisecondsForCapacitance"/>: for 1 MΩ + 1 MΩ and 100 nF,
        /// τ = 500 kΩ · 100 nF = 50 ms and 10 ms reach only 1 − e^−0.2 ≈ 18 % of the final voltage.
        /// </summary>
        public int SettleMilliseconds { get; set; }

        /// <summary>
        /// Settle time for a capacitor at the ADC pin: 7 time constants of R_top ∥ R_bottom and the capacitor
        /// (e^−7 ≈ 0.09 % residual error, below the ESP32 ADC's own accuracy), rounded up to whole milliseconds.
        /// </summary>
        /// <param name="adcPinCapacitanceNanofarads">Capacitance from the ADC pin to ground in nF (0 when none is fitted).</param>
        /// <returns>Milliseconds to assign to <see cref="SettleMilliseconds"/>.</returns>
        public int SettleMillisecondsForCapacitance(int adcPinCapacitanceNanofarads)
        {
            if (adcPinCapacitanceNanofarads <= 0)
            {
                return 0;
            }

            // τ [ms] = R_th [Ω] · C [nF] · 1e−9 s/nF · 1e3 ms/s = R_th · C / 1e6.
            long theveninOhms = ((long)_dividerTopOhms * _dividerBottomOhms) / ((long)_dividerTopOhms + _dividerBottomOhms);
            long numerator = SettleTimeConstants * theveninOhms * adcPinCapacitanceNanofarads;
            return (int)((numerator + 999999) / 1000000);
        }

        /// <summary>Conversions averaged per reading (1..64, default 8).</summary>
        public int SamplesPerReading
        {
            get { return _samplesPerReading; }
            set { _samplesPerReading = value < 1 ? 1 : (value > MaximumSamples ? MaximumSamples : value); }
        }

        /// <summary>
        /// Settle time and the divider's own current at 4.2 V (the ADC's current belongs to the MCU's budget). Without an
        /// enable pin the divider draws the same current all the time, which the idle figure shows.
        /// </summary>
        public SensorPowerProfile PowerProfile
        {
            get
            {
                int dividerMicroamperes = (int)((((long)ProfileBatteryMillivolts * 1000) + _dividerTopOhms + _dividerBottomOhms - 1) / (_dividerTopOhms + _dividerBottomOhms));
                int settle = _dividerEnablePin == null ? 0 : SettleMilliseconds;
                _powerProfile = SensorPowerProfile.Reuse(_powerProfile, settle, 1, dividerMicroamperes, _dividerEnablePin == null ? dividerMicroamperes : 0);
                return _powerProfile;
            }
        }

        /// <summary>Converts an averaged raw value to battery millivolts (before calibration).</summary>
        /// <param name="rawSum">Sum of the raw samples.</param>
        /// <param name="samples">Number of samples in the sum.</param>
        /// <returns>Millivolts, rounded to nearest.</returns>
        public int ToBatteryMillivolts(long rawSum, int samples)
        {
            long numerator = rawSum * _fullScaleMillivolts * ((long)_dividerTopOhms + _dividerBottomOhms);
            long denominator = (long)samples * _adc.MaxValue * _dividerBottomOhms;
            return (int)((numerator + (denominator / 2)) / denominator);
        }

        /// <summary>
        /// Connects the divider (if switched), waits <see cref="SettleMilliseconds"/>, averages
        /// <see cref="SamplesPerReading"/> conversions, disconnects, scales, calibrates and looks up the state of charge.
        /// A conversion at full scale is <see cref="SensorStatus.OutOfRange"/> (input saturated); an all-zero
        /// result is <see cref="SensorStatus.NoData"/> (divider or battery disconnected).
        /// </summary>
        /// <param name="reading">Caller-owned reading, filled in place; not null.</param>
        /// <returns>True when the reading is valid.</returns>
        [HotPath]
        public bool TryRead(BatteryReading reading)
        {
            if (reading == null)
            {
                throw new System.ArgumentNullException(nameof(reading));
            }

            reading.Clear();
            if (_dividerEnablePin != null)
            {
                _dividerEnablePin.Write(true);
                _clock.DelayMilliseconds(SettleMilliseconds);
            }

            int max = _adc.MaxValue;
            long sum = 0;
            bool saturated = false;
            for (int i = 0; i < _samplesPerReading; i++)
            {
                int raw = _adc.ReadRaw();
                if (raw >= max || raw < 0)
                {
                    saturated = true;
                }

                sum += raw;
            }

            if (_dividerEnablePin != null)
            {
                _dividerEnablePin.Write(false);
            }

            reading.RawAverage = (int)(sum / _samplesPerReading);
            if (saturated)
            {
                reading.Status = SensorStatus.OutOfRange;
                return false;
            }

            if (sum == 0)
            {
                reading.Status = SensorStatus.NoData;
                return false;
            }

            reading.VoltageMillivolts = _calibration.Apply(ToBatteryMillivolts(sum, _samplesPerReading));
            reading.StateOfChargePerMille = _curve.StateOfChargePerMille(reading.VoltageMillivolts);
            reading.Status = SensorStatus.Ok;
            return true;
        }
    }
}
