// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors;

namespace SmartCityNodes.Applications.Tests.ParkingNode
{
    /// <summary>A ParkingNodeLogic calibrated at t = 0 on an empty bay of a given field (every sample the same).</summary>
    internal static class CalibratedLogic
    {
        public static ParkingNodeLogic Create(ParkingNodeParameters parameters, ParkingReadings scratch, int x, int y, int z)
        {
            var logic = new ParkingNodeLogic(parameters);
            logic.BeginCalibration();
            scratch.Set(SensorStatus.Ok, x, y, z);
            for (int i = 0; i < parameters.CalibrationSamples; i++)
            {
                logic.AddCalibrationSample(scratch);
            }

            Assert.AreEqual(CalibrationStatus.Ok, logic.CompleteCalibration(0));
            return logic;
        }
    }
}
