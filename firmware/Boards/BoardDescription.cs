// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Drivers.Radio.Sx126x;

namespace SmartCityNodes.Boards
{
    /// <summary>
    /// Everything the firmware and the tools need to know about one board, as plain data: identity and firmware target,
    /// radio wiring, sensor buses, wake pin, battery measurement and sleep currents. A plain class with public fields
    /// (nanoFramework has no records; created once at start-up, read-only by convention). GPIO numbers are the ESP32's;
    /// -1 means "not connected". Each board's class (<see cref="TtgoLoRa32V21"/>, <see cref="HeltecWiFiLoRa32V3"/>,
    /// <see cref="FireBeetleEsp32ESx1262"/>) fills one and cites the source of every figure.
    /// </summary>
    public class BoardDescription
    {
        /// <summary>The name technicians type (<c>scn flash --board</c>), lower case with dashes.</summary>
        public string Id;

        /// <summary>The board's product name (PCB revision included where it matters).</summary>
        public string Name;

        /// <summary>The ESP32 variant on the board (module or chip marking).</summary>
        public string Chip;

        /// <summary>Flash size in megabytes.</summary>
        public int FlashMegabytes;

        /// <summary>True when the board carries PSRAM.</summary>
        public bool HasPsram;

        /// <summary>How the USB socket reaches the chip (decides where nanoFramework's wire protocol must listen).</summary>
        public string UsbSerial;

        /// <summary>The nanoFramework firmware target nanoff flashes (<c>nanoff --target</c>).</summary>
        public string NanoffTarget;

        /// <summary>Why <see cref="NanoffTarget"/> fits the board (chip revision, flash, PSRAM, wire-protocol port).</summary>
        public string NanoffTargetReason;

        /// <summary>Where the board facts and the target come from (schematics, vendor pages, nanoFramework sources).</summary>
        public string Sources;

        /// <summary>The LoRa transceiver.</summary>
        public RadioChip Radio;

        /// <summary>nanoFramework SPI bus id of the radio (1 = SPI1).</summary>
        public int RadioSpiBus;

        /// <summary>Radio SPI clock GPIO.</summary>
        public int RadioClockPin;

        /// <summary>Radio SPI MOSI GPIO.</summary>
        public int RadioMosiPin;

        /// <summary>Radio SPI MISO GPIO.</summary>
        public int RadioMisoPin;

        /// <summary>Radio chip select (NSS) GPIO.</summary>
        public int RadioSelectPin;

        /// <summary>Radio NRESET GPIO, or -1 when tied to the MCU reset.</summary>
        public int RadioResetPin;

        /// <summary>SX127x DIO0 GPIO (TxDone/RxDone), or -1 (SX126x boards).</summary>
        public int RadioDio0Pin;

        /// <summary>DIO1 GPIO: SX127x RxTimeout, SX126x IRQ line; -1 when not wired.</summary>
        public int RadioDio1Pin;

        /// <summary>SX126x BUSY GPIO, or -1 (SX127x boards).</summary>
        public int RadioBusyPin;

        /// <summary>GPIO that must be high while receiving (external RF switch RXEN of some SX1262 modules), or -1.</summary>
        public int RadioReceiveEnablePin;

        /// <summary>SX126x: the reference clock is a TCXO powered from DIO3.</summary>
        public bool RadioUsesTcxo;

        /// <summary>SX126x: DIO3 voltage for the TCXO (meaningful when <see cref="RadioUsesTcxo"/>).</summary>
        public TcxoVoltage RadioTcxoVoltage;

        /// <summary>SX126x: TCXO start-up allowance in microseconds.</summary>
        public int RadioTcxoStartupMicroseconds;

        /// <summary>SX126x: DIO2 drives the antenna switch (high during TX).</summary>
        public bool RadioDio2AsRfSwitch;

        /// <summary>SX126x: the board populates the DC-DC inductor, so the DC-DC regulator may be used.</summary>
        public bool RadioUsesDcDcRegulator;

        /// <summary>SX127x: the antenna is fed from PA_BOOST (true) or RFO (false).</summary>
        public bool RadioUsesPaBoost;

        /// <summary>Highest conducted output power the board's RF path allows, in dBm.</summary>
        public int RadioMaxPowerDbm;

        /// <summary>nanoFramework I²C bus id of the sensors (1 = I2C1).</summary>
        public int I2cBus;

        /// <summary>I²C SDA GPIO.</summary>
        public int I2cDataPin;

        /// <summary>I²C SCL GPIO.</summary>
        public int I2cClockPin;

        /// <summary>Port name of the sensor UART ("COM2"; COM1 carries nanoFramework's wire protocol).</summary>
        public string SensorUartPortName;

        /// <summary>Sensor UART TX GPIO (MCU → sensor RX).</summary>
        public int SensorUartTxPin;

        /// <summary>Sensor UART RX GPIO (sensor TX → MCU).</summary>
        public int SensorUartRxPin;

        /// <summary>
        /// Port name of the provisioning console UART: "COM3" (UART2). COM1 (UART0, the USB-serial chip) carries
        /// nanoFramework's wire protocol and is not offered to managed code (nf-interpreter ESP32 SerialPort
        /// GetDeviceSelector: "COM1 is being used for VS debug"); COM2 is the sensor UART. A 3.3 V USB-serial cable goes
        /// on the two pins below (and GND) at firmware/Runtime ConsoleWindow.BaudRate, 8N1.
        /// </summary>
        public string ConsoleUartPortName;

        /// <summary>Console UART TX GPIO (MCU → cable RX).</summary>
        public int ConsoleUartTxPin;

        /// <summary>
        /// Console UART RX GPIO (cable TX → MCU); never an input-only pad, which has no pull-up: ESP-IDF's uart_set_pin
        /// pulls RX up so a pin with no cable reads idle instead of noise.
        /// </summary>
        public int ConsoleUartRxPin;

        /// <summary>RTC-capable GPIO a sensor interrupt (e.g. the parking magnetometer's DRDY/INT) wakes the chip from deep sleep with, or -1.</summary>
        public int SensorWakePin;

        /// <summary>GPIO that switches the external sensor rail (Vext), or -1 when sensors sit on the always-on 3.3 V.</summary>
        public int SensorPowerEnablePin;

        /// <summary>True when <see cref="SensorPowerEnablePin"/> switches the rail on at low level.</summary>
        public bool SensorPowerEnableActiveLow;

        /// <summary>GPIO of the battery divider's midpoint.</summary>
        public int BatteryAdcPin;

        /// <summary>nanoFramework ADC channel number of <see cref="BatteryAdcPin"/>.</summary>
        public int BatteryAdcChannel;

        /// <summary>GPIO that connects the battery divider, or -1 when it is always connected.</summary>
        public int BatteryDividerEnablePin;

        /// <summary>True when <see cref="BatteryDividerEnablePin"/> connects the divider at high level.</summary>
        public bool BatteryDividerEnableActiveHigh;

        /// <summary>Divider resistor from the battery to the ADC pin, in ohms (-1 when only the ratio is published).</summary>
        public int BatteryDividerTopOhms;

        /// <summary>Divider resistor from the ADC pin to ground, in ohms (-1 when only the ratio is published).</summary>
        public int BatteryDividerBottomOhms;

        /// <summary>Battery voltage over ADC-pin voltage, in thousandths (2000 = ×2, 4900 = ×4.9).</summary>
        public int BatteryDividerRatioThousandths;

        /// <summary>
        /// ADC input voltage that reads the largest raw value (4095) with the attenuation nanoFramework opens ESP32 ADC
        /// channels at (11 dB, 12-bit: nf-interpreter System.Device.Adc AdcController NativeOpenChannel), in millivolts.
        /// Nominal only: the ESP32's ADC is non-linear near both ends and its reference varies from chip to chip, so a
        /// production node gets a two-point BatteryCalibration.
        /// </summary>
        public int BatteryAdcFullScaleMillivolts;

        /// <summary>
        /// ESP32 chip alone in deep sleep with the RTC timer and RTC memory on, in nanoamps (Espressif datasheet).
        /// All current fields are in nanoamps so sub-microamp radio figures keep their value; -1 = no published figure
        /// found (measure it on the board: see firmware/Boards/README.md).
        /// </summary>
        public int ChipDeepSleepNanoamps;

        /// <summary>Quiescent current of the 3.3 V regulator at no load, in nanoamps (its datasheet), or -1.</summary>
        public int RegulatorQuiescentNanoamps;

        /// <summary>USB-UART bridge current on battery with USB unplugged, in nanoamps; 0 when it is powered from VBUS only; -1 unknown.</summary>
        public int UsbSerialIdleNanoamps;

        /// <summary>Always-on LEDs (power/charge indicators) on battery, in nanoamps; 0 when none is lit on battery; -1 unknown.</summary>
        public int LedsNanoamps;

        /// <summary>Battery divider current while connected at 4.2 V, in nanoamps (4.2 V over top + bottom); 0 when switched off in sleep.</summary>
        public int BatteryDividerNanoamps;

        /// <summary>Radio in the sleep mode our driver uses (SX1276 Sleep, SX1262 warm-start sleep), in nanoamps (Semtech datasheet).</summary>
        public int RadioSleepNanoamps;

        /// <summary>Whole board in deep sleep, from battery, in nanoamps: a published measurement, or -1 when none was found.</summary>
        public int BoardDeepSleepNanoamps;

        /// <summary>Where each current figure comes from.</summary>
        public string CurrentSources;
    }
}
