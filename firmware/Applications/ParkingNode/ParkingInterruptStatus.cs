// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>What applying an interrupt arming to the magnetometer gave (<see cref="Lis3mdlParkingWatch.Apply"/>).</summary>
    public enum ParkingInterruptStatus : byte
    {
        /// <summary>Armed as planned and checked on a fresh sample (INT at the level that does not wake), or disarmed as planned.</summary>
        Ok = 0,

        /// <summary>
        /// The fresh sample taken after arming already met the wake condition (the field changed between the reading and
        /// the arming): the interrupt was disarmed; the node should measure again soon rather than sleep on it.
        /// </summary>
        FieldAlreadyBeyond = 1,

        /// <summary>
        /// INT stayed at the wake level with either polarity although INT_SRC said it should not (INT not wired to that
        /// GPIO, or shorted): disarmed; the node must poll.
        /// </summary>
        PinStuck = 2,

        /// <summary>The magnetometer did not answer (bus fault): the node must poll.</summary>
        SensorFault = 3,
    }
}
