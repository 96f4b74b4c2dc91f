// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>
    /// A UART whose received bytes arrive at scheduled virtual times, and which records what the driver writes.
    /// Preallocated ring buffers: it allocates nothing after construction, so zero-allocation tests can use it.
    /// Sensor models derive from it and answer writes in <see cref="OnWrite"/> and produce periodic output in <see cref="Pump"/>.
    /// </summary>
    public class SimulatedSerialPort : ISerialPort
    {
        private const int Capacity = 8192;
        private readonly byte[] _rx = new byte[Capacity];
        private readonly long[] _rxTime = new long[Capacity];
        private int _rxHead;
        private int _rxCount;
        private readonly byte[] _tx = new byte[Capacity];
        private int _txCount;

        public SimulatedSerialPort(VirtualClock clock) => Clock = clock;

        protected VirtualClock Clock { get; }

        /// <summary>When true the line is dead: nothing arrives.</summary>
        public bool Silent { get; set; }

        public int WrittenCount => _txCount;

        public int DiscardCount { get; private set; }

        public byte[] Written()
        {
            var copy = new byte[_txCount];
            Array.Copy(_tx, copy, _txCount);
            return copy;
        }

        public void ClearWritten() => _txCount = 0;

        /// <summary>Schedules bytes to arrive at <paramref name="atMilliseconds"/> (virtual time).</summary>
        public void Enqueue(long atMilliseconds, byte[] data) => Enqueue(atMilliseconds, data, 0, data.Length);

        public void Enqueue(long atMilliseconds, byte[] data, int offset, int count)
        {
            if (Silent)
            {
                return;
            }

            for (int i = 0; i < count; i++)
            {
                if (_rxCount == Capacity)
                {
                    throw new InvalidOperationException("simulated receive buffer full");
                }

                int index = (_rxHead + _rxCount) % Capacity;
                _rx[index] = data[offset + i];
                _rxTime[index] = atMilliseconds;
                _rxCount++;
            }
        }

        public int BytesToRead
        {
            get
            {
                Pump();
                int n = 0;
                while (n < _rxCount && _rxTime[(_rxHead + n) % Capacity] <= Clock.UptimeMilliseconds)
                {
                    n++;
                }

                return n;
            }
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            Pump();
            int n = 0;
            while (n < count && _rxCount > 0 && _rxTime[_rxHead] <= Clock.UptimeMilliseconds)
            {
                buffer[offset + n++] = _rx[_rxHead];
                _rxHead = (_rxHead + 1) % Capacity;
                _rxCount--;
            }

            return n;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _tx[_txCount % Capacity] = buffer[offset + i];
                _txCount = _txCount == int.MaxValue ? Capacity : _txCount + 1; // long benchmark runs: keep the index positive
            }

            OnWrite(buffer, offset, count);
        }

        public void DiscardInBuffer()
        {
            Pump();
            DiscardCount++;
            while (_rxCount > 0 && _rxTime[_rxHead] <= Clock.UptimeMilliseconds)
            {
                _rxHead = (_rxHead + 1) % Capacity;
                _rxCount--;
            }
        }

        /// <summary>Called with every write, after it is recorded.</summary>
        protected virtual void OnWrite(byte[] buffer, int offset, int count)
        {
        }

        /// <summary>Called before every receive-side access: a model schedules its periodic output here.</summary>
        protected virtual void Pump()
        {
        }
    }
}
