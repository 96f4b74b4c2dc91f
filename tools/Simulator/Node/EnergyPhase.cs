// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>The phases the simulator's energy model books charge to.</summary>
    internal enum EnergyPhase
    {
        /// <summary>Deep sleep of the board, with the sensors' and the radio's idle currents.</summary>
        Sleep = 0,

        /// <summary>A wake: ESP-IDF boot, nanoCLR start, assembly load, decision, state save (CPU on, radio off).</summary>
        Wake,

        /// <summary>Sensors running (ranger pings, particulate fan, magnetometer conversions).</summary>
        Sensor,

        /// <summary>Radio transmitting.</summary>
        RadioTransmit,

        /// <summary>Radio listening in RX1/RX2.</summary>
        RadioReceive,

        /// <summary>Waiting for the receive windows and retransmissions, MCU in light sleep.</summary>
        ReceiveWait,

        /// <summary>Flash writes of the persistent store.</summary>
        FlashWrite,
    }
}
