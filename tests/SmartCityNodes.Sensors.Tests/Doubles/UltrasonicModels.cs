namespace SmartCityNodes.Sensors.Tests.Doubles
{
    /// <summary>
    /// DFRobot A02YYUW as its wiki describes it: a frame FF H L SUM every period, processed output (slow, 300 ms here,
    /// the upper end of 100–300 ms) while RX is high or floating, real-time output (100 ms) while RX is low.
    /// </summary>
    public sealed class A02yyuwModel : SimulatedSerialPort
    {
        private readonly byte[] _frame = new byte[4];
        private readonly RecordingOutputPin? _rxPin;
        private long _nextFrameAt = -1;

        public A02yyuwModel(VirtualClock clock, RecordingOutputPin? rxPin)
            : base(clock)
        {
            _rxPin = rxPin;
        }

        public int DistanceMillimetres { get; set; } = 1000;

        public int FramesSent { get; private set; }

        public int PeriodMilliseconds => _rxPin == null || _rxPin.Level ? 300 : 100;

        protected override void Pump()
        {
            long now = Clock.UptimeMilliseconds;
            if (_nextFrameAt < 0)
            {
                _nextFrameAt = now + PeriodMilliseconds;
            }

            while (_nextFrameAt <= now)
            {
                Frames.Ultrasonic(DistanceMillimetres, _frame, 0);
                Enqueue(_nextFrameAt, _frame);
                FramesSent++;
                _nextFrameAt += PeriodMilliseconds;
            }
        }
    }

    /// <summary>
    /// JSN-SR04T v3.0 in a UART mode: automatic (a frame every 100 ms) or triggered (one frame about 30 ms after each
    /// 0x55 received, nothing otherwise).
    /// </summary>
    public sealed class JsnSr04tModel : SimulatedSerialPort
    {
        private readonly byte[] _frame = new byte[4];
        private readonly bool _triggered;
        private long _nextFrameAt = -1;

        public JsnSr04tModel(VirtualClock clock, bool triggered)
            : base(clock)
        {
            _triggered = triggered;
        }

        public int DistanceMillimetres { get; set; } = 1500;

        public int MeasurementDelayMilliseconds { get; set; } = 30;

        public int TriggersReceived { get; private set; }

        public int OtherBytesReceived { get; private set; }

        protected override void OnWrite(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (buffer[offset + i] == 0x55 && _triggered)
                {
                    TriggersReceived++;
                    Frames.Ultrasonic(DistanceMillimetres, _frame, 0);
                    Enqueue(Clock.UptimeMilliseconds + MeasurementDelayMilliseconds, _frame);
                }
                else
                {
                    OtherBytesReceived++;
                }
            }
        }

        protected override void Pump()
        {
            if (_triggered)
            {
                return;
            }

            long now = Clock.UptimeMilliseconds;
            if (_nextFrameAt < 0)
            {
                _nextFrameAt = now + 100;
            }

            while (_nextFrameAt <= now)
            {
                Frames.Ultrasonic(DistanceMillimetres, _frame, 0);
                Enqueue(_nextFrameAt, _frame);
                _nextFrameAt += 100;
            }
        }
    }
}
