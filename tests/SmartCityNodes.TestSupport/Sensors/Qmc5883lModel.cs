// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>
    /// QMC5883L per datasheet rev 1.0: CHIP_ID 0x0D = 0xFF; CONTROL_1 MODE/ODR/RNG/OSR; in continuous mode a new
    /// sample every 1/ODR sets STATUS.DRDY (and DOR when the previous one was unread); reading a data register clears
    /// DRDY; SOFT_RST restores defaults (standby); the DRDY pin follows STATUS.DRDY while INT_ENB = 0.
    /// Field values are raw counts set by the test; <see cref="Overflow"/> makes the next samples set OVL.
    /// </summary>
    public sealed class Qmc5883lModel : SimulatedI2cChip, IInputPin
    {
        private long _nextSampleAt = -1;

        public Qmc5883lModel(VirtualClock clock)
            : base(clock, 0x0D) => Reset();

        public short XCounts { get; set; }

        public short YCounts { get; set; }

        public short ZCounts { get; set; }

        public bool Overflow { get; set; }

        /// <summary>True: the chip stops producing samples (a hung measurement); DRDY never comes.</summary>
        public bool Frozen { get; set; }

        public int SamplesProduced { get; private set; }

        /// <summary>The DRDY pin.</summary>
        public bool Read()
        {
            Update();
            return (Registers[0x0A] & 0x01) == 0 && (Registers[0x06] & 0x01) != 0;
        }

        private void Reset()
        {
            Array.Clear(Registers);
            Registers[0x0D] = 0xFF;
            _nextSampleAt = -1;
        }

        private bool Continuous => (Registers[0x09] & 0b11) == 0b01;

        private int PeriodMilliseconds => ((Registers[0x09] >> 2) & 0b11) switch { 0 => 100, 1 => 20, 2 => 10, _ => 5 };

        protected override void OnRegisterWritten(int register, byte value)
        {
            if (register == 0x0A && (value & 0x80) != 0)
            {
                Reset();
                return;
            }

            Registers[register] = value;
            if (register == 0x09)
            {
                _nextSampleAt = Continuous ? Clock.UptimeMilliseconds + PeriodMilliseconds : -1;
            }
        }

        protected override byte OnRegisterRead(int register)
        {
            byte value = Registers[register];
            if (register <= 0x05)
            {
                Registers[0x06] &= 0b1111_1110;
            }

            return value;
        }

        protected override void Update()
        {
            if (_nextSampleAt < 0 || Frozen)
            {
                return;
            }

            while (_nextSampleAt <= Clock.UptimeMilliseconds)
            {
                byte status = Registers[0x06];
                bool unread = (status & 0x01) != 0;
                Registers[0x00] = (byte)XCounts;
                Registers[0x01] = (byte)(XCounts >> 8);
                Registers[0x02] = (byte)YCounts;
                Registers[0x03] = (byte)(YCounts >> 8);
                Registers[0x04] = (byte)ZCounts;
                Registers[0x05] = (byte)(ZCounts >> 8);
                Registers[0x06] = (byte)(0x01 | (Overflow ? 0x02 : 0) | (unread ? 0x04 : 0));
                SamplesProduced++;
                _nextSampleAt += PeriodMilliseconds;
            }
        }
    }
}
