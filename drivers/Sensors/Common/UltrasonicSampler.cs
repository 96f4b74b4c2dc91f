// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>
    /// The sampling loop shared by the UART ultrasonic rangers: collects up to N frames within a bounded time
    /// (optionally sending a trigger byte before each one), rejects distances outside the sensor's range and returns
    /// the median of the valid ones. Allocates nothing after construction.
    /// </summary>
    public sealed class UltrasonicSampler
    {
        /// <summary>
        /// Poll period while no bytes wait: one 4-byte frame at 9600 8N1 takes 4 × 10 bits / 9600 Bd ≈ 4.2 ms.
        /// </summary>
        public const int PollIntervalMilliseconds = 5;

        private readonly ISerialPort _port;
        private readonly IClock _clock;
        private readonly UltrasonicFrameDecoder _decoder = new UltrasonicFrameDecoder();
        private readonly byte[] _receive = new byte[32];
        private readonly byte[] _trigger = new byte[1];
        private readonly int[] _samples;
        private readonly int _minimumMillimetres;
        private readonly int _maximumMillimetres;

        /// <summary>Creates a sampler.</summary>
        /// <param name="port">The ranger's UART (9600 8N1); not null.</param>
        /// <param name="clock">Time source for the bounded waits; not null.</param>
        /// <param name="minimumMillimetres">Smallest distance the sensor can measure (its blind zone).</param>
        /// <param name="maximumMillimetres">Largest distance the sensor can measure.</param>
        /// <param name="maximumSamples">Capacity of the sample buffer (the largest N a reading may ask for).</param>
        public UltrasonicSampler(ISerialPort port, IClock clock, int minimumMillimetres, int maximumMillimetres, int maximumSamples)
        {
            if (port == null)
            {
                throw new System.ArgumentNullException(nameof(port));
            }

            if (clock == null)
            {
                throw new System.ArgumentNullException(nameof(clock));
            }

            if (maximumSamples < 1 || minimumMillimetres < 0 || maximumMillimetres <= minimumMillimetres)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maximumSamples));
            }

            _port = port;
            _clock = clock;
            _minimumMillimetres = minimumMillimetres;
            _maximumMillimetres = maximumMillimetres;
            _samples = new int[maximumSamples];
        }

        /// <summary>Largest number of samples one reading may collect.</summary>
        public int MaximumSamples
        {
            get { return _samples.Length; }
        }

        /// <summary>
        /// Collects frames until <paramref name="samples"/> valid ones arrived, twice that many frames were seen, or
        /// <paramref name="timeoutMilliseconds"/> passed.
        /// </summary>
        /// <param name="samples">Valid samples wanted (1..<see cref="MaximumSamples"/>).</param>
        /// <param name="minimumValidSamples">Fewer valid samples than this make the reading a fault.</param>
        /// <param name="timeoutMilliseconds">Upper bound on the whole reading.</param>
        /// <param name="triggerByte">Byte sent before each frame is awaited, or -1 for a sensor that sends on its own.</param>
        /// <param name="triggerTimeoutMilliseconds">How long to wait for the answer to one trigger before sending another.</param>
        /// <param name="reading">Caller-owned reading, filled in place; not null.</param>
        /// <returns>The reading's status.</returns>
        [HotPath]
        public SensorStatus Collect(int samples, int minimumValidSamples, int timeoutMilliseconds, int triggerByte, int triggerTimeoutMilliseconds, DistanceReading reading)
        {
            if (reading == null)
            {
                throw new System.ArgumentNullException(nameof(reading));
            }

            if (samples < 1)
            {
                samples = 1;
            }

            if (samples > _samples.Length)
            {
                samples = _samples.Length;
            }

            if (minimumValidSamples < 1)
            {
                minimumValidSamples = 1;
            }

            if (minimumValidSamples > samples)
            {
                minimumValidSamples = samples;
            }

            _port.DiscardInBuffer();
            _decoder.Reset();

            long deadline = _clock.UptimeMilliseconds + timeoutMilliseconds;
            long triggerDeadline = 0;
            bool awaitingAnswer = false;
            bool anyBytes = false;
            int valid = 0;
            int rejected = 0;

            while (valid < samples && valid + rejected < 2 * samples)
            {
                if (triggerByte >= 0 && !awaitingAnswer)
                {
                    _trigger[0] = (byte)triggerByte;
                    _port.Write(_trigger, 0, 1);
                    awaitingAnswer = true;
                    triggerDeadline = _clock.UptimeMilliseconds + triggerTimeoutMilliseconds;
                }

                int received = _port.Read(_receive, 0, _receive.Length);
                for (int i = 0; i < received && valid < samples; i++)
                {
                    anyBytes = true;
                    int distance;
                    if (_decoder.Push(_receive[i], out distance))
                    {
                        awaitingAnswer = false;
                        if (distance >= _minimumMillimetres && distance <= _maximumMillimetres)
                        {
                            _samples[valid++] = distance;
                        }
                        else
                        {
                            rejected++;
                        }
                    }
                }

                if (valid >= samples || valid + rejected >= 2 * samples)
                {
                    break;
                }

                long now = _clock.UptimeMilliseconds;
                if (now >= deadline)
                {
                    break;
                }

                if (awaitingAnswer && now >= triggerDeadline)
                {
                    awaitingAnswer = false;
                }

                if (received == 0)
                {
                    _clock.DelayMilliseconds(PollIntervalMilliseconds);
                }
            }

            reading.Clear();
            reading.ValidSamples = valid;
            reading.RejectedSamples = rejected;
            reading.ChecksumErrors = _decoder.ChecksumErrors;
            if (valid >= minimumValidSamples)
            {
                reading.DistanceMillimetres = Median.SortAndSelect(_samples, valid);
                reading.Status = SensorStatus.Ok;
            }
            else if (rejected > 0)
            {
                reading.Status = SensorStatus.OutOfRange;
            }
            else if (_decoder.ChecksumErrors > 0)
            {
                reading.Status = SensorStatus.ChecksumError;
            }
            else if (anyBytes)
            {
                reading.Status = SensorStatus.NoData;
            }
            else
            {
                reading.Status = SensorStatus.Timeout;
            }

            return reading.Status;
        }
    }
}
