// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.DutyCycle
{
    /// <summary>
    /// A sliding-window airtime budget in fixed memory: no window of <c>window</c> ms may hold more than
    /// <c>budget</c> ms of airtime. Airtime is booked in the slot (window / k long) that holds each transmission's
    /// end. A new transmission [start, end] may go when the booked airtime of every slot touching
    /// [start − window, end], plus its own, fits the budget: every earlier transmission that shares a window with
    /// it ends at or after start − window, so it is counted (whole, even if only partly inside), and no true
    /// sliding-window sum can exceed the budget. The price is up to one slot of extra waiting.
    /// Nothing is allocated after construction.
    /// </summary>
    [HotPath]
    internal sealed class AirtimeWindow
    {
        /// <summary>Bytes <see cref="WriteTo"/> writes for a window of <paramref name="slotsPerWindow"/> slots.</summary>
        internal static int SerializedLength(int slotsPerWindow) => 4 + (3 * (slotsPerWindow + 2));

        private const int MaxStoredAirtimeMilliseconds = 0xFFFFFF;

        private readonly long _windowMs;
        private readonly long _slotMs;
        private readonly long _budgetMs;
        private readonly long[] _slotIndex;
        private readonly int[] _slotAirtimeMs;

        internal AirtimeWindow(long windowMilliseconds, int slotsPerWindow, long budgetMilliseconds)
        {
            _windowMs = windowMilliseconds;
            _slotMs = windowMilliseconds / slotsPerWindow;
            _budgetMs = budgetMilliseconds;
            // [start − window, end] touches at most k + 2 slots while a transmission is shorter than a slot.
            _slotIndex = new long[slotsPerWindow + 2];
            _slotAirtimeMs = new int[slotsPerWindow + 2];
            Clear();
        }

        internal long BudgetMilliseconds => _budgetMs;

        internal void Clear()
        {
            for (int i = 0; i < _slotIndex.Length; i++)
            {
                _slotIndex[i] = long.MinValue;
                _slotAirtimeMs[i] = 0;
            }
        }

        /// <summary>Books <paramref name="airtimeMilliseconds"/> for a transmission that ended at <paramref name="endMilliseconds"/>.</summary>
        internal void Add(long endMilliseconds, int airtimeMilliseconds)
        {
            long index = FloorDiv(endMilliseconds, _slotMs);
            int position = Position(index);
            if (_slotIndex[position] != index)
            {
                _slotIndex[position] = index;
                _slotAirtimeMs[position] = 0;
            }

            long total = (long)_slotAirtimeMs[position] + airtimeMilliseconds;
            _slotAirtimeMs[position] = total > int.MaxValue ? int.MaxValue : (int)total;
        }

        /// <summary>Booked airtime (ms) of the slots touching [startMilliseconds − window, endMilliseconds].</summary>
        internal long Sum(long startMilliseconds, long endMilliseconds)
        {
            long first = FloorDiv(startMilliseconds - _windowMs, _slotMs);
            long last = FloorDiv(endMilliseconds, _slotMs);
            long sum = 0;
            for (long index = first; index <= last; index++)
            {
                int position = Position(index);
                if (_slotIndex[position] == index)
                {
                    sum += _slotAirtimeMs[position];
                }
            }

            return sum;
        }

        /// <summary>
        /// Earliest start time ≥ <paramref name="nowMilliseconds"/> at which a transmission of <paramref name="airtimeMilliseconds"/>
        /// fits the budget (assuming nothing else is booked meanwhile); <see cref="long.MaxValue"/> if it never fits.
        /// </summary>
        internal long EarliestStart(long nowMilliseconds, long airtimeMilliseconds)
        {
            if (airtimeMilliseconds > _budgetMs)
            {
                return long.MaxValue;
            }

            long start = nowMilliseconds;
            for (int guard = 0; guard <= _slotIndex.Length + 1; guard++)
            {
                if (Sum(start, start + airtimeMilliseconds) + airtimeMilliseconds <= _budgetMs)
                {
                    return start;
                }

                // Move the start forward until the oldest counted slot leaves the window.
                long oldest = FloorDiv(start - _windowMs, _slotMs);
                start = ((oldest + 1) * _slotMs) + _windowMs;
            }

            return start;
        }

        /// <summary>Writes the newest slot index (4 bytes) and every slot's airtime (3 bytes each, oldest first).</summary>
        internal int WriteTo(byte[] buffer, int offset)
        {
            long newest = long.MinValue;
            for (int i = 0; i < _slotIndex.Length; i++)
            {
                if (_slotIndex[i] > newest)
                {
                    newest = _slotIndex[i];
                }
            }

            if (newest == long.MinValue)
            {
                newest = -1;
            }

            int position = offset;
            LittleEndian.WriteUInt32(buffer, position, (uint)newest);
            position += 4;
            for (int age = _slotIndex.Length - 1; age >= 0; age--)
            {
                long index = newest - age;
                int slot = Position(index);
                int airtime = _slotIndex[slot] == index ? _slotAirtimeMs[slot] : 0;
                if (airtime > MaxStoredAirtimeMilliseconds)
                {
                    airtime = MaxStoredAirtimeMilliseconds;
                }

                LittleEndian.WriteUInt24(buffer, position, (uint)airtime);
                position += 3;
            }

            return position - offset;
        }

        /// <summary>Reads what <see cref="WriteTo"/> wrote.</summary>
        internal int ReadFrom(byte[] buffer, int offset)
        {
            Clear();
            int position = offset;
            long newest = (int)LittleEndian.ReadUInt32(buffer, position);
            position += 4;
            for (int age = _slotIndex.Length - 1; age >= 0; age--)
            {
                int airtime = (int)LittleEndian.ReadUInt24(buffer, position);
                position += 3;
                long index = newest - age;
                if (airtime != 0)
                {
                    int slot = Position(index);
                    _slotIndex[slot] = index;
                    _slotAirtimeMs[slot] = airtime;
                }
            }

            return position - offset;
        }

        private int Position(long index)
        {
            long position = index % _slotIndex.Length;
            if (position < 0)
            {
                position += _slotIndex.Length;
            }

            return (int)position;
        }

        private static long FloorDiv(long value, long divisor)
        {
            long quotient = value / divisor;
            if ((value % divisor != 0) && (value < 0))
            {
                quotient--;
            }

            return quotient;
        }
    }
}
