// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Drivers.Sensors.Pms5003;
using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Scenarios;
using SmartCityNodes.Simulator.Simulation;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Sensors;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>AirNode: PMS5003 driver on its UART model, BME680 simulator, the duty-cycled particulate plan of AirNodeLogic.</summary>
    internal sealed class AirFirmwareNode : FirmwareNode
    {
        private readonly AirEnvironment _environment;
        private readonly AirNodeParameters _parameters;
        private long _fanOnSince = -1;

        public AirFirmwareNode(string name, NodeIdentity identity, bool otaa, SimulatedBoard board, AirLink link, ulong seed, AirEnvironment environment, AirNodeParameters parameters)
            : base(name, "air", identity, otaa, board, link, seed)
        {
            _environment = environment;
            _parameters = parameters;
        }

        /// <summary>PMS5003 standby ≤ 200 µA (Plantower manual V2.3, via the driver constant) plus BME680 sleep 0.15 µA.</summary>
        protected override double SleepExtraMicroamperes => Pms5003.StandbyCurrentMicroamperes + 0.15;

        protected override long RunApplication(long now, VirtualClock clock, out bool send, out int fPort, out byte[] payload, out string kind)
        {
            var logic = new AirNodeLogic(_parameters);
            byte[]? state = Flash.Read(AppRecord);
            if (state != null && logic.ReadState(state, 0, state.Length) != StateRecordStatus.Ok)
            {
                Statistics.AppStateRestoreFailures++;
            }

            var model = new Pms5003Model(clock);
            var (pm1, pm25, pm10) = _environment.Concentrations(now);
            model.SetConcentrations(pm1, pm25, pm10, pm1, pm25, pm10);
            var bme = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme680, EnvironmentPowerProfiles.Bme680ForcedWithGas);
            bme.SetValues((int)Math.Round(_environment.TemperatureCelsius(now) * 100), (int)Math.Round(_environment.RelativeHumidityPercent(now) * 100), 101325, 50000);
            var measurement = new AirMeasurement(bme, new Pms5003(model, clock));
            var readings = new AirReadings();
            var report = new AirReport();

            AirStep step = logic.PlanStep(now);
            measurement.Perform(step, readings);
            send = logic.Complete(now, readings, report);
            if (step == AirStep.WakeParticulateSensor)
            {
                _fanOnSince = now;
            }
            else if (step == AirStep.FinalSample && _fanOnSince >= 0)
            {
                // The fan ran from the wake command to the final sample, across the MCU's deep sleeps.
                // The fan's current while the MCU deep-sleeps through the warm-up and between samples: sensor current only.
                Energy.Ledger.Book(SmartCityNodes.Runtime.Energy.EnergyPhase.SensorWarmUp, Pms5003.ActiveCurrentMicroamperes * 1000L, (now + clock.UptimeMilliseconds - _fanOnSince) * 1000);
                _fanOnSince = -1;
            }

            var buffer = new byte[AirNodeLogic.StateLength];
            logic.WriteState(buffer, 0);
            kind = CompleteWake(buffer, send, now, report.Reason, report.Events.ToString(), report.Pm25MicrogramsPerCubicMetre);
            fPort = 1;
            payload = send ? ReportEncoding.Air(report, out fPort) : Array.Empty<byte>();

            return report.NextWakeAtMilliseconds;
        }
    }
}
