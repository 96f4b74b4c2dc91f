// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Spi;
using SmartCityNodes.Applications;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Radio.Sx126x;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;
using SmartCityNodes.Firmware.Esp32;
using SmartCityNodes.Firmware.Esp32.Boards;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Node;

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
        /// <summary>SX1262 SPI clock: 8 MHz, half the chip's 16 MHz SCK maximum (Semtech SX1261/2 datasheet, SPI timing requirements).</summary>
        private const int RadioSpiClockHz = 8000000;

        /// <summary>Persistent slots: node state A/B, configuration A/B (NodeRuntimeSettings' slot numbers).</summary>
        private const int StorageSlotCount = 4;

        /// <summary>Largest slot: node state = 768-byte MAC record + runtime, planner and application records, under 2 KiB.</summary>
        private const int StorageSlotCapacityBytes = 2048;

        private readonly ISleepController _sleep;

        private Program(ISleepController sleep)
        {
            _sleep = sleep;
        }

        /// <summary>Creates the sleep controller first (it reads this boot's wake cause), then runs the node; never returns on the device.</summary>
        public static void Main()
        {
            ISleepController sleep = new Esp32SleepController();
            var builder = new Program(sleep);
            var decision = new NodeSleepDecision();
            while (true)
            {
                NodeProgramLoop.Run(sleep, builder, decision);
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

            ISpiDevice radioSpi = SpiDeviceAdapter.Open(board.RadioSpiBus, board.RadioSelectPin, RadioSpiClockHz, SpiMode.Mode0);
            var radio = new Sx1262(radioSpi, new GpioOutputPin(gpio, board.RadioResetPin, true),
                new GpioInputPin(gpio, board.RadioBusyPin, PinMode.Input), new GpioInputPin(gpio, board.RadioDio1Pin, PinMode.Input),
                clock, FireBeetleEsp32ESx1262.CreateRadioProfile());

            // DRDY not wired on the boards in firmware/Boards: the driver polls the STATUS register.
            I2cDeviceAdapter magnetometerBus = I2cDeviceAdapter.Open(board.I2cBus, Qmc5883l.DefaultI2cAddress, I2cBusSpeed.FastMode);
            var magnetometer = new Qmc5883l(magnetometerBus, clock, null);
            var application = new ParkingNodeApplication(new ParkingMeasurement(magnetometer), new ParkingNodeParameters());

            var settings = new NodeRuntimeSettings();
            settings.Profile = BoardEnergyProfiles.LowPowerEsp32Sx1262();
            IWatchdog watchdog = new Esp32Watchdog(clock, _sleep);
            return new NodeRuntime(settings, application, radio, clock, _sleep, watchdog,
                FlashFileStorage.OnInternalFlash(StorageSlotCount, StorageSlotCapacityBytes), null);
        }
    }
}
