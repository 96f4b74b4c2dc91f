// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Device.Gpio;
using System.Device.I2c;
using SmartCityNodes.Applications;
using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Boards;
using Iot.Device.Bmxx80;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Drivers.Sensors.Pms5003;
using SmartCityNodes.Firmware.Esp32;
using SmartCityNodes.Firmware.Esp32.Boards;
using SmartCityNodes.Firmware.Esp32.Sensors;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.Runtime.Provisioning;

namespace SmartCityNodes.Images.AirNode
{
    /// <summary>
    /// Entry point of the AirNode image (air quality: PMS5003 particulate sensor on the sensor UART, BME280 on the sensor
    /// I²C bus). Board: LilyGO TTGO LoRa32 v2.1 (SX1276). An air node's energy is dominated by the particulate sensor's
    /// fan (PMS5003 datasheet: active current up to 100 mA during every sampling cycle), not by the board's sleep current,
    /// so the FireBeetle's lower deep-sleep current buys little here; the TTGO is the common ESP32 + SX1276 board and puts
    /// the SX1276 driver into a shipped image. Every path ends in sleep: see <see cref="NodeProgramLoop"/>.
    /// </summary>
    public sealed class Program : INodeBuilder
    {
        private readonly ISleepController _sleep;

        private Program(ISleepController sleep)
        {
            _sleep = sleep;
        }

        /// <summary>
        /// Creates the sleep controller first (it reads this boot's wake cause), then runs the node with a true reset and,
        /// after a reset boot, the provisioning console's window on the board's console UART; never returns on the device.
        /// </summary>
        public static void Main()
        {
            ISleepController sleep = new Esp32SleepController();
            var builder = new Program(sleep);
            var decision = new NodeSleepDecision();
            IResetController reset = new Esp32ResetController();
            ConsoleWindow console = Esp32NodeHost.CreateConsoleWindow(TtgoLoRa32V21.Describe());
            while (true)
            {
                NodeProgramLoop.Run(sleep, reset, builder, decision, console);
            }
        }

        /// <summary>Board pins, radio, particulate and environment sensors, application and runtime, once per boot.</summary>
        /// <returns>The runtime of this boot.</returns>
        public NodeRuntime Build()
        {
            BoardDescription board = TtgoLoRa32V21.Describe();
            Esp32Pins.Configure(board);
            IClock clock = new SystemClock();
            var gpio = new GpioController();

            IRadio radio = Esp32NodeHost.CreateSx1276(board, TtgoLoRa32V21.CreateRadioProfile(), gpio, clock);

            var particulate = new Pms5003(new SerialPortAdapter(board.SensorUartPortName, Pms5003.BaudRate), clock);
            // BME280 breakouts strap SDO high (0x77, Bosch BME280 datasheet §6.2); a missing chip becomes a sensor that reports WrongDevice.
            I2cDeviceAdapter environmentBus = I2cDeviceAdapter.Open(board.I2cBus, Bme280.DefaultI2cAddress, I2cBusSpeed.FastMode);
            IEnvironmentSensor environment = Bmxx80EnvironmentSensor.CreateBme280(environmentBus.Device);
            var application = new AirNodeApplication(new AirMeasurement(environment, particulate), new AirNodeParameters());

            return Esp32NodeHost.CreateRuntime(board, gpio, BoardEnergyProfiles.TtgoLoRa32V21(), application, radio, clock, _sleep);
        }
    }
}
