// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.Drivers.Radio.Sx126x;
using SmartCityNodes.Drivers.Radio.Sx127x;

namespace SmartCityNodes.Boards
{
    /// <summary>
    /// Builds the radio drivers' board profiles from a <see cref="BoardDescription"/>, so the radio wiring is written
    /// once (in the board's class) and the radio driver project names no board.
    /// </summary>
    public static class BoardRadioProfiles
    {
        /// <summary>The SX127x profile of an SX1276 board.</summary>
        /// <param name="board">A board whose <see cref="BoardDescription.Radio"/> is <see cref="RadioChip.Sx1276"/>.</param>
        /// <returns>A new profile.</returns>
        /// <exception cref="ArgumentException">The board carries another radio (programmer error).</exception>
        public static Sx127xBoardProfile CreateSx127x(BoardDescription board)
        {
            RequireRadio(board, RadioChip.Sx1276);
            Sx127xBoardProfile profile = new Sx127xBoardProfile();
            profile.Name = board.Name;
            profile.SpiBus = board.RadioSpiBus;
            profile.SckPin = board.RadioClockPin;
            profile.MosiPin = board.RadioMosiPin;
            profile.MisoPin = board.RadioMisoPin;
            profile.NssPin = board.RadioSelectPin;
            profile.ResetPin = board.RadioResetPin;
            profile.Dio0Pin = board.RadioDio0Pin;
            profile.Dio1Pin = board.RadioDio1Pin;
            profile.PaOutput = board.RadioUsesPaBoost ? PaOutput.PaBoost : PaOutput.Rfo;
            profile.MaxPowerDbm = board.RadioMaxPowerDbm;
            return profile;
        }

        /// <summary>The SX126x profile of an SX1262 board.</summary>
        /// <param name="board">A board whose <see cref="BoardDescription.Radio"/> is <see cref="RadioChip.Sx1262"/>.</param>
        /// <returns>A new profile.</returns>
        /// <exception cref="ArgumentException">The board carries another radio (programmer error).</exception>
        public static Sx126xBoardProfile CreateSx126x(BoardDescription board)
        {
            RequireRadio(board, RadioChip.Sx1262);
            Sx126xBoardProfile profile = new Sx126xBoardProfile();
            profile.Name = board.Name;
            profile.SpiBus = board.RadioSpiBus;
            profile.SckPin = board.RadioClockPin;
            profile.MosiPin = board.RadioMosiPin;
            profile.MisoPin = board.RadioMisoPin;
            profile.NssPin = board.RadioSelectPin;
            profile.ResetPin = board.RadioResetPin;
            profile.BusyPin = board.RadioBusyPin;
            profile.Dio1Pin = board.RadioDio1Pin;
            profile.UsesTcxo = board.RadioUsesTcxo;
            profile.TcxoVoltage = board.RadioTcxoVoltage;
            profile.TcxoStartupMicroseconds = board.RadioTcxoStartupMicroseconds;
            profile.Dio2AsRfSwitch = board.RadioDio2AsRfSwitch;
            profile.UseDcDcRegulator = board.RadioUsesDcDcRegulator;
            profile.MaxPowerDbm = board.RadioMaxPowerDbm;
            return profile;
        }

        private static void RequireRadio(BoardDescription board, RadioChip radio)
        {
            if (board == null)
            {
                throw new ArgumentNullException("board");
            }

            if (board.Radio != radio)
            {
                throw new ArgumentException("board " + board.Id + " does not carry the radio this profile is for", "board");
            }
        }
    }
}
