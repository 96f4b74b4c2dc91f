// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Payloads.Parking
{
    /// <summary>
    /// What one ParkingNode uplink reports. Created once at start-up and filled in place; a field set to
    /// <see cref="PayloadFormat.Missing"/> is sent as its fault (unknown) value.
    /// </summary>
    public sealed class ParkingNodeReadings
    {
        /// <summary>True when a vehicle occupies the space.</summary>
        public bool Occupied;

        /// <summary>Whole minutes since the occupancy last changed (0..65534, saturated); Missing when no change was seen since start.</summary>
        public int MinutesSinceChange;

        /// <summary>Occupancy changes since start; sent modulo 65536 so the server can count lost change messages.</summary>
        public int ChangeCount;

        /// <summary>Magnitude of the field minus the empty-space baseline, in milligauss (10 mG = 1 µT); sent at 1 µT, 0..254 µT.</summary>
        public int MagneticDeviationMilligauss;

        /// <summary>Battery voltage in millivolts; sent at 10 mV from 2.00 to 4.54 V.</summary>
        public int BatteryMillivolts;

        /// <summary>Sensors that failed.</summary>
        public ParkingNodeFaults Faults;
    }
}
