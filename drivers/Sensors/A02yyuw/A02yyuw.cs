// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors.A02yyuw
{
    /// <summary>
    /// DFRobot A02YYUW waterproof ultrasonic ranger (SEN0311, UART output), DFRobot wiki SEN0311
    /// (https://wiki.dfrobot.com/A02YYUW%20Waterproof%20Ultrasonic%20Sensor%20SKU:%20SEN0311), read 2026-11.
    /// The sensor sends <c>FF H L SUM</c> frames on its own at 9600 8N1; a reading is the median of N frames
    /// inside the range (more than 30 mm, at most 4500 mm).
    /// </summary>
    public sealed class A02yyuw : IDistanceSensor
    {
        /// <summary>UART speed, 9600 8N1 (SEN0311 wiki, "Communication protocol").</summary>
        public const int BaudRate = 9600;

        /// <summary>
        /// Blind zone, 3 cm (SEN0311 wiki, "Specification: range 3–450 cm"). The limit itself is not a measurement: the
        /// wiki's sample code accepts only <c>distance &gt; 30</c> and prints "Below the lower limit" otherwise (ESPHome's
        /// a02yyuw component likewise drops ≤ 30 mm), so frames of 30 mm or less are rejected.
        /// </summary>
        public const int MinimumDistanceMillimetres = 30;

        /// <summary>Largest distance, 450 cm (SEN0311 wiki, "Specification").</summary>
        public const int MaximumDistanceMillimetres = 4500;

        /// <summary>Slowest frame period in processed mode, 300 ms (SEN0311 wiki: "response time 100–300 ms").</summary>
        public const int ProcessedFramePeriodMilliseconds = 300;

        /// <summary>Frame period in real-time mode, 100 ms (SEN0311 wiki).</summary>
        public const int RealTimeFramePeriodMilliseconds = 100;

        /// <summary>Average operating current ≤ 8 mA (SEN0311 wiki, "Specification").</summary>
        public const int OperatingCurrentMicroamperes = 8000;

        /// <summary>
        /// Time from power-up to the first frame. Not stated in the SEN0311 wiki: we allow one slow frame period plus
        /// margin (500 ms) until a bench measurement replaces it.
        /// </summary>
        public const int PowerUpMilliseconds = 500;

        /// <summary>Largest N a reading may use.</summary>
        public const int MaximumSamples = 15;

        private readonly UltrasonicSampler _sampler;
        private readonly IOutputPin _modeSelectPin;
        private int _samplesPerReading = 5;
        private SensorPowerProfile _powerProfile;
        private A02yyuwOutputMode _outputMode = A02yyuwOutputMode.Processed;

        /// <summary>Creates the driver.</summary>
        /// <param name="port">The sensor's UART, opened at 9600 8N1; not null.</param>
        /// <param name="clock">Time source for bounded waits; not null.</param>
        /// <param name="modeSelectPin">MCU output wired to the sensor's RX pin, or null when RX is left floating (processed mode only).</param>
        public A02yyuw(ISerialPort port, IClock clock, IOutputPin modeSelectPin)
        {
            // The sampler's limits are inclusive; the blind-zone limit is exclusive (SEN0311 wiki sample: distance > 30).
            _sampler = new UltrasonicSampler(port, clock, MinimumDistanceMillimetres + 1, MaximumDistanceMillimetres, MaximumSamples);
            _modeSelectPin = modeSelectPin;
            if (_modeSelectPin != null)
            {
                _modeSelectPin.Write(true);
            }
        }

        /// <summary>Valid frames combined by median into one reading (1..15, default 5).</summary>
        public int SamplesPerReading
        {
            get { return _samplesPerReading; }
            set { _samplesPerReading = value < 1 ? 1 : (value > MaximumSamples ? MaximumSamples : value); }
        }

        /// <summary>The output mode last selected.</summary>
        public A02yyuwOutputMode OutputMode
        {
            get { return _outputMode; }
        }

        /// <summary>Selects processed or real-time output by driving the sensor's RX pin.</summary>
        /// <param name="mode">The mode.</param>
        /// <returns><see cref="SensorStatus.NotSupported"/> when real-time is asked for but no mode pin is wired.</returns>
        public SensorStatus SetOutputMode(A02yyuwOutputMode mode)
        {
            if (_modeSelectPin == null)
            {
                return mode == A02yyuwOutputMode.Processed ? SensorStatus.Ok : SensorStatus.NotSupported;
            }

            _modeSelectPin.Write(mode == A02yyuwOutputMode.Processed);
            _outputMode = mode;
            return SensorStatus.Ok;
        }

        /// <summary>Upper bound on one reading: two frame periods per sample plus one.</summary>
        public int ReadingTimeoutMilliseconds
        {
            get { return (2 * _samplesPerReading + 1) * FramePeriodMilliseconds; }
        }

        /// <inheritdoc/>
        public SensorPowerProfile PowerProfile
        {
            get
            {
                _powerProfile = SensorPowerProfile.Reuse(
                    _powerProfile,
                    PowerUpMilliseconds,
                    _samplesPerReading * FramePeriodMilliseconds,
                    OperatingCurrentMicroamperes,
                    OperatingCurrentMicroamperes);
                return _powerProfile;
            }
        }

        /// <summary>
        /// Collects <see cref="SamplesPerReading"/> frames (at least half of them valid) and returns their median.
        /// </summary>
        /// <param name="reading">Caller-owned reading, filled in place; not null.</param>
        /// <returns>True when the reading is valid.</returns>
        [HotPath]
        public bool TryRead(DistanceReading reading)
        {
            _sampler.Collect(_samplesPerReading, (_samplesPerReading + 1) / 2, ReadingTimeoutMilliseconds, -1, 0, reading);
            return reading.Status == SensorStatus.Ok;
        }

        private int FramePeriodMilliseconds
        {
            get { return _outputMode == A02yyuwOutputMode.Processed ? ProcessedFramePeriodMilliseconds : RealTimeFramePeriodMilliseconds; }
        }
    }
}
