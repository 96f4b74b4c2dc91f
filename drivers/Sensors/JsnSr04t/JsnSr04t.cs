// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors.JsnSr04t
{
    /// <summary>
    /// JSN-SR04T v3.0 waterproof ultrasonic ranger in one of its UART modes. Frames are <c>FF H L SUM</c> at
    /// 9600 8N1, distance in millimetres; in triggered mode each measurement is started by sending 0x55
    /// (JSN-SR04T v3.0 mode description as published on qariya.net and androegg.de; the same protocol is used by
    /// ESPHome's jsn_sr04t component). A reading is the median of N frames inside the 200–6000 mm range.
    /// </summary>
    public sealed class JsnSr04t : IDistanceSensor
    {
        /// <summary>UART speed, 9600 8N1 (v3.0 mode description).</summary>
        public const int BaudRate = 9600;

        /// <summary>Command byte that starts one measurement in triggered mode.</summary>
        public const byte TriggerCommand = 0x55;

        /// <summary>Blind zone, 20 cm (androegg.de v3 product page: "range 20–600 cm").</summary>
        public const int MinimumDistanceMillimetres = 200;

        /// <summary>Largest distance, 600 cm (androegg.de v3 product page).</summary>
        public const int MaximumDistanceMillimetres = 6000;

        /// <summary>Measurement period in automatic mode, 100 ms (v3.0 mode 2 description).</summary>
        public const int AutomaticFramePeriodMilliseconds = 100;

        /// <summary>
        /// Wait for the answer to one trigger: the echo window closes after 60 ms (v3.0 mode 1 description: "ECHO
        /// goes low after 60 ms when no echo returns") plus 4.2 ms for the frame at 9600 Bd, rounded up to 100 ms.
        /// </summary>
        public const int TriggerAnswerTimeoutMilliseconds = 100;

        /// <summary>Working current &lt; 8 mA (qariya.net v3 product page, "Features").</summary>
        public const int OperatingCurrentMicroamperes = 8000;

        /// <summary>
        /// Time from power-up to the first measurement: not published; one automatic period plus margin (200 ms)
        /// until a bench measurement replaces it.
        /// </summary>
        public const int PowerUpMilliseconds = 200;

        /// <summary>Largest N a reading may use.</summary>
        public const int MaximumSamples = 15;

        private readonly UltrasonicSampler _sampler;
        private readonly JsnSr04tUartMode _mode;
        private int _samplesPerReading = 5;
        private SensorPowerProfile _powerProfile;

        /// <summary>Creates the driver.</summary>
        /// <param name="port">The sensor's UART, opened at 9600 8N1; not null.</param>
        /// <param name="clock">Time source for bounded waits; not null.</param>
        /// <param name="mode">The UART mode the board's R27 resistor selects.</param>
        public JsnSr04t(ISerialPort port, IClock clock, JsnSr04tUartMode mode)
        {
            _sampler = new UltrasonicSampler(port, clock, MinimumDistanceMillimetres, MaximumDistanceMillimetres, MaximumSamples);
            _mode = mode;
        }

        /// <summary>The UART mode given at construction.</summary>
        public JsnSr04tUartMode Mode
        {
            get { return _mode; }
        }

        /// <summary>Valid frames combined by median into one reading (1..15, default 5).</summary>
        public int SamplesPerReading
        {
            get { return _samplesPerReading; }
            set { _samplesPerReading = value < 1 ? 1 : (value > MaximumSamples ? MaximumSamples : value); }
        }

        /// <summary>Upper bound on one reading: two measurement slots per sample plus one.</summary>
        public int ReadingTimeoutMilliseconds
        {
            get { return (2 * _samplesPerReading + 1) * SlotMilliseconds; }
        }

        /// <inheritdoc/>
        public SensorPowerProfile PowerProfile
        {
            get
            {
                _powerProfile = SensorPowerProfile.Reuse(_powerProfile, PowerUpMilliseconds, _samplesPerReading * SlotMilliseconds, OperatingCurrentMicroamperes, OperatingCurrentMicroamperes);
                return _powerProfile;
            }
        }

        /// <summary>Collects <see cref="SamplesPerReading"/> frames (at least half valid) and returns their median.</summary>
        /// <param name="reading">Caller-owned reading, filled in place; not null.</param>
        /// <returns>True when the reading is valid.</returns>
        [HotPath]
        public bool TryRead(DistanceReading reading)
        {
            int trigger = _mode == JsnSr04tUartMode.Triggered ? TriggerCommand : -1;
            _sampler.Collect(_samplesPerReading, (_samplesPerReading + 1) / 2, ReadingTimeoutMilliseconds, trigger, TriggerAnswerTimeoutMilliseconds, reading);
            return reading.Status == SensorStatus.Ok;
        }

        private int SlotMilliseconds
        {
            get { return _mode == JsnSr04tUartMode.Triggered ? TriggerAnswerTimeoutMilliseconds : AutomaticFramePeriodMilliseconds; }
        }
    }
}
