// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Payloads.Parking
{
    /// <summary>
    /// Encodes the ParkingNode heartbeat (FPort 1) and occupancy-change (FPort 2) messages, 8 bytes each
    /// (docs/payloads/parkingnode.md): header, state and faults, minutes since change (u16 BE), change counter
    /// (u16 BE), magnetic deviation µT, battery. Allocates nothing.
    /// </summary>
    [HotPath]
    public static class ParkingNodePayloadEncoder
    {
        /// <summary>Length of both ParkingNode messages in bytes.</summary>
        public const int Length = 8;

        /// <summary>Occupied bit in byte 1.</summary>
        public const int OccupiedBit = 0x80;

        /// <summary>Minutes-since-change value sent when no change has been seen since start.</summary>
        public const int MinutesUnknown = 0xFFFF;

        /// <summary>Largest minutes-since-change value (means "65534 minutes or more").</summary>
        public const int MinutesMaximum = 0xFFFE;

        /// <summary>Deviation fault value.</summary>
        public const int DeviationFault = 0xFF;

        /// <summary>Largest deviation that is a reading, in µT (means "254 µT or more").</summary>
        public const int DeviationMaximumMicrotesla = 254;

        /// <summary>Milligauss per microtesla (1 G = 100 µT).</summary>
        public const int MilligaussPerMicrotesla = 10;

        /// <summary>Encodes a heartbeat (header 0x10, FPort <see cref="PayloadPorts.Periodic"/>).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="readings">What to report.</param>
        /// <returns>Bytes written (8), or <see cref="PayloadFormat.BufferTooSmall"/> with nothing written.</returns>
        public static int EncodeHeartbeat(byte[] buffer, int offset, ParkingNodeReadings readings)
        {
            return Encode(buffer, offset, readings, PayloadMessageType.Periodic);
        }

        /// <summary>Encodes an occupancy change (header 0x11, FPort <see cref="PayloadPorts.Event"/>).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="readings">What to report; MinutesSinceChange is the duration of the state that just ended.</param>
        /// <returns>Bytes written (8), or <see cref="PayloadFormat.BufferTooSmall"/> with nothing written.</returns>
        public static int EncodeOccupancyChange(byte[] buffer, int offset, ParkingNodeReadings readings)
        {
            return Encode(buffer, offset, readings, PayloadMessageType.Event);
        }

        private static int Encode(byte[] buffer, int offset, ParkingNodeReadings readings, PayloadMessageType messageType)
        {
            if (!FieldEncoding.CanWrite(buffer, offset, Length, readings))
            {
                return PayloadFormat.BufferTooSmall;
            }

            ParkingNodeFaults faults = readings.Faults & (ParkingNodeFaults.Magnetometer | ParkingNodeFaults.BaselineNotCalibrated | ParkingNodeFaults.BatteryMonitor);
            buffer[offset] = PayloadFormat.Header(messageType);
            buffer[offset + 1] = (byte)((readings.Occupied ? OccupiedBit : 0) | (int)faults);

            int minutes = MinutesUnknown;
            if (readings.MinutesSinceChange != PayloadFormat.Missing)
            {
                minutes = FieldEncoding.Quantize(readings.MinutesSinceChange, 0, 1, MinutesMaximum);
            }

            FieldEncoding.WriteUInt16BigEndian(buffer, offset + 2, minutes);
            FieldEncoding.WriteUInt16BigEndian(buffer, offset + 4, readings.ChangeCount & 0xFFFF);

            int deviation = DeviationFault;
            if ((faults & ParkingNodeFaults.Magnetometer) == 0 && readings.MagneticDeviationMilligauss != PayloadFormat.Missing)
            {
                deviation = FieldEncoding.Quantize(readings.MagneticDeviationMilligauss, 0, MilligaussPerMicrotesla, DeviationMaximumMicrotesla);
            }

            buffer[offset + 6] = (byte)deviation;
            buffer[offset + 7] = FieldEncoding.Battery(readings.BatteryMillivolts, (faults & ParkingNodeFaults.BatteryMonitor) != 0);
            return Length;
        }
    }
}
