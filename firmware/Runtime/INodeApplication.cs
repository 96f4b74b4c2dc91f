// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Runtime
{
    /// <summary>
    /// What one application (BinNode, AirNode, ParkingNode) gives the node runtime: measure, decide whether to report,
    /// encode, handle its own downlinks, keep a state record, validate its parameter block. The runtime owns everything
    /// else (wake cause, configuration, LoRaWAN, schedule, energy, watchdog, persistence). Implementations allocate
    /// nothing in these calls after construction and signal trouble with return values, not exceptions (an exception
    /// is still caught by the runtime and counted as a fault of the step).
    /// </summary>
    public interface INodeApplication : IApplicationParameterValidator
    {
        /// <summary>Device kind carried by the status message (docs/payloads/status.md: 1 bin, 2 air, 3 parking).</summary>
        byte DeviceKind { get; }

        /// <summary>Largest state record <see cref="WriteState"/> writes, bytes.</summary>
        int StateCapacityBytes { get; }

        /// <summary>Applies the configuration in force (report interval, thresholds, parameter block); called after every load or change.</summary>
        /// <param name="configuration">Validated configuration (already checked with <see cref="IApplicationParameterValidator.Validate"/>).</param>
        void Configure(NodeConfiguration configuration);

        /// <summary>Node time (RTC ms) of the next measurement the application wants; the runtime wakes for it.</summary>
        long NextMeasurementDueMilliseconds { get; }

        /// <summary>
        /// Sensor supply current while the last <see cref="Measure"/> ran, µA, from the drivers' SensorPowerProfile
        /// (booked with the call's duration on Measurement, on top of the CPU).
        /// </summary>
        int MeasurementMicroamps { get; }

        /// <summary>
        /// Sensor supply current from the end of the last <see cref="Measure"/> until the next one, µA: standby and
        /// power-down currents, a magnetometer in continuous mode, a fan warming up; 0 when the sensors' supply is switched
        /// off between measurements. The runtime books it over that time whatever the MCU does meanwhile.
        /// </summary>
        int SensorStandbyMicroamps { get; }

        /// <summary>True while a sensor warms up between two measurements (a particulate fan): booked as sensor warm-up, not idle.</summary>
        bool SensorWarmingUp { get; }

        /// <summary>
        /// True while a sensor runs from a GPIO-switched rail until the next measurement: a deep sleep would cut it (the
        /// ESP32 resets its GPIOs when it wakes from deep sleep), so the runtime sleeps light until then whatever the
        /// break-even says — unless the board or configuration forbids light sleep, which a design with such a rail must not do.
        /// </summary>
        bool NeedsLightSleep { get; }

        /// <summary>Takes this wake's readings and runs the decision logic on them.</summary>
        /// <param name="nowMilliseconds">Node time (RTC ms).</param>
        /// <returns>The application's fault flags (0 = every sensor answered).</returns>
        int Measure(long nowMilliseconds);

        /// <summary>True when the last <see cref="Measure"/> decided that a report is due.</summary>
        /// <param name="nowMilliseconds">Node time.</param>
        /// <param name="reason">The application's report-reason flags (periodic, event, fault change, start-up).</param>
        bool ShouldReport(long nowMilliseconds, out int reason);

        /// <summary>True when the report due is an event (alarm, state change) rather than a periodic one: the runtime then asks the storm policy first.</summary>
        bool ReportIsEvent { get; }

        /// <summary>Encodes the report decided by the last <see cref="Measure"/>.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="batteryMillivolts">Battery voltage, mV (0 when unknown).</param>
        /// <param name="fPort">FPort of the report.</param>
        /// <returns>Bytes written, or a negative value when nothing could be encoded.</returns>
        int EncodeReport(byte[] buffer, int offset, int batteryMillivolts, out int fPort);

        /// <summary>Encodes the status message (start-up or status reply) in the application's payload format family.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="status">What the runtime reports.</param>
        /// <param name="fPort">FPort of the status message.</param>
        /// <returns>Bytes written, or a negative value.</returns>
        int EncodeStatus(byte[] buffer, int offset, NodeStatus status, out int fPort);

        /// <summary>A downlink on a port the runtime does not own (the runtime keeps the remote-configuration port).</summary>
        /// <param name="fPort">FPort.</param>
        /// <param name="payload">Decrypted FRMPayload.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Length.</param>
        /// <returns>True when the application used it.</returns>
        bool HandleDownlink(int fPort, byte[] payload, int offset, int length);

        /// <summary>Writes the state that must survive deep sleep.</summary>
        /// <param name="buffer">Destination (the runtime's store section).</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written, at most <see cref="StateCapacityBytes"/>.</returns>
        int WriteState(byte[] buffer, int offset);

        /// <summary>Restores what <see cref="WriteState"/> wrote; false (and a fresh start) when the bytes are missing or invalid.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes available (0 = none stored).</param>
        bool ReadState(byte[] buffer, int offset, int length);
    }
}
