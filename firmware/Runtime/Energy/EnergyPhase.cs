// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Energy
{
    /// <summary>Where a node's charge goes; the ledger keeps one total per phase (DESIGN.md "Power is the budget").</summary>
    public enum EnergyPhase
    {
        /// <summary>ESP-IDF boot, nanoCLR start and assembly load before Main, once per deep-sleep wake or reset.</summary>
        Boot = 0,

        /// <summary>Sensor powered and warming up (CPU waiting awake or in light sleep).</summary>
        SensorWarmUp = 1,

        /// <summary>Sensor measuring and the CPU reading it.</summary>
        Measurement = 2,

        /// <summary>Radio transmitting (CPU awake polling the driver).</summary>
        Transmit = 3,

        /// <summary>Radio receive windows RX1/RX2 open.</summary>
        Receive = 4,

        /// <summary>The class-A waits between TX end and RX1, and RX1 and RX2, and retransmission waits.</summary>
        ReceiveWait = 5,

        /// <summary>Persisting records to flash.</summary>
        FlashWrite = 6,

        /// <summary>CPU running managed code for everything else (planning, encoding, MAC).</summary>
        Compute = 7,

        /// <summary>Light sleep between wakes.</summary>
        LightSleep = 8,

        /// <summary>Deep sleep between wakes (board floor: chip, regulator, USB bridge, radio sleep).</summary>
        DeepSleep = 9,

        /// <summary>
        /// Sensors' current between measurements while nothing warms up: standby and power-down currents, a magnetometer
        /// in continuous mode guarding its interrupt (INodeApplication.SensorStandbyMicroamps), on top of the sleep floor.
        /// </summary>
        SensorIdle = 10,
    }
}
