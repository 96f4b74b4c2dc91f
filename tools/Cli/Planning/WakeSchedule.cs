// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli.Planning;

/// <summary>One report wake of the fixed schedule <see cref="BatteryProjection"/> books.</summary>
/// <param name="IntervalSeconds">Seconds between wakes (the report interval).</param>
/// <param name="MeasurementMicroseconds">CPU-active time for sensors and encoding.</param>
/// <param name="AirtimeMicroseconds">Time on air of the uplink.</param>
/// <param name="TransmitPowerDbm">Conducted TX power.</param>
/// <param name="ReceiveWindowMicroseconds">How long each of RX1 and RX2 listens when nothing comes.</param>
public sealed record WakeSchedule(int IntervalSeconds, long MeasurementMicroseconds, long AirtimeMicroseconds, int TransmitPowerDbm, long ReceiveWindowMicroseconds);
