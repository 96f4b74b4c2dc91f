// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Radio
{
    /// <summary>
    /// What the MAC needs from a LoRa transceiver (modelled on LoRaMac-node's <c>Radio_s</c>, made synchronous
    /// because nanoFramework has no async). Every call is bounded in time and returns a <see cref="RadioStatus"/>;
    /// none throws on a hardware fault. After a fault the driver has put the chip to sleep.
    /// </summary>
    public interface IRadio
    {
        /// <summary>Resets the chip, checks its identity and leaves it asleep in LoRa mode with the public sync word.</summary>
        RadioStatus Initialize();

        /// <summary>Puts the chip into its lowest-power state that keeps configuration (warm start where the chip has one).</summary>
        RadioStatus Sleep();

        /// <summary>
        /// Sends <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/> with
        /// <paramref name="settings"/> and waits (bounded) for TxDone.
        /// </summary>
        /// <param name="settings">
        /// Frequency, modulation, power; uplinks use normal IQ and a CRC. Caller-owned and reused (the MAC refills one
        /// instance per uplink): read during the call, never changed, not kept.
        /// </param>
        /// <param name="buffer">The PHYPayload.</param>
        /// <param name="offset">Where the PHYPayload starts.</param>
        /// <param name="count">PHYPayload length, 1..255.</param>
        /// <param name="txEndMilliseconds">
        /// Clock time at TxDone, truncated to whole milliseconds (the true end lies within the following millisecond); RX1/RX2
        /// delays count from here (LoRaWAN L2 1.0.4 §3.3.1).
        /// </param>
        RadioStatus Transmit(RadioTxSettings settings, byte[] buffer, int offset, int count, out long txEndMilliseconds);

        /// <summary>
        /// Opens one receive window and waits (bounded) for RxDone or RxTimeout. The receiver listens
        /// <see cref="ReceiveStartupMicroseconds"/> after the call; the window closes after
        /// <see cref="RadioRxSettings.SymbolTimeout"/> symbols without a preamble.
        /// </summary>
        /// <param name="settings">
        /// Frequency, modulation, symbol timeout; downlinks use inverted IQ and no CRC. Caller-owned and reused: read during
        /// the call, never changed, not kept.
        /// </param>
        /// <param name="buffer">Receives the PHYPayload.</param>
        /// <param name="offset">Where to write it.</param>
        /// <param name="packet">
        /// Caller-owned, filled in place: length, RSSI, SNR and end time of what was received; cleared first, so zero length
        /// on timeout or any failure.
        /// </param>
        RadioStatus Receive(RadioRxSettings settings, byte[] buffer, int offset, RadioPacket packet);

        /// <summary>Lowest carrier the chip tunes to, in Hz. Callers check a channel against it before spending anything on a frame.</summary>
        uint MinFrequencyHz { get; }

        /// <summary>Highest carrier the chip tunes to, in Hz.</summary>
        uint MaxFrequencyHz { get; }

        /// <summary>Lowest transmit power, in dBm, that this chip on this board's PA output produces.</summary>
        int MinPowerDbm { get; }

        /// <summary>
        /// Highest transmit power, in dBm: the lower of the chip's PA limit and the board's (antenna, regulator, PA
        /// output). <see cref="Transmit"/> refuses more with <see cref="RadioStatus.InvalidPower"/>.
        /// </summary>
        int MaxPowerDbm { get; }

        /// <summary>
        /// Microseconds from a <see cref="Receive"/> call until the receiver listens: the driver's configuration (padded to a
        /// fixed allowance) plus the chip's own start (synthesizer, TCXO). Drivers pad so the receiver starts exactly this long
        /// after the call; the MAC calls <see cref="Receive"/> this much before it wants a window to open, as LoRaMac-node
        /// schedules RX1/RX2 with <c>Radio.GetWakeupTime()</c>.
        /// </summary>
        int ReceiveStartupMicroseconds { get; }

        /// <summary>A random 32-bit value from the radio's wideband noise (for back-off jitter, not keys).</summary>
        uint Random();

        /// <summary>Total time spent transmitting since start-up, in microseconds (feeds the energy ledger).</summary>
        long TransmitTimeMicroseconds { get; }

        /// <summary>Total time spent receiving since start-up, in microseconds (feeds the energy ledger).</summary>
        long ReceiveTimeMicroseconds { get; }
    }
}
