// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>
    /// Nova SDS011 per "Laser Dust Sensor Control Protocol" V1.3: active reporting (default) sends a data frame every
    /// second; query mode answers each query (cmd 4) with one data frame; set-mode and sleep/work commands are answered
    /// with AA C5 cmd DATA1 DATA2 00 ID1 ID2 CS AB; asleep it answers only sleep/work commands. Commands with a wrong
    /// checksum or tail, or addressed to another device ID, are ignored.
    /// </summary>
    public sealed class Sds011Model : SimulatedSerialPort
    {
        private readonly byte[] _command = new byte[19];
        private int _commandCount;
        private readonly byte[] _frame = new byte[10];
        private long _nextActiveFrameAt = -1;

        public Sds011Model(VirtualClock clock)
            : base(clock)
        {
        }

        public int DeviceId { get; set; } = 0xA160;

        public bool QueryMode { get; private set; }

        public bool Asleep { get; private set; }

        public int Pm25Tenths { get; set; } = 1236;

        public int Pm10Tenths { get; set; } = 2618;

        public int ResponseDelayMilliseconds { get; set; } = 20;

        public int RejectedCommands { get; private set; }

        public int Queries { get; private set; }

        protected override void OnWrite(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (_commandCount == 19)
                {
                    Array.Copy(_command, 1, _command, 0, 18);
                    _commandCount = 18;
                }

                _command[_commandCount++] = buffer[offset + i];
                if (_commandCount == 19 && _command[0] == 0xAA && _command[1] == 0xB4)
                {
                    int sum = 0;
                    for (int k = 2; k <= 16; k++)
                    {
                        sum += _command[k];
                    }

                    int id = (_command[15] << 8) | _command[16];
                    if ((sum & 0xFF) != _command[17] || _command[18] != 0xAB)
                    {
                        RejectedCommands++;
                    }
                    else if (id == 0xFFFF || id == DeviceId)
                    {
                        Execute(_command[2], _command[3], _command[4]);
                    }

                    _commandCount = 0;
                }
            }
        }

        private void Execute(byte command, byte data1, byte data2)
        {
            long at = Clock.UptimeMilliseconds + ResponseDelayMilliseconds;
            switch (command)
            {
                case 0x02:
                    if (Asleep)
                    {
                        return;
                    }

                    if (data1 == 1)
                    {
                        QueryMode = data2 == 1;
                        _nextActiveFrameAt = -1;
                    }

                    Reply(command, data1, QueryMode ? (byte)1 : (byte)0, at);
                    break;
                case 0x04:
                    Queries++;
                    if (!Asleep)
                    {
                        Data(at);
                    }

                    break;
                case 0x06:
                    if (data1 == 1)
                    {
                        Asleep = data2 == 0;
                        _nextActiveFrameAt = -1;
                    }

                    Reply(command, data1, Asleep ? (byte)0 : (byte)1, at);
                    break;
            }
        }

        private void Reply(byte command, byte data1, byte data2, long at)
        {
            Frames.Sds011(0xC5, command, data1, data2, 0, (byte)(DeviceId >> 8), (byte)DeviceId, _frame);
            Enqueue(at, _frame);
        }

        private void Data(long at)
        {
            Frames.Sds011(0xC0, (byte)Pm25Tenths, (byte)(Pm25Tenths >> 8), (byte)Pm10Tenths, (byte)(Pm10Tenths >> 8), (byte)(DeviceId >> 8), (byte)DeviceId, _frame);
            Enqueue(at, _frame);
        }

        protected override void Pump()
        {
            if (QueryMode || Asleep)
            {
                return;
            }

            long now = Clock.UptimeMilliseconds;
            if (_nextActiveFrameAt < 0)
            {
                _nextActiveFrameAt = now + 1000;
            }

            while (_nextActiveFrameAt <= now)
            {
                Data(_nextActiveFrameAt);
                _nextActiveFrameAt += 1000;
            }
        }
    }
}
