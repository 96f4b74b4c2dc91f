// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>
    /// Register-array I²C chip. The first written byte sets the register pointer; further written bytes and read
    /// bytes move it as the chip's datasheet says (<see cref="Advance"/>). Register writes are logged (preallocated).
    /// Can be made absent (NACK) or fail the next transfer with a given status.
    /// </summary>
    public abstract class SimulatedI2cChip : II2cDevice
    {
        private const int LogCapacity = 4096;
        private readonly byte[] _loggedRegisters = new byte[LogCapacity];
        private readonly byte[] _loggedValues = new byte[LogCapacity];
        private I2cStatus _failStatus;
        private int _failCount;

        protected SimulatedI2cChip(VirtualClock clock, int address)
        {
            Clock = clock;
            Address = address;
        }

        protected VirtualClock Clock { get; }

        protected byte[] Registers { get; } = new byte[256];

        public int Address { get; }

        /// <summary>False: the chip does not acknowledge its address.</summary>
        public bool Present { get; set; } = true;

        public int WriteLogCount { get; private set; }

        public int Transfers { get; private set; }

        public byte Peek(int register) => Registers[register];

        public void FailNext(I2cStatus status, int count)
        {
            _failStatus = status;
            _failCount = count;
        }

        public (byte Register, byte Value)[] WriteLog()
        {
            int n = Math.Min(WriteLogCount, LogCapacity);
            var log = new (byte, byte)[n];
            for (int i = 0; i < n; i++)
            {
                log[i] = (_loggedRegisters[i], _loggedValues[i]);
            }

            return log;
        }

        public void ClearWriteLog() => WriteLogCount = 0;

        public I2cStatus Write(byte[] buffer, int offset, int count)
        {
            I2cStatus status = Begin();
            if (status != I2cStatus.Ok || count == 0)
            {
                return status;
            }

            bool increment;
            int pointer = DecodePointer(buffer[offset], out increment);
            for (int i = 1; i < count; i++)
            {
                if (WriteLogCount < LogCapacity)
                {
                    _loggedRegisters[WriteLogCount] = (byte)pointer;
                    _loggedValues[WriteLogCount] = buffer[offset + i];
                }

                WriteLogCount++;
                OnRegisterWritten(pointer, buffer[offset + i]);
                pointer = Advance(pointer, increment);
            }

            return I2cStatus.Ok;
        }

        public I2cStatus Read(byte[] buffer, int offset, int count) => I2cStatus.BusError;

        public I2cStatus WriteRead(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            I2cStatus status = Begin();
            if (status != I2cStatus.Ok)
            {
                return status;
            }

            bool increment;
            int pointer = DecodePointer(writeBuffer[writeOffset], out increment);
            Update();
            for (int i = 0; i < readCount; i++)
            {
                readBuffer[readOffset + i] = OnRegisterRead(pointer);
                pointer = Advance(pointer, increment);
            }

            return I2cStatus.Ok;
        }

        private I2cStatus Begin()
        {
            Transfers++;
            if (!Present)
            {
                return I2cStatus.AddressNotAcknowledged;
            }

            if (_failCount > 0)
            {
                _failCount--;
                return _failStatus;
            }

            return I2cStatus.Ok;
        }

        /// <summary>Register pointer from the first written byte.</summary>
        protected virtual int DecodePointer(byte value, out bool autoIncrement)
        {
            autoIncrement = true;
            return value;
        }

        protected virtual int Advance(int pointer, bool autoIncrement) => autoIncrement ? (pointer + 1) & 0xFF : pointer;

        protected virtual void OnRegisterWritten(int register, byte value) => Registers[register] = value;

        protected virtual byte OnRegisterRead(int register) => Registers[register];

        /// <summary>Brings time-dependent state (new samples) up to the clock's time.</summary>
        protected virtual void Update()
        {
        }
    }
}
