// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>
    /// Plantower PMS5003 as its data manual V2.3 describes the UART side: active mode (power-on default) sends a frame
    /// every second; passive mode sends one frame per read request (42 4D E2 00 00 01 71); sleep (E4 00) stops all
    /// output until wake (E4 01). Commands with a wrong check code are ignored. After wake the model returns to active
    /// mode (the manual does not say that the mode survives sleep; this is the pessimistic case).
    /// Optionally answers mode/sleep commands with an 8-byte frame 42 4D 00 04 CMD DATA sum, to test that drivers skip it.
    /// </summary>
    public sealed class Pms5003Model : SimulatedSerialPort
    {
        private readonly byte[] _command = new byte[7];
        private int _commandCount;
        private readonly byte[] _frame = new byte[32];
        private readonly byte[] _answer = new byte[8];
        private readonly int[] _words = new int[13];
        private long _nextActiveFrameAt = -1;

        public Pms5003Model(VirtualClock clock)
            : base(clock)
        {
            SetConcentrations(10, 20, 30, 11, 22, 33);
        }

        public bool Passive { get; private set; }

        public bool Asleep { get; private set; }

        public bool SendsCommandAnswers { get; set; }

        public int ResponseDelayMilliseconds { get; set; } = 40;

        public int ReadRequests { get; private set; }

        public int RejectedCommands { get; private set; }

        /// <summary>Sets data 1–6 (µg/m³): CF=1 PM1.0/2.5/10 then atmospheric PM1.0/2.5/10.</summary>
        public void SetConcentrations(int pm1Standard, int pm25Standard, int pm10Standard, int pm1Atmospheric, int pm25Atmospheric, int pm10Atmospheric)
        {
            _words[0] = pm1Standard;
            _words[1] = pm25Standard;
            _words[2] = pm10Standard;
            _words[3] = pm1Atmospheric;
            _words[4] = pm25Atmospheric;
            _words[5] = pm10Atmospheric;
            _words[6] = 3000;
            _words[7] = 900;
            _words[8] = 200;
            _words[9] = 20;
            _words[10] = 5;
            _words[11] = 1;
            _words[12] = 0;
        }

        protected override void OnWrite(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (_commandCount == 7)
                {
                    Array.Copy(_command, 1, _command, 0, 6);
                    _commandCount = 6;
                }

                _command[_commandCount++] = buffer[offset + i];
                if (_commandCount == 7 && _command[0] == 0x42 && _command[1] == 0x4D)
                {
                    int sum = _command[0] + _command[1] + _command[2] + _command[3] + _command[4];
                    if (((_command[5] << 8) | _command[6]) != sum)
                    {
                        RejectedCommands++;
                    }
                    else
                    {
                        Execute(_command[2], _command[4]);
                    }

                    _commandCount = 0;
                }
            }
        }

        private void Execute(byte command, byte data)
        {
            long now = Clock.UptimeMilliseconds;
            switch (command)
            {
                case 0xE2:
                    ReadRequests++;
                    if (Passive && !Asleep)
                    {
                        Frames.Pms5003(_words, _frame);
                        Enqueue(now + ResponseDelayMilliseconds, _frame);
                    }

                    break;
                case 0xE1:
                    if (!Asleep)
                    {
                        Passive = data == 0;
                        _nextActiveFrameAt = -1;
                        Answer(command, data, now);
                    }

                    break;
                case 0xE4:
                    if (data == 0)
                    {
                        if (!Asleep)
                        {
                            Answer(command, data, now);
                        }

                        Asleep = true;
                    }
                    else if (Asleep)
                    {
                        Asleep = false;
                        Passive = false;
                        _nextActiveFrameAt = -1;
                    }

                    break;
            }
        }

        private void Answer(byte command, byte data, long now)
        {
            if (!SendsCommandAnswers)
            {
                return;
            }

            _answer[0] = 0x42;
            _answer[1] = 0x4D;
            _answer[2] = 0x00;
            _answer[3] = 0x04;
            _answer[4] = command;
            _answer[5] = data;
            int sum = 0;
            for (int i = 0; i < 6; i++)
            {
                sum += _answer[i];
            }

            _answer[6] = (byte)(sum >> 8);
            _answer[7] = (byte)sum;
            Enqueue(now + 5, _answer);
        }

        protected override void Pump()
        {
            if (Passive || Asleep)
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
                Frames.Pms5003(_words, _frame);
                Enqueue(_nextActiveFrameAt, _frame);
                _nextActiveFrameAt += 1000;
            }
        }
    }
}
