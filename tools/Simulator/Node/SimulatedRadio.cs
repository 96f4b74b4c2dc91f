// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;
using SmartCityNodes.TestSupport;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// An <see cref="IRadio"/> at frame level bridged to the channel model and the network server: a transmission
    /// takes its LoRa time on air on the node's virtual clock and is handed to <see cref="IAirInterface"/>; a
    /// receive window gets the network's downlink only if it opens on the frequency and spreading factor the
    /// network sent on, at the time it sent, and the channel lets it through; otherwise it times out after its
    /// symbol timeout. Times on air come from drivers/Hal LoRaAirtime (the formula of Semtech AN1200.13).
    /// </summary>
    internal sealed class SimulatedRadio : IRadio
    {
        /// <summary>How far a window may open from the network's send time and still catch the preamble (the MAC opens early by its clock error).</summary>
        public const int WindowToleranceMilliseconds = 100;

        private readonly VirtualClock _clock;
        private readonly IAirInterface _air;
        private readonly PendingDownlink _pending = new PendingDownlink();
        private uint _random;

        public SimulatedRadio(VirtualClock clock, IAirInterface air, uint seed, int maxPowerDbm)
        {
            _clock = clock;
            _air = air;
            _random = seed == 0 ? 0x9E3779B9u : seed;
            MaxPowerDbm = maxPowerDbm;
        }

        public uint MinFrequencyHz => 137000000;
        public uint MaxFrequencyHz => 1020000000;
        public int MinPowerDbm => -4;
        public int MaxPowerDbm { get; }
        /// <summary>A frame-level radio listens at the call (the chip drivers' start-up time is theirs to model).</summary>
        public int ReceiveStartupMicroseconds => 0;

        public long TransmitTimeMicroseconds { get; private set; }
        public long ReceiveTimeMicroseconds { get; private set; }

        /// <summary>Conducted power of the last transmission, dBm (for the energy ledger).</summary>
        public int LastPowerDbm { get; private set; }

        public int Transmissions { get; private set; }

        public RadioStatus Initialize() => RadioStatus.Ok;

        public RadioStatus Sleep() => RadioStatus.Ok;

        public RadioStatus Transmit(RadioTxSettings settings, byte[] buffer, int offset, int count, out long txEndMilliseconds)
        {
            long airtime = LoRaAirtime.UplinkTimeOnAirMicroseconds(settings.SpreadingFactor, settings.BandwidthHz, count);
            _clock.AdvanceMicroseconds(airtime);
            txEndMilliseconds = _clock.UptimeMilliseconds;
            TransmitTimeMicroseconds += airtime;
            Transmissions++;
            LastPowerDbm = settings.PowerDbm;

            _pending.Clear();
            _air.Transmitted(settings, buffer, offset, count, txEndMilliseconds, airtime, _pending);
            return RadioStatus.Ok;
        }

        public RadioStatus Receive(RadioRxSettings settings, byte[] buffer, int offset, RadioPacket packet)
        {
            packet.Clear();
            long now = _clock.UptimeMilliseconds;
            if (_pending.Frame != null
                && settings.FrequencyHz == _pending.FrequencyHz
                && settings.SpreadingFactor == _pending.SpreadingFactor
                && Math.Abs(now - _pending.OpenUptimeMilliseconds) <= WindowToleranceMilliseconds)
            {
                byte[] frame = _pending.Frame;
                _pending.Clear();
                if (frame.Length <= settings.MaxLength && _air.DownlinkReceived(_pending, out int rssi, out int snr))
                {
                    long airtime = LoRaAirtime.TimeOnAirMicroseconds(settings.SpreadingFactor, settings.BandwidthHz, frame.Length, LoRaAirtime.LoRaWanCodingRateDenominator, LoRaAirtime.LoRaWanPreambleSymbols, true, false);
                    _clock.AdvanceMicroseconds(airtime);
                    ReceiveTimeMicroseconds += airtime;
                    Array.Copy(frame, 0, buffer, offset, frame.Length);
                    packet.Length = frame.Length;
                    packet.RssiDbm = rssi;
                    packet.SnrDb = snr;
                    packet.EndMilliseconds = _clock.UptimeMilliseconds;
                    return RadioStatus.Ok;
                }
            }

            long timeout = LoRaAirtime.SymbolTimeMicroseconds(settings.SpreadingFactor, settings.BandwidthHz) * Math.Max(1, settings.SymbolTimeout);
            _clock.AdvanceMicroseconds(timeout);
            ReceiveTimeMicroseconds += timeout;
            packet.EndMilliseconds = _clock.UptimeMilliseconds;
            return RadioStatus.RxTimeout;
        }

        public uint Random()
        {
            // xorshift32 (Marsaglia 2003), seeded per node and wake so runs repeat.
            _random ^= _random << 13;
            _random ^= _random >> 17;
            _random ^= _random << 5;
            return _random;
        }
    }
}
