// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Sensors
{
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
