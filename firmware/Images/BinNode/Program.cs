// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Device.Gpio;
using System.Device.Spi;
using SmartCityNodes.Applications;
using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Radio.Sx126x;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Firmware.Esp32;
using SmartCityNodes.Firmware.Esp32.Boards;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Node;

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

        /// <summary>Board pins, radio, ranger, application and runtime, once per boot.</summary>
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

            // RX of the A02YYUW left floating: processed output (the driver's mode-select pin is optional).
            var ranger = new A02yyuw(new SerialPortAdapter(board.SensorUartPortName, A02yyuw.BaudRate), clock, null);
            var application = new BinNodeApplication(new BinMeasurement(ranger, null, null), new BinNodeParameters());

            var settings = new NodeRuntimeSettings();
            settings.Profile = BoardEnergyProfiles.LowPowerEsp32Sx1262();
            IWatchdog watchdog = new Esp32Watchdog(clock, _sleep);
            return new NodeRuntime(settings, application, radio, clock, _sleep, watchdog,
                FlashFileStorage.OnInternalFlash(StorageSlotCount, StorageSlotCapacityBytes), null);
        }
    }
}
