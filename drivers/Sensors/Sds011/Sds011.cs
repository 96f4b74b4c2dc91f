// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors.Sds011
{
    /// <summary>
    /// Nova Fitness SDS011 laser dust sensor, UART 9600 8N1, driven in query mode with sleep between readings.
    /// Sources: Nova Fitness "Laser Dust Sensor Control Protocol" V1.3 (frames, commands, checksums) and the SDS011
    /// product datasheet V1.3 (range, currents).
    /// </summary>
    public sealed class Sds011 : IParticulateSensor
    {
        /// <summary>UART speed (control protocol V1.3, section 1: 9600 bps, 8 data bits, no parity, 1 stop bit).</summary>
        public const int BaudRate = 9600;

        /// <summary>Length of a host command: AA B4 CMD DATA1…DATA12 ID1 ID2 CS AB.</summary>
        public const int CommandLength = 19;

        /// <summary>Command header byte (control protocol V1.3, section 2).</summary>
        public const byte CommandHeaderCommand = 0xB4;

        /// <summary>Device ID FF FF addresses every sensor on the line (control protocol V1.3, section 2).</summary>
        public const byte BroadcastIdByte = 0xFF;

        /// <summary>
        /// Warm-up after work/wake, 30 s: control protocol V1.3, "Set sleep and work" notes: "The data is stable when the
        /// sensor works after 30 seconds; the fan and laser stop working in sleeping mode."
        /// </summary>
        public const int WarmUpMilliseconds = 30000;

        /// <summary>Resend a command after this long without its reply; the sensor answers within its 1 s response time (datasheet V1.3).</summary>
        public const int RequestRetryMilliseconds = 500;

        /// <summary>Bound on one exchange (three attempts).</summary>
        public const int ExchangeTimeoutMilliseconds = 3 * RequestRetryMilliseconds;

        /// <summary>Working current 70 mA ± 10 mA (datasheet V1.3, "Technical parameters: rated current").</summary>
        public const int WorkingCurrentMicroamperes = 70000;

        /// <summary>Sleep current (laser and fan off) &lt; 4 mA (datasheet V1.3, "Technical parameters").</summary>
        public const int SleepCurrentMicroamperes = 4000;

        /// <summary>Largest measurable value, 999.9 µg/m³ in 0.1 µg/m³ (datasheet V1.3, "Technical parameters: range").</summary>
        public const int MaximumDeciMicrogramsPerCubicMetre = 9999;

        /// <summary>Poll period while no bytes wait: a 10-byte frame takes 10 × 10 / 9600 s ≈ 10.4 ms.</summary>
        public const int PollIntervalMilliseconds = 10;

        private readonly ISerialPort _port;
        private readonly IClock _clock;
        private readonly Sds011FrameDecoder _decoder = new Sds011FrameDecoder();
        private readonly byte[] _command = new byte[CommandLength];
        private readonly byte[] _receive = new byte[32];
        private bool _asleep;
        private SensorPowerProfile _powerProfile;
        private long _wokeAtMilliseconds;

        /// <summary>Creates the driver; the sensor is assumed awake since power-up at the current time.</summary>
        /// <param name="port">The sensor's UART at 9600 8N1; not null.</param>
        /// <param name="clock">Time source; not null.</param>
        public Sds011(ISerialPort port, IClock clock)
        {
            if (port == null)
            {
                throw new System.ArgumentNullException(nameof(port));
            }

            if (clock == null)
            {
                throw new System.ArgumentNullException(nameof(clock));
            }

            _port = port;
            _clock = clock;
            _wokeAtMilliseconds = clock.UptimeMilliseconds;
        }

        /// <summary>When true, <see cref="TryRead"/> does not refuse readings during warm-up (bench and tests).</summary>
        public bool IgnoreWarmUp { get; set; }

        /// <summary>Device ID (ID1 · 256 + ID2) from the last valid frame, or -1 before the first.</summary>
        public int DeviceId { get; private set; } = -1;

        /// <summary>True after a confirmed <see cref="Sleep"/> until <see cref="Wake"/>.</summary>
        public bool IsAsleep
        {
            get { return _asleep; }
        }

        /// <summary>Milliseconds of warm-up still to wait (0 when warmed up).</summary>
        public int RemainingWarmUpMilliseconds
        {
            get
            {
                long left = _wokeAtMilliseconds + WarmUpMilliseconds - _clock.UptimeMilliseconds;
                return left > 0 ? (int)left : 0;
            }
        }

        /// <inheritdoc/>
        public SensorPowerProfile PowerProfile
        {
            get
            {
                _powerProfile = SensorPowerProfile.Reuse(_powerProfile, WarmUpMilliseconds, ExchangeTimeoutMilliseconds, WorkingCurrentMicroamperes, SleepCurrentMicroamperes);
                return _powerProfile;
            }
        }

        /// <summary>Sets query reporting mode (<c>AA B4 02 01 01 00…00 FF FF 02 AB</c>) and waits for the reply.</summary>
        /// <returns><see cref="SensorStatus.Ok"/> when the sensor confirmed.</returns>
        public SensorStatus SetQueryMode()
        {
            return Exchange(Command.DataReportingMode, 1, 1);
        }

        /// <summary>Sets active reporting mode (<c>AA B4 02 01 00 …</c>) and waits for the reply.</summary>
        /// <returns><see cref="SensorStatus.Ok"/> when the sensor confirmed.</returns>
        public SensorStatus SetActiveMode()
        {
            return Exchange(Command.DataReportingMode, 1, 0);
        }

        /// <summary>Puts laser and fan to sleep (<c>AA B4 06 01 00 00…00 FF FF 05 AB</c>) and waits for the reply.</summary>
        /// <returns><see cref="SensorStatus.Ok"/> when the sensor confirmed.</returns>
        public SensorStatus Sleep()
        {
            SensorStatus status = Exchange(Command.SleepAndWork, 1, 0);
            if (status == SensorStatus.Ok)
            {
                _asleep = true;
            }

            return status;
        }

        /// <summary>Starts laser and fan (<c>AA B4 06 01 01 00…00 FF FF 06 AB</c>), waits for the reply, restarts the warm-up.</summary>
        /// <returns><see cref="SensorStatus.Ok"/> when the sensor confirmed.</returns>
        public SensorStatus Wake()
        {
            SensorStatus status = Exchange(Command.SleepAndWork, 1, 1);
            if (status == SensorStatus.Ok)
            {
                _asleep = false;
                _wokeAtMilliseconds = _clock.UptimeMilliseconds;
            }

            return status;
        }

        /// <summary>Sends a query (<c>AA B4 04 00…00 FF FF 02 AB</c>) and waits (bounded) for the data frame.</summary>
        /// <param name="reading">Caller-owned reading, filled in place; not null.</param>
        /// <returns>True when the reading is valid.</returns>
        [HotPath]
        public bool TryRead(ParticulateReading reading)
        {
            if (reading == null)
            {
                throw new System.ArgumentNullException(nameof(reading));
            }

            reading.Clear();
            if (_asleep || (!IgnoreWarmUp && RemainingWarmUpMilliseconds > 0))
            {
                reading.Status = SensorStatus.NotReady;
                return false;
            }

            SensorStatus status = Exchange(Command.QueryData, 0, 0);
            reading.ChecksumErrors = _decoder.ChecksumErrors;
            if (status != SensorStatus.Ok)
            {
                reading.Status = status;
                return false;
            }

            byte[] frame = _decoder.Frame;

            // Control protocol V1.3, section 1: PM2.5 = (DATA2·256 + DATA1)/10, PM10 = (DATA4·256 + DATA3)/10 µg/m³.
            int pm25 = frame[2] | (frame[3] << 8);
            int pm10 = frame[4] | (frame[5] << 8);
            reading.Pm25DeciMicrogramsPerCubicMetre = pm25;
            reading.Pm10DeciMicrogramsPerCubicMetre = pm10;
            reading.Status = (pm10 > MaximumDeciMicrogramsPerCubicMetre || pm25 > pm10) ? SensorStatus.OutOfRange : SensorStatus.Ok;
            return reading.Status == SensorStatus.Ok;
        }

        /// <summary>
        /// Fills a 19-byte host command: AA B4, command ID, DATA1, DATA2, ten zero bytes, device ID FF FF, checksum
        /// (low byte of the sum of bytes 2..16) and AB (control protocol V1.3, section 2).
        /// </summary>
        /// <param name="command">Command ID.</param>
        /// <param name="data1">DATA1.</param>
        /// <param name="data2">DATA2.</param>
        /// <param name="destination">Nineteen bytes written from index 0.</param>
        internal static void BuildCommand(Command command, byte data1, byte data2, byte[] destination)
        {
            destination[0] = Sds011FrameDecoder.Head;
            destination[1] = CommandHeaderCommand;
            destination[2] = (byte)command;
            destination[3] = data1;
            destination[4] = data2;
            for (int i = 5; i < 15; i++)
            {
                destination[i] = 0;
            }

            destination[15] = BroadcastIdByte;
            destination[16] = BroadcastIdByte;
            destination[17] = Sds011FrameDecoder.Checksum(destination, 2, 15);
            destination[18] = Sds011FrameDecoder.Tail;
        }

        private SensorStatus Exchange(Command command, byte data1, byte data2)
        {
            _port.DiscardInBuffer();
            _decoder.Reset();
            BuildCommand(command, data1, data2, _command);

            long now = _clock.UptimeMilliseconds;
            long deadline = now + ExchangeTimeoutMilliseconds;
            long resendAt = now;
            bool anyBytes = false;
            while (true)
            {
                if (_clock.UptimeMilliseconds >= resendAt && _clock.UptimeMilliseconds < deadline)
                {
                    _port.Write(_command, 0, CommandLength);
                    resendAt = _clock.UptimeMilliseconds + RequestRetryMilliseconds;
                }

                int received = _port.Read(_receive, 0, _receive.Length);
                for (int i = 0; i < received; i++)
                {
                    anyBytes = true;
                    if (_decoder.Push(_receive[i]) && IsAnswerTo(command, data1, data2, _decoder.Frame))
                    {
                        DeviceId = (_decoder.Frame[6] << 8) | _decoder.Frame[7];
                        return SensorStatus.Ok;
                    }
                }

                if (_clock.UptimeMilliseconds >= deadline)
                {
                    break;
                }

                if (received == 0)
                {
                    _clock.DelayMilliseconds(PollIntervalMilliseconds);
                }
            }

            return _decoder.ChecksumErrors > 0 ? SensorStatus.ChecksumError : (anyBytes ? SensorStatus.NoData : SensorStatus.Timeout);
        }

        private static bool IsAnswerTo(Command command, byte data1, byte data2, byte[] frame)
        {
            if (command == Command.QueryData)
            {
                return frame[1] == Sds011FrameDecoder.MeasurementCommand;
            }

            // A reply echoes command ID, DATA1 and DATA2 (control protocol V1.3, e.g. "AA C5 06 01 00 00 A1 60 08 AB").
            return frame[1] == Sds011FrameDecoder.ReplyCommand && frame[2] == (byte)command && frame[3] == data1 && frame[4] == data2;
        }
    }
}
