// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.ParkingNode
{
    /// <summary>Result of the installation calibration. On anything but <see cref="Ok"/> the old baseline (if any) stays.</summary>
    public enum CalibrationStatus : byte
    {
        /// <summary>Baseline taken.</summary>
        Ok = 0,

        /// <summary>Fewer valid samples than <see cref="ParkingNodeParameters.CalibrationSamples"/>.</summary>
        TooFewSamples = 1,

        /// <summary>An axis moved more than <see cref="ParkingNodeParameters.CalibrationMaxSpreadMilligauss"/> during calibration: the bay was not quiet.</summary>
        Unstable = 2,
    }
}
