// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Lis3mdl
{
    /// <summary>
    /// How this LIS3MDL's INT pin answers the IEA and LIR bits, as seen by the installation calibration
    /// (<see cref="Lis3mdl.CalibrateInterruptPin"/>). Caller-owned and filled in place; the node runtime persists it as
    /// two bits (<see cref="ToBits"/>, <see cref="TryLoadBits"/>) and hands it to
    /// <see cref="Lis3mdl.ApplyInterruptPinConfiguration"/> on every wake. A new instance holds the datasheet's reading.
    /// </summary>
    public sealed class Lis3mdlInterruptPinConfiguration
    {
        /// <summary>Largest value <see cref="ToBits"/> returns: bit 0 = polarity, bit 1 = latch.</summary>
        public const int MaximumBits = 0b11;

        private Lis3mdlInterruptPolarity _polarity = Lis3mdlInterruptPolarity.IeaSetIsActiveHigh;
        private Lis3mdlInterruptLatch _latch = Lis3mdlInterruptLatch.LirClearIsLatched;

        /// <summary>Which IEA value makes INT active high.</summary>
        public Lis3mdlInterruptPolarity Polarity
        {
            get { return _polarity; }
        }

        /// <summary>Which LIR value latches INT until INT_SRC is read.</summary>
        public Lis3mdlInterruptLatch Latch
        {
            get { return _latch; }
        }

        /// <summary>True when both bits read as the datasheet says (DocID024204 Rev 6, section 7.10).</summary>
        public bool IsDatasheetReading
        {
            get { return _polarity == Lis3mdlInterruptPolarity.IeaSetIsActiveHigh && _latch == Lis3mdlInterruptLatch.LirClearIsLatched; }
        }

        /// <summary>Sets both readings.</summary>
        /// <param name="polarity">Which IEA value makes INT active high.</param>
        /// <param name="latch">Which LIR value latches INT.</param>
        /// <exception cref="System.ArgumentOutOfRangeException">A value outside its enum (programmer error).</exception>
        public void Set(Lis3mdlInterruptPolarity polarity, Lis3mdlInterruptLatch latch)
        {
            if (polarity != Lis3mdlInterruptPolarity.IeaSetIsActiveHigh && polarity != Lis3mdlInterruptPolarity.IeaSetIsActiveLow)
            {
                throw new System.ArgumentOutOfRangeException(nameof(polarity));
            }

            if (latch != Lis3mdlInterruptLatch.LirClearIsLatched && latch != Lis3mdlInterruptLatch.LirSetIsLatched)
            {
                throw new System.ArgumentOutOfRangeException(nameof(latch));
            }

            _polarity = polarity;
            _latch = latch;
        }

        /// <summary>Copies another configuration into this one.</summary>
        /// <param name="other">The source; not null.</param>
        public void CopyFrom(Lis3mdlInterruptPinConfiguration other)
        {
            if (other == null)
            {
                throw new System.ArgumentNullException(nameof(other));
            }

            _polarity = other._polarity;
            _latch = other._latch;
        }

        /// <summary>The two persisted bits: bit 0 = <see cref="Polarity"/>, bit 1 = <see cref="Latch"/> (0 = datasheet reading).</summary>
        /// <returns>A value from 0 to <see cref="MaximumBits"/>.</returns>
        public int ToBits()
        {
            return (int)_polarity | ((int)_latch << 1);
        }

        /// <summary>Loads the two bits written by <see cref="ToBits"/>.</summary>
        /// <param name="bits">The persisted value.</param>
        /// <returns>False (and nothing changed) when <paramref name="bits"/> is outside 0 to <see cref="MaximumBits"/>.</returns>
        public bool TryLoadBits(int bits)
        {
            if (bits < 0 || bits > MaximumBits)
            {
                return false;
            }

            _polarity = (Lis3mdlInterruptPolarity)(bits & 1);
            _latch = (Lis3mdlInterruptLatch)((bits >> 1) & 1);
            return true;
        }
    }
}
