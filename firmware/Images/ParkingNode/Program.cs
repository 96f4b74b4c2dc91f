// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Device.Gpio;
using System.Device.I2c;
using SmartCityNodes.Applications;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;
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
    /// Entry point of the ParkingNode image (parking occupancy: LIS3MDL magnetometer on the sensor I²C bus, its INT on the
    /// board's wake pin). Board: DFRobot FireBeetle ESP32-E + SX1262 — of the boards in firmware/Boards the only one with a
    /// measured deep-sleep current (23 µA): a parking node sits in the road surface for years on one battery, deep asleep
    /// while the LIS3MDL watches the field and wakes it by interrupt (firmware/Applications/ParkingNode/README.md). Every
    /// path ends in sleep: see <see cref="NodeProgramLoop"/>.
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

            // LIS3MDL with SDO/SA1 to GND: address 0x1C (datasheet DocID024204 Rev 6, section 5.1.1); DRDY not wired (the
            // driver polls STATUS_REG). INT on the board's wake pin: an RTC GPIO, so the ESP32 wakes on it from deep sleep
            // (ext0, level HIGH: the watch arms INT so that HIGH means "the field changed"). INT is driven both ways (IEA
            // picks either active level, no open-drain option in the register map), so the input needs no pull: GPIO34–39
            // have none anyway.
            I2cDeviceAdapter magnetometerBus = I2cDeviceAdapter.Open(board.I2cBus, Lis3mdl.I2cAddressSa1Low, I2cBusSpeed.FastMode);
            var interruptPin = new GpioInputPin(gpio, board.SensorWakePin, PinMode.Input);
            var watch = new Lis3mdlParkingWatch(new Lis3mdl(magnetometerBus, clock, interruptPin), interruptPin);
            var parameters = new ParkingNodeParameters();
            parameters.InterruptWake = true;
            var application = new ParkingNodeApplication(watch, parameters);

            return Esp32NodeHost.CreateRuntime(board, gpio, BoardEnergyProfiles.LowPowerEsp32Sx1262(), application, radio, clock, _sleep, board.SensorWakePin);
        }
    }
}
