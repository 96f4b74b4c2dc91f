// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Device.Adc;
using System.Device.Gpio;
using System.Device.Spi;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Sensors.Battery;
using SmartCityNodes.Drivers.Radio.Sx126x;
using SmartCityNodes.Drivers.Radio.Sx127x;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Node;
using SmartCityNodes.Runtime.Provisioning;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// What every image's Program shares: the radio on the board's SPI pins, the runtime on internal flash with the
    /// ESP32 watchdog and the board's battery gauge, and the provisioning console's boot window on the board's console
    /// UART. An image's Program keeps its wake loop (<see cref="NodeProgramLoop"/>), its board choice, its sensors and its
    /// application. Device-only: it opens nanoFramework hardware.
    /// </summary>
    public static class Esp32NodeHost
    {
        /// <summary>Persistent slots: node state A/B, configuration A/B (NodeRuntimeSettings' slot numbers).</summary>
        public const int StorageSlotCount = 4;

        /// <summary>Largest slot: node state = 768-byte MAC record + runtime, planner and application records, under 2 KiB.</summary>
        public const int StorageSlotCapacityBytes = 2048;

        /// <summary>Firmware version of the images, major: the status message and the console's ID reply show it.</summary>
        public const int FirmwareMajor = 1;

        /// <summary>Firmware version, minor.</summary>
        public const int FirmwareMinor = 0;

        /// <summary>Firmware version, patch.</summary>
        public const int FirmwarePatch = 0;

        /// <summary>SX1262 SPI clock: 8 MHz, half the chip's 16 MHz SCK maximum (Semtech SX1261/2 datasheet, SPI timing requirements).</summary>
        public const int Sx1262SpiClockHz = 8000000;

        /// <summary>SX1276 SPI clock: 8 MHz, below the chip's 10 MHz SCK maximum (Semtech SX1276/77/78/79 datasheet, SPI timing specification F_SCK).</summary>
        public const int Sx1276SpiClockHz = 8000000;

        /// <summary>An SX1262 on the board's radio pins (NSS, NRESET, BUSY, DIO1).</summary>
        public static IRadio CreateSx1262(BoardDescription board, Sx126xBoardProfile profile, GpioController gpio, IClock clock)
        {
            ISpiDevice spi = SpiDeviceAdapter.Open(board.RadioSpiBus, board.RadioSelectPin, Sx1262SpiClockHz, SpiMode.Mode0);
            return new Sx1262(spi, new GpioOutputPin(gpio, board.RadioResetPin, true),
                new GpioInputPin(gpio, board.RadioBusyPin, PinMode.Input), new GpioInputPin(gpio, board.RadioDio1Pin, PinMode.Input),
                clock, profile);
        }

        /// <summary>An SX1276 on the board's radio pins (NSS, NRESET, DIO0, DIO1).</summary>
        public static IRadio CreateSx1276(BoardDescription board, Sx127xBoardProfile profile, GpioController gpio, IClock clock)
        {
            ISpiDevice spi = SpiDeviceAdapter.Open(board.RadioSpiBus, board.RadioSelectPin, Sx1276SpiClockHz, SpiMode.Mode0);
            return new Sx1276(spi, new GpioOutputPin(gpio, board.RadioResetPin, true),
                new GpioInputPin(gpio, board.RadioDio0Pin, PinMode.Input), new GpioInputPin(gpio, board.RadioDio1Pin, PinMode.Input),
                clock, profile);
        }

        /// <summary>
        /// The node runtime on internal flash (a file per slot on I:\) with the ESP32 watchdog and the board's battery
        /// gauge (<see cref="CreateBatteryGauge"/>); an unprovisioned node sleeps until the next reset after its console
        /// window (<see cref="ConsoleWindow.UnprovisionedSleepMilliseconds"/>).
        /// </summary>
        /// <param name="board">The board (pins routed with Esp32Pins.Configure).</param>
        /// <param name="gpio">The image's GPIO controller (the divider switch, if the board has one).</param>
        /// <param name="profile">The board's energy profile.</param>
        /// <param name="application">The image's application.</param>
        /// <param name="radio">The radio.</param>
        /// <param name="clock">The awake clock.</param>
        /// <param name="sleep">The sleep controller created first in Main.</param>
        /// <returns>The runtime of this boot.</returns>
        public static NodeRuntime CreateRuntime(BoardDescription board, GpioController gpio, BoardEnergyProfile profile, INodeApplication application, IRadio radio, IClock clock, ISleepController sleep)
        {
            return CreateRuntime(board, gpio, profile, application, radio, clock, sleep, SleepLimits.NoPin);
        }

        /// <summary>
        /// As the other overload, with a sensor's interrupt as the runtime's event pin (PlannerSettings.EventPin): a HIGH
        /// level on <paramref name="eventPin"/>, an RTC GPIO, wakes the node from deep or light sleep and the runtime
        /// measures at once.
        /// </summary>
        /// <param name="board">The board (pins routed with Esp32Pins.Configure).</param>
        /// <param name="gpio">The image's GPIO controller (the divider switch, if the board has one).</param>
        /// <param name="profile">The board's energy profile.</param>
        /// <param name="application">The image's application.</param>
        /// <param name="radio">The radio.</param>
        /// <param name="clock">The awake clock.</param>
        /// <param name="sleep">The sleep controller created first in Main.</param>
        /// <param name="eventPin">The wake pin, or SleepLimits.NoPin.</param>
        /// <returns>The runtime of this boot.</returns>
        public static NodeRuntime CreateRuntime(BoardDescription board, GpioController gpio, BoardEnergyProfile profile, INodeApplication application, IRadio radio, IClock clock, ISleepController sleep, int eventPin)
        {
            var settings = new NodeRuntimeSettings();
            settings.Profile = profile;
            settings.FirmwareMajor = FirmwareMajor;
            settings.FirmwareMinor = FirmwareMinor;
            settings.FirmwarePatch = FirmwarePatch;
            settings.UnprovisionedSleepMilliseconds = ConsoleWindow.UnprovisionedSleepMilliseconds;
            settings.Planner.EventPin = eventPin;
            settings.Planner.EventPinLevelHigh = true;
            return new NodeRuntime(settings, application, radio, clock, sleep, new Esp32Watchdog(clock, sleep),
                FlashFileStorage.OnInternalFlash(StorageSlotCount, StorageSlotCapacityBytes), CreateBatteryGauge(board, gpio, clock));
        }

        /// <summary>
        /// The board's switched sensor rail (<see cref="BoardDescription.SensorPowerEnablePin"/>), opened off, or null when
        /// the board powers its sensors from the always-on supply.
        /// </summary>
        /// <param name="board">The board.</param>
        /// <param name="gpio">The image's GPIO controller.</param>
        /// <param name="clock">The awake clock (the sensors' power-up wait).</param>
        /// <returns>The rail, or null.</returns>
        public static SensorRail CreateSensorRail(BoardDescription board, GpioController gpio, IClock clock)
        {
            if (board.SensorPowerEnablePin < 0)
            {
                return null;
            }

            return new SensorRail(new GpioOutputPin(gpio, board.SensorPowerEnablePin, board.SensorPowerEnableActiveLow), board.SensorPowerEnableActiveLow, clock);
        }

        /// <summary>
        /// The battery voltage through the board's divider: its ADC1 channel (nanoFramework opens it at 11 dB, 12-bit), the
        /// divider switch if the board has one (left off between readings), the board's divider and full scale
        /// (<see cref="BoardBatteryMonitors"/>), 8 conversions averaged. The Li-ion curve is only for the state of charge,
        /// which the gauge does not report.
        /// </summary>
        /// <param name="board">The board.</param>
        /// <param name="gpio">The image's GPIO controller.</param>
        /// <param name="clock">The awake clock (divider settle time).</param>
        /// <returns>The gauge.</returns>
        public static IBatteryGauge CreateBatteryGauge(BoardDescription board, GpioController gpio, IClock clock)
        {
            IOutputPin dividerEnable = null;
            if (board.BatteryDividerEnablePin >= 0)
            {
                // Opened at its off level: the divider draws nothing until the first reading.
                dividerEnable = new GpioOutputPin(gpio, board.BatteryDividerEnablePin, !board.BatteryDividerEnableActiveHigh);
            }

            var adc = new AdcChannelAdapter(new AdcController(), board.BatteryAdcChannel);
            return new BatteryMonitorGauge(BoardBatteryMonitors.Create(board, adc, dividerEnable, clock, StateOfChargeCurves.LithiumIon));
        }

        /// <summary>
        /// The provisioning console's boot window on the board's console UART (<see cref="BoardDescription.ConsoleUartPortName"/>,
        /// COM3, at <see cref="ConsoleWindow.BaudRate"/>). Creating it opens nothing: the port opens only when a reset boot
        /// opens the window inside <see cref="NodeProgramLoop"/>.
        /// </summary>
        /// <param name="board">The board.</param>
        /// <returns>The window, closed.</returns>
        public static ConsoleWindow CreateConsoleWindow(BoardDescription board)
        {
            return new ConsoleWindow(new SerialConsoleOpener(board.ConsoleUartPortName), new SystemClock(), FirmwareMajor, FirmwareMinor, FirmwarePatch);
        }
    }
}
