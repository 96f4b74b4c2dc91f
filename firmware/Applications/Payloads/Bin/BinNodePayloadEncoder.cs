// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Payloads.Bin
{
    /// <summary>
    /// Encodes the BinNode measurement (FPort 1) and event (FPort 2) messages, 8 bytes each (docs/payloads/binnode.md):
    /// header, fill %, distance mm (u16 BE), temperature °C + 40, battery, events, faults. Writes into the caller's
    /// buffer; allocates nothing.
    /// </summary>
    [HotPath]
    public static class BinNodePayloadEncoder
    {
        /// <summary>Length of both BinNode messages in bytes.</summary>
        public const int Length = 8;

        /// <summary>Fill-level fault value.</summary>
        public const int FillLevelFault = 0xFF;

        /// <summary>Largest fill level.</summary>
        public const int FillLevelMaximumPercent = 100;

        /// <summary>Distance fault value.</summary>
        public const int DistanceFault = 0xFFFF;

        /// <summary>Largest distance that is a reading (saturated above).</summary>
        public const int DistanceMaximumMillimetres = 0xFFFE;

        /// <summary>Temperature fault value.</summary>
        public const int TemperatureFault = 0xFF;

        /// <summary>Temperature origin: raw 0 = -40 °C, in 0.01 °C.</summary>
        public const int TemperatureOffsetCentiCelsius = 4000;

        /// <summary>Temperature resolution: 1 °C, in 0.01 °C.</summary>
        public const int TemperatureStepCentiCelsius = 100;

        /// <summary>Largest temperature raw value that is a reading (254 = +214 °C).</summary>
        public const int TemperatureMaximumRaw = 254;

        /// <summary>Encodes a periodic measurement (header 0x10, FPort <see cref="PayloadPorts.Periodic"/>).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="readings">What to report.</param>
        /// <returns>Bytes written (8), or <see cref="PayloadFormat.BufferTooSmall"/> with nothing written.</returns>
        public static int EncodeMeasurement(byte[] buffer, int offset, BinNodeReadings readings)
        {
            return Encode(buffer, offset, readings, PayloadMessageType.Periodic);
        }

        /// <summary>Encodes an event message (header 0x11, FPort <see cref="PayloadPorts.Event"/>).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="readings">What to report; its events say why the message is sent.</param>
        /// <returns>Bytes written (8), or <see cref="PayloadFormat.BufferTooSmall"/> with nothing written.</returns>
        public static int EncodeEvent(byte[] buffer, int offset, BinNodeReadings readings)
        {
            return Encode(buffer, offset, readings, PayloadMessageType.Event);
        }

        private static int Encode(byte[] buffer, int offset, BinNodeReadings readings, PayloadMessageType messageType)
        {
            if (!FieldEncoding.CanWrite(buffer, offset, Length, readings))
            {
                return PayloadFormat.BufferTooSmall;
            }

            BinNodeFaults faults = readings.Faults;
            bool distanceFault = (faults & BinNodeFaults.DistanceSensor) != 0;

            buffer[offset] = PayloadFormat.Header(messageType);

            int fill = FillLevelFault;
            if (!distanceFault && readings.FillLevelPercent != PayloadFormat.Missing)
            {
                fill = FieldEncoding.Quantize(readings.FillLevelPercent, 0, 1, FillLevelMaximumPercent);
            }

            buffer[offset + 1] = (byte)fill;

            int distance = DistanceFault;
            if (!distanceFault && readings.DistanceMillimetres != PayloadFormat.Missing)
            {
                distance = FieldEncoding.Quantize(readings.DistanceMillimetres, 0, 1, DistanceMaximumMillimetres);
            }

            FieldEncoding.WriteUInt16BigEndian(buffer, offset + 2, distance);

            int temperature = TemperatureFault;
            if ((faults & BinNodeFaults.TemperatureSensor) == 0 && readings.TemperatureCentiCelsius != PayloadFormat.Missing)
            {
                temperature = FieldEncoding.Quantize(readings.TemperatureCentiCelsius, TemperatureOffsetCentiCelsius, TemperatureStepCentiCelsius, TemperatureMaximumRaw);
            }

            buffer[offset + 4] = (byte)temperature;
            buffer[offset + 5] = FieldEncoding.Battery(readings.BatteryMillivolts, (faults & BinNodeFaults.BatteryMonitor) != 0);
            buffer[offset + 6] = (byte)(readings.Events & (BinNodeEvents.Full | BinNodeEvents.Fire | BinNodeEvents.Tilt | BinNodeEvents.Pickup));
            buffer[offset + 7] = (byte)(faults & (BinNodeFaults.DistanceSensor | BinNodeFaults.TemperatureSensor | BinNodeFaults.TiltSensor | BinNodeFaults.BatteryMonitor));
            return Length;
        }
    }
}
