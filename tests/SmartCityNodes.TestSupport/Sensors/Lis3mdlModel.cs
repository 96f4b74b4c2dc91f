// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport.Sensors
{
    /// <summary>
    /// LIS3MDL per datasheet DocID024204 Rev 6: WHO_AM_I 0x3D; reset values CTRL_REG1 0x10, CTRL_REG3 0x03
    /// (power-down), INT_CFG 0xE8; the register address auto-increments on multi-byte access only when its MSB is set;
    /// SOFT_RST takes <see cref="SoftResetMicroseconds"/>: until then CTRL_REG2 reads back with SOFT_RST set and every
    /// register write is ignored, then all registers hold their defaults and SOFT_RST reads 0 (the datasheet gives no
    /// reset time; ST's example polls the bit until it clears, Adafruit waits 10 ms); MD = 00 samples every 1/ODR (1.6 s with CTRL_REG3.LP), MD = 01 takes one sample and
    /// returns to power-down; a sample sets STATUS_REG ZYXDA (and XDA/YDA/ZDA), reading an output register clears them.
    /// Threshold interrupt: with INT_CFG.IEN, an enabled axis above +INT_THS sets PTH, below −INT_THS sets NTH, plus INT;
    /// with LIR = 0 (the datasheet's inverted sense, DocID024204 section 7.10: "0: interrupt request latched; 1: interrupt
    /// request not latched") the event stays latched until INT_SRC is read, with LIR = 1 INT follows the field; the INT pin
    /// is active high when IEA = 1. With <see cref="Silicon"/> = <see cref="Lis3mdlSilicon.StHeader"/> both bits read the
    /// other way (ST's lis3mdl_reg.h): IEA = 0 is active high and LIR = 1 latches. The pin level always follows the
    /// polarity the silicon gives the IEA bit written, idle or asserted.
    /// </summary>
    public sealed class Lis3mdlModel : SimulatedI2cChip
    {
        private long _nextSampleAt = -1;
        private long _resetEndsAtMicroseconds = -1;
        private long _fieldChangeAt = -1;
        private short _nextX;
        private short _nextY;
        private short _nextZ;

        public Lis3mdlModel(VirtualClock clock, int address = 0x1C)
            : base(clock, address)
        {
            Reset();
            InterruptPin = new PinView(this);
        }

        public short XCounts { get; set; }

        public short YCounts { get; set; }

        public short ZCounts { get; set; }

        public int SamplesProduced { get; private set; }

        /// <summary>True: the chip stops producing samples; ZYXDA never comes.</summary>
        public bool Frozen { get; set; }

        public IInputPin InterruptPin { get; }

        /// <summary>How the silicon reads IEA and LIR.</summary>
        public Lis3mdlSilicon Silicon { get; set; } = Lis3mdlSilicon.Datasheet;

        /// <summary>Duration of a soft reset; writes in that window are lost. Negative: the reset never completes.</summary>
        public int SoftResetMicroseconds { get; set; } = 5000;

        /// <summary>Register writes ignored because a soft reset was running.</summary>
        public int WritesLostDuringReset { get; private set; }

        /// <summary>True while a soft reset runs.</summary>
        public bool Resetting
        {
            get
            {
                CompleteResetIfDue();
                return _resetEndsAtMicroseconds != -1;
            }
        }

        /// <summary>INT active high for the IEA bit now in INT_CFG, as this silicon reads it.</summary>
        public bool ActiveHigh
        {
            get
            {
                bool iea = (Registers[0x30] & 0x04) != 0;
                return Silicon == Lis3mdlSilicon.Datasheet ? iea : !iea;
            }
        }

        /// <summary>INT latched for the LIR bit now in INT_CFG, as this silicon reads it.</summary>
        public bool Latched
        {
            get
            {
                bool lir = (Registers[0x30] & 0x02) != 0;
                return Silicon == Lis3mdlSilicon.Datasheet ? !lir : lir;
            }
        }

        /// <summary>Logical interrupt state (before polarity).</summary>
        public bool InterruptAsserted { get; private set; }

        private sealed class PinView : IInputPin
        {
            private readonly Lis3mdlModel _chip;

            public PinView(Lis3mdlModel chip) => _chip = chip;

            public bool Read()
            {
                _chip.Update();
                return _chip.InterruptAsserted == _chip.ActiveHigh;
            }
        }

        /// <summary>
        /// The field the chip will see from the first sample taken at or after <paramref name="uptimeMilliseconds"/> (a
        /// magnet or a car arriving while the driver waits inside one call).
        /// </summary>
        public void ChangeFieldAt(long uptimeMilliseconds, short x, short y, short z)
        {
            _fieldChangeAt = uptimeMilliseconds;
            _nextX = x;
            _nextY = y;
            _nextZ = z;
        }

        /// <summary>Lets virtual time pass as seen by the chip (samples and interrupts), as if the MCU were asleep.</summary>
        public void Tick() => Update();

        private void Reset()
        {
            Array.Clear(Registers);
            Registers[0x0F] = 0x3D;
            Registers[0x20] = 0x10;
            Registers[0x22] = 0x03;
            Registers[0x30] = 0xE8;
            _nextSampleAt = -1;
            _resetEndsAtMicroseconds = -1;
            InterruptAsserted = false;
        }

        private void CompleteResetIfDue()
        {
            if (_resetEndsAtMicroseconds >= 0 && Clock.UptimeMicroseconds >= _resetEndsAtMicroseconds)
            {
                Reset();
            }
        }

        private int Mode => Registers[0x22] & 0b11;

        private int PeriodMilliseconds
        {
            get
            {
                if ((Registers[0x22] & 0x20) != 0)
                {
                    return 1600;
                }

                return ((Registers[0x20] >> 2) & 0b111) switch
                {
                    0 => 1600,
                    1 => 800,
                    2 => 400,
                    3 => 200,
                    4 => 100,
                    5 => 50,
                    6 => 25,
                    _ => 13,
                };
            }
        }

        protected override int DecodePointer(byte value, out bool autoIncrement)
        {
            autoIncrement = (value & 0x80) != 0;
            return value & 0x7F;
        }

        protected override void OnRegisterWritten(int register, byte value)
        {
            // Samples due before this write are taken with the registers as they were.
            Update();
            if (_resetEndsAtMicroseconds != -1)
            {
                WritesLostDuringReset++;
                return;
            }

            if (register == 0x21 && (value & 0x04) != 0)
            {
                Reset();
                if (SoftResetMicroseconds != 0)
                {
                    Registers[0x21] = 0x04;
                    _resetEndsAtMicroseconds = SoftResetMicroseconds < 0 ? long.MaxValue : Clock.UptimeMicroseconds + SoftResetMicroseconds;
                }

                return;
            }

            Registers[register] = value;
            if (register == 0x22 || register == 0x20)
            {
                _nextSampleAt = Mode == 0b00 || Mode == 0b01 ? Clock.UptimeMilliseconds + PeriodMilliseconds : -1;
            }
        }

        protected override byte OnRegisterRead(int register)
        {
            CompleteResetIfDue();
            byte value = Registers[register];
            if (register >= 0x28 && register <= 0x2D)
            {
                Registers[0x27] &= 0xF0;
            }

            if (register == 0x31 && Latched)
            {
                Registers[0x31] = 0;
                InterruptAsserted = false;
            }

            return value;
        }

        protected override void Update()
        {
            CompleteResetIfDue();
            while (!Frozen && _nextSampleAt >= 0 && _nextSampleAt <= Clock.UptimeMilliseconds)
            {
                if (_fieldChangeAt >= 0 && _nextSampleAt >= _fieldChangeAt)
                {
                    XCounts = _nextX;
                    YCounts = _nextY;
                    ZCounts = _nextZ;
                    _fieldChangeAt = -1;
                }

                Registers[0x28] = (byte)XCounts;
                Registers[0x29] = (byte)(XCounts >> 8);
                Registers[0x2A] = (byte)YCounts;
                Registers[0x2B] = (byte)(YCounts >> 8);
                Registers[0x2C] = (byte)ZCounts;
                Registers[0x2D] = (byte)(ZCounts >> 8);
                Registers[0x27] |= 0x0F;
                SamplesProduced++;
                EvaluateInterrupt();
                if (Mode == 0b01)
                {
                    Registers[0x22] |= 0b11;
                    _nextSampleAt = -1;
                }
                else
                {
                    _nextSampleAt += PeriodMilliseconds;
                }
            }
        }

        private void EvaluateInterrupt()
        {
            byte config = Registers[0x30];
            if ((config & 0x01) == 0)
            {
                return;
            }

            int threshold = ((Registers[0x33] & 0x7F) << 8) | Registers[0x32];
            int source = 0;
            if ((config & 0x80) != 0)
            {
                source |= XCounts > threshold ? 0x80 : (XCounts < -threshold ? 0x10 : 0);
            }

            if ((config & 0x40) != 0)
            {
                source |= YCounts > threshold ? 0x40 : (YCounts < -threshold ? 0x08 : 0);
            }

            if ((config & 0x20) != 0)
            {
                source |= ZCounts > threshold ? 0x20 : (ZCounts < -threshold ? 0x04 : 0);
            }

            // DocID024204 section 7.10: LIR 0 = latched, 1 = not latched (inverted sense); the other way on StHeader silicon.
            bool latched = Latched;
            if (source != 0)
            {
                Registers[0x31] = (byte)(source | 0x01 | (latched ? Registers[0x31] : 0));
                InterruptAsserted = true;
            }
            else if (!latched)
            {
                Registers[0x31] = 0;
                InterruptAsserted = false;
            }
        }
    }
}
