// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.Applications.Payloads.Air
{
    /// <summary>
    /// Encodes the AirNode measurement (FPort 1) and event (FPort 2) messages, 11 bytes each (docs/payloads/airnode.md):
    /// the header byte, then an 80-bit stream written most significant bit first —
    /// temperature 11, humidity 7, pressure 10, gas resistance 12 (2-bit exponent, 10-bit mantissa), PM1 10,
    /// PM2.5 10, PM10 10, events 4, faults 4, reserved 2. Allocates nothing.
    /// </summary>
    [HotPath]
    public static class AirNodePayloadEncoder
    {
        /// <summary>Length of both AirNode messages in bytes.</summary>
        public const int Length = 11;

        /// <summary>Temperature field: 11 bits, 0.1 °C, raw 0 = -40.0 °C, 2047 = fault.</summary>
        public const int TemperatureBits = 11;

        /// <summary>Humidity field: 7 bits, 1 %, 127 = fault.</summary>
        public const int HumidityBits = 7;

        /// <summary>Pressure field: 10 bits, 1 hPa, raw 0 = 300 hPa, 1023 = fault.</summary>
        public const int PressureBits = 10;

        /// <summary>Gas field: 12 bits = exponent (2) and mantissa (10); resistance = mantissa × 10^(exponent + 2) Ω; 0xFFF = fault.</summary>
        public const int GasBits = 12;

        /// <summary>Each particulate field: 10 bits, 1 µg/m³, 1023 = fault.</summary>
        public const int ParticulateBits = 10;

        /// <summary>Events and faults fields: 4 bits each.</summary>
        public const int FlagBits = 4;

        private const int TemperatureOffsetCentiCelsius = 4000;
        private const int TemperatureStepCentiCelsius = 10;
        private const int PressureOffsetPascals = -30000;
        private const int PressureStepPascals = 100;
        private const int GasMantissaMaximum = 1023;
        private const int GasExponentMaximum = 3;
        private const int GasBaseStepOhms = 100;

        /// <summary>Encodes a periodic measurement (header 0x10, FPort <see cref="PayloadPorts.Periodic"/>).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="readings">What to report.</param>
        /// <returns>Bytes written (11), or <see cref="PayloadFormat.BufferTooSmall"/> with nothing written.</returns>
        public static int EncodeMeasurement(byte[] buffer, int offset, AirNodeReadings readings)
        {
            return Encode(buffer, offset, readings, PayloadMessageType.Periodic);
        }

        /// <summary>Encodes an event message (header 0x11, FPort <see cref="PayloadPorts.Event"/>).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="readings">What to report; its events say which thresholds were crossed.</param>
        /// <returns>Bytes written (11), or <see cref="PayloadFormat.BufferTooSmall"/> with nothing written.</returns>
        public static int EncodeEvent(byte[] buffer, int offset, AirNodeReadings readings)
        {
            return Encode(buffer, offset, readings, PayloadMessageType.Event);
        }

        /// <summary>
        /// The 12-bit gas field for <paramref name="resistanceOhms"/>: the smallest exponent e (0..3) whose mantissa
        /// round(R / (100·10^e)) fits 10 bits, so at least three significant digits above 102.3 kΩ; saturates at
        /// mantissa 1022, exponent 3 (102.2 MΩ), because 0xFFF is the fault value.
        /// </summary>
        /// <param name="resistanceOhms">Resistance in ohms (negative counts as 0).</param>
        /// <returns>(exponent &lt;&lt; 10) | mantissa.</returns>
        public static int GasField(int resistanceOhms)
        {
            long step = GasBaseStepOhms;
            long resistance = resistanceOhms < 0 ? 0 : resistanceOhms;
            for (int exponent = 0; exponent <= GasExponentMaximum; exponent++)
            {
                long mantissa = (resistance + (step / 2)) / step;
                if (mantissa <= GasMantissaMaximum)
                {
                    if (exponent == GasExponentMaximum && mantissa == GasMantissaMaximum)
                    {
                        mantissa = GasMantissaMaximum - 1;
                    }

                    return (exponent << 10) | (int)mantissa;
                }

                step *= 10;
            }

            return (GasExponentMaximum << 10) | (GasMantissaMaximum - 1);
        }

        private static int Encode(byte[] buffer, int offset, AirNodeReadings readings, PayloadMessageType messageType)
        {
            if (!FieldEncoding.CanWrite(buffer, offset, Length, readings))
            {
                return PayloadFormat.BufferTooSmall;
            }

            AirNodeFaults faults = readings.Faults;
            bool environmentFault = (faults & AirNodeFaults.EnvironmentSensor) != 0;
            bool gasFault = environmentFault || (faults & AirNodeFaults.GasSensor) != 0;
            bool particulateFault = (faults & AirNodeFaults.ParticulateSensor) != 0;

            FieldEncoding.Clear(buffer, offset, Length);
            buffer[offset] = PayloadFormat.Header(messageType);
            int stream = offset + PayloadFormat.HeaderLength;
            int bit = 0;

            int temperature = Quantized(readings.TemperatureCentiCelsius, environmentFault, TemperatureOffsetCentiCelsius, TemperatureStepCentiCelsius, TemperatureBits);
            bit = FieldEncoding.WriteBits(buffer, stream, bit, TemperatureBits, temperature);

            int humidity = FaultValue(HumidityBits);
            if (!environmentFault && readings.RelativeHumidityCentiPercent != PayloadFormat.Missing)
            {
                humidity = FieldEncoding.Quantize(readings.RelativeHumidityCentiPercent, 0, 100, 100);
            }

            bit = FieldEncoding.WriteBits(buffer, stream, bit, HumidityBits, humidity);

            int pressure = Quantized(readings.PressurePascals, environmentFault, PressureOffsetPascals, PressureStepPascals, PressureBits);
            bit = FieldEncoding.WriteBits(buffer, stream, bit, PressureBits, pressure);

            int gas = FaultValue(GasBits);
            if (!gasFault && readings.GasResistanceOhms != PayloadFormat.Missing)
            {
                gas = GasField(readings.GasResistanceOhms);
            }

            bit = FieldEncoding.WriteBits(buffer, stream, bit, GasBits, gas);

            bit = FieldEncoding.WriteBits(buffer, stream, bit, ParticulateBits, Quantized(readings.Pm1DeciMicrogramsPerCubicMetre, particulateFault, 0, 10, ParticulateBits));
            bit = FieldEncoding.WriteBits(buffer, stream, bit, ParticulateBits, Quantized(readings.Pm25DeciMicrogramsPerCubicMetre, particulateFault, 0, 10, ParticulateBits));
            bit = FieldEncoding.WriteBits(buffer, stream, bit, ParticulateBits, Quantized(readings.Pm10DeciMicrogramsPerCubicMetre, particulateFault, 0, 10, ParticulateBits));

            bit = FieldEncoding.WriteBits(buffer, stream, bit, FlagBits, (int)readings.Events);
            // Reserved fault bits go out as 0 (docs/payloads/airnode.md), whatever the caller set.
            const AirNodeFaults DefinedFaults = AirNodeFaults.EnvironmentSensor | AirNodeFaults.GasSensor | AirNodeFaults.ParticulateSensor;
            FieldEncoding.WriteBits(buffer, stream, bit, FlagBits, (int)(faults & DefinedFaults));
            return Length;
        }

        // A field of 'bits' bits whose all-ones value is the fault value; readings saturate one below it.
        private static int Quantized(int value, bool fault, int offset, int step, int bits)
        {
            if (fault || value == PayloadFormat.Missing)
            {
                return FaultValue(bits);
            }

            return FieldEncoding.Quantize(value, offset, step, FaultValue(bits) - 1);
        }

        private static int FaultValue(int bits)
        {
            return (1 << bits) - 1;
        }
    }
}
