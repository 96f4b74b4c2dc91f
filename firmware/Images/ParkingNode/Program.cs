// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Device.Gpio;
using System.Device.I2c;
using SmartCityNodes.Applications;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;
using SmartCityNodes.Firmware.Esp32;
using SmartCityNodes.Firmware.Esp32.Boards;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.Runtime.Provisioning;

namespace SmartCityNodes.Images.ParkingNode
{
    /// <summary>
    /// Entry point of the ParkingNode image (parking occupancy: QMC5883L magnetometer on the sensor I²C bus). Board:
    /// DFRobot FireBeetle ESP32-E + SX1262 — of the boards in firmware/Boards the only one with a measured deep-sleep
    /// current (23 µA): a parking node sits in the road surface for years on one battery and sleeps between short
    /// magnetometer polls. Every path ends in sleep: see <see cref="NodeProgramLoop"/>.
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

        /// <summary>Board pins, radio, magnetometer, application and runtime, once per boot.</summary>
        /// <returns>The runtime of this boot.</returns>
        public NodeRuntime Build()
        {
            BoardDescription board = FireBeetleEsp32ESx1262.Describe();
            Esp32Pins.Configure(board);
            IClock clock = new SystemClock();
            var gpio = new GpioController();

            IRadio radio = Esp32NodeHost.CreateSx1262(board, FireBeetleEsp32ESx1262.CreateRadioProfile(), gpio, clock);

            // DRDY not wired on the boards in firmware/Boards: the driver polls the STATUS register.
            I2cDeviceAdapter magnetometerBus = I2cDeviceAdapter.Open(board.I2cBus, Qmc5883l.DefaultI2cAddress, I2cBusSpeed.FastMode);
            var magnetometer = new Qmc5883l(magnetometerBus, clock, null);
            var application = new ParkingNodeApplication(new ParkingMeasurement(magnetometer), new ParkingNodeParameters());

            return Esp32NodeHost.CreateRuntime(board, gpio, BoardEnergyProfiles.LowPowerEsp32Sx1262(), application, radio, clock, _sleep);
        }
    }
}
