// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Drivers.Sensors.Pms5003
{
    /// <summary>
    /// Plantower PMS5003 laser particle sensor, UART 9600 8N1, driven in passive mode: the driver sends a read
    /// request and waits (bounded) for one 32-byte frame. Source: Plantower "Digital universal particle concentration
    /// sensor PMS5003 series data manual" V2.3 (2016), sections "Technical index", "Transport protocol" and appendix I.
    /// </summary>
    public sealed class Pms5003 : IParticulateSensor
    {
        /// <summary>UART speed (data manual V2.3, "Transport protocol": 9600 bps, no parity, 1 stop bit).</summary>
        public const int BaudRate = 9600;

        /// <summary>
        /// Stable data only 30 s after waking "because of the fan's performance" (data manual V2.3, appendix I note).
        /// </summary>
        public const int WarmUpMilliseconds = 30000;

        /// <summary>Bound on one read request: resend after this long without a frame.</summary>
        public const int RequestRetryMilliseconds = 500;

        /// <summary>Bound on one reading (three requests).</summary>
        public const int ReadTimeoutMilliseconds = 3 * RequestRetryMilliseconds;

        /// <summary>Active current ≤ 100 mA (data manual V2.3, "Technical index: max electricity current").</summary>
        public const int ActiveCurrentMicroamperes = 100000;

        /// <summary>Standby (sleep) current ≤ 200 µA (data manual V2.3, "Technical index: standby current").</summary>
        public const int StandbyCurrentMicroamperes = 200;


        /// <summary>Poll period while no bytes wait: one 32-byte frame at 9600 Bd takes 32 × 10 / 9600 s ≈ 33 ms.</summary>
        public const int PollIntervalMilliseconds = 10;

        private const int CommandLength = 7;

        private readonly ISerialPort _port;
        private readonly IClock _clock;
        private readonly Pms5003FrameDecoder _decoder = new Pms5003FrameDecoder();
        private readonly byte[] _command = new byte[CommandLength];
        private readonly byte[] _receive = new byte[32];
        private bool _asleep;
        private bool _passiveModeSent;
        private long _wokeAtMilliseconds;
        private SensorPowerProfile _powerProfile;

        /// <summary>Creates the driver. The sensor is assumed awake since power-up at the current time.</summary>
        /// <param name="port">The sensor's UART at 9600 8N1; not null.</param>
        /// <param name="clock">Time source; not null.</param>
        public Pms5003(ISerialPort port, IClock clock)
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
            _command[0] = Pms5003FrameDecoder.StartCharacter1;
            _command[1] = Pms5003FrameDecoder.StartCharacter2;
        }

        /// <summary>Which concentration set readings report (default atmospheric).</summary>
        public Pms5003ConcentrationBasis Basis { get; set; }

        /// <summary>When true, <see cref="TryRead"/> does not refuse readings during the warm-up time (bench and tests).</summary>
        public bool IgnoreWarmUp { get; set; }

        /// <summary>True after <see cref="Sleep"/> until <see cref="Wake"/>.</summary>
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
                _powerProfile = SensorPowerProfile.Reuse(_powerProfile, WarmUpMilliseconds, ReadTimeoutMilliseconds, ActiveCurrentMicroamperes, StandbyCurrentMicroamperes);
                return _powerProfile;
            }
        }

        /// <summary>Switches to passive mode (<c>42 4D E1 00 00 01 70</c>): the sensor only sends when asked.</summary>
        /// <returns><see cref="SensorStatus.Ok"/> once the command is queued.</returns>
        public SensorStatus SetPassiveMode()
        {
            SendCommand(Command.ChangeMode, 0);
            _passiveModeSent = true;
            return SensorStatus.Ok;
        }

        /// <summary>Switches to active mode (<c>42 4D E1 00 01 01 71</c>): a frame whenever the sensor has one.</summary>
        /// <returns><see cref="SensorStatus.Ok"/> once the command is queued.</returns>
        public SensorStatus SetActiveMode()
        {
            SendCommand(Command.ChangeMode, 1);
            _passiveModeSent = false;
            return SensorStatus.Ok;
        }

        /// <summary>Stops fan and laser (<c>42 4D E4 00 00 01 73</c>).</summary>
        /// <returns><see cref="SensorStatus.Ok"/> once the command is queued.</returns>
        public SensorStatus Sleep()
        {
            SendCommand(Command.SleepSet, 0);
            _asleep = true;
            return SensorStatus.Ok;
        }

        /// <summary>
        /// Starts fan and laser (<c>42 4D E4 00 01 01 74</c>) and restarts the 30 s warm-up. Passive mode is sent again
        /// before the next read request, because the data manual does not say that the mode survives sleep.
        /// </summary>
        /// <returns><see cref="SensorStatus.Ok"/> once the command is queued.</returns>
        public SensorStatus Wake()
        {
            SendCommand(Command.SleepSet, 1);
            _asleep = false;
            _passiveModeSent = false;
            _wokeAtMilliseconds = _clock.UptimeMilliseconds;
            return SensorStatus.Ok;
        }

        /// <summary>
        /// Sends a passive read request (<c>42 4D E2 00 00 01 71</c>) and waits at most
        /// <see cref="ReadTimeoutMilliseconds"/> for a valid measurement frame, resending the request every
        /// <see cref="RequestRetryMilliseconds"/>.
        /// </summary>
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
            reading.HasPm1 = true;
            if (_asleep || (!IgnoreWarmUp && RemainingWarmUpMilliseconds > 0))
            {
                reading.Status = SensorStatus.NotReady;
                return false;
            }

            _port.DiscardInBuffer();
            _decoder.Reset();
            if (!_passiveModeSent)
            {
                SetPassiveMode();
            }

            long now = _clock.UptimeMilliseconds;
            long deadline = now + ReadTimeoutMilliseconds;
            long resendAt = now;
            bool anyBytes = false;
            bool gotFrame = false;
            while (!gotFrame)
            {
                if (_clock.UptimeMilliseconds >= resendAt && _clock.UptimeMilliseconds < deadline)
                {
                    SendCommand(Command.ReadPassive, 0);
                    resendAt = _clock.UptimeMilliseconds + RequestRetryMilliseconds;
                }

                int received = _port.Read(_receive, 0, _receive.Length);
                for (int i = 0; i < received; i++)
                {
                    anyBytes = true;
                    if (_decoder.Push(_receive[i]) == Pms5003FrameKind.Measurement)
                    {
                        gotFrame = true;
                        break;
                    }
                }

                if (gotFrame || _clock.UptimeMilliseconds >= deadline)
                {
                    break;
                }

                if (received == 0)
                {
                    _clock.DelayMilliseconds(PollIntervalMilliseconds);
                }
            }

            reading.ChecksumErrors = _decoder.ChecksumErrors;
            if (!gotFrame)
            {
                reading.Status = _decoder.ChecksumErrors > 0 ? SensorStatus.ChecksumError : (anyBytes ? SensorStatus.NoData : SensorStatus.Timeout);
                return false;
            }

            // Data manual V2.3, "Transport protocol": data 1–3 = PM1.0/PM2.5/PM10 (CF=1), data 4–6 = the same under atmospheric environment.
            int firstWord = Basis == Pms5003ConcentrationBasis.Standard ? 1 : 4;
            int pm1 = _decoder.DataWord(firstWord);
            int pm25 = _decoder.DataWord(firstWord + 1);
            int pm10 = _decoder.DataWord(firstWord + 2);
            reading.Pm1DeciMicrogramsPerCubicMetre = pm1 * 10;
            reading.Pm25DeciMicrogramsPerCubicMetre = pm25 * 10;
            reading.Pm10DeciMicrogramsPerCubicMetre = pm10 * 10;

            // PM1.0 ⊂ PM2.5 ⊂ PM10 by definition (mass of particles below each size), so a smaller PM10 than PM2.5 is corrupt.
            // No upper cut: the manual's "maximum range ≥ 1000" (note 1) bounds the highest output from below, and the
            // frame check code already guards against corruption.
            bool ordered = pm1 <= pm25 && pm25 <= pm10;
            reading.Status = ordered ? SensorStatus.Ok : SensorStatus.OutOfRange;
            return reading.Status == SensorStatus.Ok;
        }

        /// <summary>
        /// Builds a host command <c>42 4D CMD 00 data LRCH LRCL</c>; the check code is the 16-bit sum of the first five bytes
        /// (data manual V2.3, appendix I).
        /// </summary>
        /// <param name="command">CMD byte.</param>
        /// <param name="data">DATAL byte (DATAH is 0 for every command used here).</param>
        /// <param name="destination">Seven bytes written from index 0.</param>
        internal static void BuildCommand(Command command, byte data, byte[] destination)
        {
            destination[0] = Pms5003FrameDecoder.StartCharacter1;
            destination[1] = Pms5003FrameDecoder.StartCharacter2;
            destination[2] = (byte)command;
            destination[3] = 0;
            destination[4] = data;
            int sum = Pms5003FrameDecoder.Checksum(destination, 0, 5);
            destination[5] = (byte)(sum >> 8);
            destination[6] = (byte)sum;
        }

        private void SendCommand(Command command, byte data)
        {
            BuildCommand(command, data, _command);
            _port.Write(_command, 0, CommandLength);
        }
    }
}
