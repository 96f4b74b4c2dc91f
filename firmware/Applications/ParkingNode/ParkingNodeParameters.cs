// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>
    /// Everything a ParkingNode installation can tune. Each property has a real default and a range;
    /// <see cref="Validate"/> names the first bad field. The field thresholds are starting points to tune per site
    /// (a car's steel changes the field above a ground sensor by roughly 100 mG to over 1 G depending on height and model).
    /// </summary>
    public sealed class ParkingNodeParameters : IApplicationParameters
    {
        /// <summary>Deviation from the baseline at or above which a car is suspected, mG. Default 150; 20..5000.</summary>
        public int OccupiedDeviationMilligauss { get; set; } = 150;

        /// <summary>Deviation below which a departure is suspected, mG (the hysteresis gap). Default 80; 10..occupied − 1.</summary>
        public int VacantDeviationMilligauss { get; set; } = 80;

        /// <summary>A suspected change must hold this long before it counts, s (a passing truck does not). Default 20; 2..600.</summary>
        public int ConfirmationSeconds { get; set; } = 20;

        /// <summary>Re-check interval while confirming, s. Default 5; 1..confirmation.</summary>
        public int ConfirmationPollSeconds { get; set; } = 5;

        /// <summary>True when the magnetometer's threshold interrupt wakes the node (LIS3MDL); false when the node polls (QMC5883L). Default false.</summary>
        public bool InterruptWake { get; set; }

        /// <summary>Polling interval of a polled magnetometer, s: the detection latency is at most this plus the confirmation. Default 30; 5..3600.</summary>
        public int PollIntervalSeconds { get; set; } = 30;

        /// <summary>
        /// With interrupt wake, poll this often whenever the interrupt cannot watch the next change, s: the LIS3MDL compares
        /// each axis's absolute field with one threshold, so a car whose departure (or arrival) changes no axis's magnitude
        /// by twice <see cref="DriftStableMilligauss"/> cannot be armed for; also in a magnetometer fault. The departure (or
        /// arrival) latency of such a bay is at most this plus the confirmation. Default 300; 5..3600
        /// (firmware/Applications/ParkingNode/README.md: why 300 s and not 60 s).
        /// </summary>
        public int OccupiedPollIntervalSeconds { get; set; } = 300;

        /// <summary>
        /// With interrupt wake, the safety poll while the interrupt watches, s: the baseline's drift is tracked (vacant) and an
        /// interrupt the arming could not see, or a pin wake the runtime masked, is caught at the latest this long after it
        /// happened. Default 900; 60..86400 (firmware/Applications/ParkingNode/README.md: why 15 min).
        /// </summary>
        public int DriftTrackIntervalSeconds { get; set; } = 900;

        /// <summary>
        /// With interrupt wake, interrupt wakes that change nothing (a passing car, a waved magnet, a chattering field)
        /// allowed between two drift polls; after that many the interrupt stays disarmed until the next drift poll, so a
        /// storm costs at most this many interrupt wakes (and their confirmation re-checks) per drift-poll interval.
        /// Default 3; 1..20.
        /// </summary>
        public int InterruptWakesPerDriftPoll { get; set; } = 3;

        /// <summary>Heartbeat when nothing changed, s. Default 10800 (3 h, as Nwave's sensors); 600..86400.</summary>
        public int HeartbeatSeconds { get; set; } = 10800;

        /// <summary>The baseline moves 1/divisor of the deviation per vacant, stable reading. Default 8; 2..256.</summary>
        public int DriftTrackingDivisor { get; set; } = 8;

        /// <summary>Drift is tracked only while the deviation is below this, mG (vacant and stable). Default 40; 1..vacant.</summary>
        public int DriftStableMilligauss { get; set; } = 40;

        /// <summary>Consecutive failed reads before the state becomes <see cref="ParkingState.Fault"/>. Default 3; 1..20.</summary>
        public int FaultAfterFailures { get; set; } = 3;

        /// <summary>Readings averaged into the installation baseline. Default 8; 1..32.</summary>
        public int CalibrationSamples { get; set; } = 8;

        /// <summary>Largest max − min per axis allowed during calibration, mG. Default 30; 1..1000.</summary>
        public int CalibrationMaxSpreadMilligauss { get; set; } = 30;

        /// <summary>Checks every field.</summary>
        /// <returns>Null when valid, else the name of the first bad property.</returns>
        public string Validate()
        {
            if (!IntegerMath.InRange(OccupiedDeviationMilligauss, 20, 5000))
            {
                return nameof(OccupiedDeviationMilligauss);
            }

            if (!IntegerMath.InRange(VacantDeviationMilligauss, 10, OccupiedDeviationMilligauss - 1))
            {
                return nameof(VacantDeviationMilligauss);
            }

            if (!IntegerMath.InRange(ConfirmationSeconds, 2, 600))
            {
                return nameof(ConfirmationSeconds);
            }

            if (!IntegerMath.InRange(ConfirmationPollSeconds, 1, ConfirmationSeconds))
            {
                return nameof(ConfirmationPollSeconds);
            }

            if (!IntegerMath.InRange(PollIntervalSeconds, 5, 3600))
            {
                return nameof(PollIntervalSeconds);
            }

            if (!IntegerMath.InRange(OccupiedPollIntervalSeconds, 5, 3600))
            {
                return nameof(OccupiedPollIntervalSeconds);
            }

            if (!IntegerMath.InRange(DriftTrackIntervalSeconds, 60, 86400))
            {
                return nameof(DriftTrackIntervalSeconds);
            }

            if (!IntegerMath.InRange(InterruptWakesPerDriftPoll, 1, 20))
            {
                return nameof(InterruptWakesPerDriftPoll);
            }

            if (!IntegerMath.InRange(HeartbeatSeconds, 600, 86400))
            {
                return nameof(HeartbeatSeconds);
            }

            if (!IntegerMath.InRange(DriftTrackingDivisor, 2, 256))
            {
                return nameof(DriftTrackingDivisor);
            }

            if (!IntegerMath.InRange(DriftStableMilligauss, 1, VacantDeviationMilligauss))
            {
                return nameof(DriftStableMilligauss);
            }

            if (!IntegerMath.InRange(FaultAfterFailures, 1, 20))
            {
                return nameof(FaultAfterFailures);
            }

            if (!IntegerMath.InRange(CalibrationSamples, 1, 32))
            {
                return nameof(CalibrationSamples);
            }

            if (!IntegerMath.InRange(CalibrationMaxSpreadMilligauss, 1, 1000))
            {
                return nameof(CalibrationMaxSpreadMilligauss);
            }

            return null;
        }

        /// <summary>Copies every field of <paramref name="other"/>, a <see cref="ParkingNodeParameters"/> (no allocation).</summary>
        /// <param name="other">Parameters to copy.</param>
        public void CopyFrom(IApplicationParameters other)
        {
            ParkingNodeParameters source = (ParkingNodeParameters)other;
            OccupiedDeviationMilligauss = source.OccupiedDeviationMilligauss;
            VacantDeviationMilligauss = source.VacantDeviationMilligauss;
            ConfirmationSeconds = source.ConfirmationSeconds;
            ConfirmationPollSeconds = source.ConfirmationPollSeconds;
            InterruptWake = source.InterruptWake;
            PollIntervalSeconds = source.PollIntervalSeconds;
            OccupiedPollIntervalSeconds = source.OccupiedPollIntervalSeconds;
            DriftTrackIntervalSeconds = source.DriftTrackIntervalSeconds;
            InterruptWakesPerDriftPoll = source.InterruptWakesPerDriftPoll;
            HeartbeatSeconds = source.HeartbeatSeconds;
            DriftTrackingDivisor = source.DriftTrackingDivisor;
            DriftStableMilligauss = source.DriftStableMilligauss;
            FaultAfterFailures = source.FaultAfterFailures;
            CalibrationSamples = source.CalibrationSamples;
            CalibrationMaxSpreadMilligauss = source.CalibrationMaxSpreadMilligauss;
        }
    }
}
