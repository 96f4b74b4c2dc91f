// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Sensors
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
}
