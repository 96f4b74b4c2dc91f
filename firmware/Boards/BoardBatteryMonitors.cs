// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Drivers.Sensors.Battery;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Boards
{
    /// <summary>
    /// Builds the battery monitor of a board from its <see cref="BoardDescription"/>, so the divider is written once (in
    /// the board's class): the ADC full scale, the divider (its resistors, or only its ratio where the resistor values are
    /// not published) and the divider switch with its active level. The monitor then switches the divider on, waits its
    /// settle time, averages its conversions and switches the divider off (<see cref="BatteryMonitor.TryRead"/>).
    /// </summary>
    public static class BoardBatteryMonitors
    {
        /// <summary>Resistor the ratio-only divider is expressed over: 1000 Ω, so ratio thousandths map to ohms exactly.</summary>
        public const int RatioBottomOhms = 1000;

        /// <summary>The battery monitor of <paramref name="board"/>.</summary>
        /// <param name="board">The board (not null; its full scale and divider ratio set).</param>
        /// <param name="adc">The ADC channel on <see cref="BoardDescription.BatteryAdcChannel"/> (not null).</param>
        /// <param name="dividerEnable">
        /// The output on <see cref="BoardDescription.BatteryDividerEnablePin"/>, driven at its physical level (the
        /// monitor's "on" is turned into the board's active level here); required when the board switches its divider,
        /// ignored when it does not.
        /// </param>
        /// <param name="clock">Time source for the settle delay (not null).</param>
        /// <param name="curve">The cell's state-of-charge curve (not null).</param>
        /// <returns>A new monitor; its divider switch, if any, is left off.</returns>
        /// <exception cref="ArgumentException">A switched divider without <paramref name="dividerEnable"/>, or a board without full scale or ratio.</exception>
        public static BatteryMonitor Create(BoardDescription board, IAdcChannel adc, IOutputPin dividerEnable, IClock clock, StateOfChargeCurve curve)
        {
            if (board == null)
            {
                throw new ArgumentNullException(nameof(board));
            }

            if (board.BatteryAdcFullScaleMillivolts <= 0 || board.BatteryDividerRatioThousandths < 1000)
            {
                throw new ArgumentException("the board has no ADC full scale or divider ratio");
            }

            IOutputPin enable = null;
            if (board.BatteryDividerEnablePin >= 0)
            {
                if (dividerEnable == null)
                {
                    throw new ArgumentException("the board switches its divider: give the enable output");
                }

                enable = board.BatteryDividerEnableActiveHigh ? dividerEnable : new InvertedOutputPin(dividerEnable);
            }

            // Only the ratio (top + bottom) / bottom enters the voltage; a ratio-only board is expressed over
            // RatioBottomOhms. Its monitor's PowerProfile is then not the divider's current: the board's
            // BatteryDividerNanoamps is.
            bool resistorsKnown = board.BatteryDividerTopOhms >= 0 && board.BatteryDividerBottomOhms > 0;
            int top = resistorsKnown ? board.BatteryDividerTopOhms : board.BatteryDividerRatioThousandths - RatioBottomOhms;
            int bottom = resistorsKnown ? board.BatteryDividerBottomOhms : RatioBottomOhms;
            return new BatteryMonitor(adc, clock, board.BatteryAdcFullScaleMillivolts, top, bottom, curve, enable);
        }
    }
}
