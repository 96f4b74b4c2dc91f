// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Device.Gpio;
using SmartCityNodes.Applications;
using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Firmware.Esp32;
using SmartCityNodes.Firmware.Esp32.Boards;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.Runtime.Provisioning;

namespace SmartCityNodes.Images.BinNode
{
    /// <summary>
    /// Entry point of the BinNode image (smart-bin fill level, A02YYUW ultrasonic ranger on the sensor UART). Board:
    /// DFRobot FireBeetle ESP32-E + SX1262 — of the boards in firmware/Boards the only one with a measured deep-sleep
    /// current (23 µA, no USB-serial chip or LEDs drawing through sleep), and a bin node spends nearly all its life asleep
    /// between 15-minute reports. It has no environment sensor (the image leaves the BME280 binding out), so the ranger's
    /// speed-of-sound correction uses the default temperature. Every path ends in sleep: see <see cref="NodeProgramLoop"/>.
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
            ConsoleWindow console = Esp32NodeHost.CreateConsoleWindow(FireBeetleEsp32ESx1262.Describe());
            while (true)
            {
                NodeProgramLoop.Run(sleep, reset, builder, decision, console);
            }
        }

        /// <summary>Board pins, radio, ranger, application and runtime, once per boot.</summary>
        /// <returns>The runtime of this boot.</returns>
        public NodeRuntime Build()
        {
            BoardDescription board = FireBeetleEsp32ESx1262.Describe();
            Esp32Pins.Configure(board);
            IClock clock = new SystemClock();
            var gpio = new GpioController();

            IRadio radio = Esp32NodeHost.CreateSx1262(board, FireBeetleEsp32ESx1262.CreateRadioProfile(), gpio, clock);

            // RX of the A02YYUW left floating: processed output (the driver's mode-select pin is optional). The ranger sits on
            // the switched sensor rail; the tilt switch (to 3.3 V, external pull-down: HIGH = tilted) on the RTC wake pin
            // is the runtime's event pin.
            var ranger = new A02yyuw(new SerialPortAdapter(board.SensorUartPortName, A02yyuw.BaudRate), clock, null);
            var tilt = new GpioInputPin(gpio, board.SensorWakePin, PinMode.Input);
            var measurement = new BinMeasurement(ranger, null, tilt, Esp32NodeHost.CreateSensorRail(board, gpio, clock));
            var application = new BinNodeApplication(measurement, new BinNodeParameters());

            return Esp32NodeHost.CreateRuntime(board, gpio, BoardEnergyProfiles.LowPowerEsp32Sx1262(), application, radio, clock, _sleep, board.SensorWakePin);
        }
    }
}
