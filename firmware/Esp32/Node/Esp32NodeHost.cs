// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Device.Gpio;
using System.Device.Spi;
using SmartCityNodes.Boards;
using SmartCityNodes.Drivers.Radio.Sx126x;
using SmartCityNodes.Drivers.Radio.Sx127x;
using SmartCityNodes.Hal;
using SmartCityNodes.Hal.Power;
using SmartCityNodes.Hal.Radio;
using SmartCityNodes.Runtime;
using SmartCityNodes.Runtime.Energy;
using SmartCityNodes.Runtime.Node;

namespace SmartCityNodes.Firmware.Esp32
{
    /// <summary>
    /// What every image's Program shares: the radio on the board's SPI pins and the runtime on internal flash with the
    /// ESP32 watchdog. An image's Program keeps its wake loop (<see cref="NodeProgramLoop"/>), its board choice, its
    /// sensors and its application. Device-only: it opens nanoFramework hardware.
    /// </summary>
    public static class Esp32NodeHost
    {
        /// <summary>Persistent slots: node state A/B, configuration A/B (NodeRuntimeSettings' slot numbers).</summary>
        public const int StorageSlotCount = 4;

        /// <summary>Largest slot: node state = 768-byte MAC record + runtime, planner and application records, under 2 KiB.</summary>
        public const int StorageSlotCapacityBytes = 2048;

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

        /// <summary>The node runtime on internal flash (a file per slot on I:\) with the ESP32 watchdog; no battery gauge yet.</summary>
        public static NodeRuntime CreateRuntime(BoardEnergyProfile profile, INodeApplication application, IRadio radio, IClock clock, ISleepController sleep)
        {
            return CreateRuntime(profile, application, radio, clock, sleep, SleepLimits.NoPin);
        }

        /// <summary>
        /// As the other overload, with a sensor's interrupt as the runtime's event pin (PlannerSettings.EventPin): a HIGH
        /// level on <paramref name="eventPin"/>, an RTC GPIO, wakes the node from deep or light sleep and the runtime
        /// measures at once.
        /// </summary>
        public static NodeRuntime CreateRuntime(BoardEnergyProfile profile, INodeApplication application, IRadio radio, IClock clock, ISleepController sleep, int eventPin)
        {
            var settings = new NodeRuntimeSettings();
            settings.Profile = profile;
            settings.Planner.EventPin = eventPin;
            settings.Planner.EventPinLevelHigh = true;
            return new NodeRuntime(settings, application, radio, clock, sleep, new Esp32Watchdog(clock, sleep),
                FlashFileStorage.OnInternalFlash(StorageSlotCount, StorageSlotCapacityBytes), null);
        }
    }
}
