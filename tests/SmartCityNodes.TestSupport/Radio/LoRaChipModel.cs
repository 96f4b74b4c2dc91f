// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Radio
{
    /// <summary>
    /// What both LoRa chip models share: the SPI log, the violation list (registered in <see cref="ChipModelTracker"/>
    /// on construction), where a test places a downlink in time, and what the model saw of each window. The preamble
    /// detection rule is Semtech's: the modem locks once it has heard <see cref="PreambleDetectionSymbols"/> of the
    /// <see cref="DownlinkPreambleSymbols"/> preamble symbols (LoRaMac-node DEFAULT_MIN_RX_SYMBOLS = 6; AN1200.24 puts it at
    /// 5-6, and 6 is the stricter for a model).
    /// </summary>
    public abstract class LoRaChipModel : IChipModel
    {
        /// <summary>Preamble symbols the modem needs to lock.</summary>
        public const int PreambleDetectionSymbols = 6;

        /// <summary>LoRaWAN downlink preamble: 8 symbols (RP002-1.0.4; LoRaWAN L2 1.0.4 §4.1).</summary>
        public const int DownlinkPreambleSymbols = 8;

        protected LoRaChipModel()
        {
            ChipModelTracker.Register(this);
        }

        /// <summary>MOSI bytes of every SPI transaction as hex, when <see cref="Logging"/> is on.</summary>
        public List<string> Log { get; } = new();

        /// <summary>Records <see cref="Log"/> and <see cref="Receptions"/> (off for allocation measurements).</summary>
        public bool Logging { get; set; } = true;

        /// <inheritdoc/>
        public List<string> Violations { get; } = new();

        /// <inheritdoc/>
        public abstract string ChipName { get; }

        /// <inheritdoc/>
        public bool ViolationsExpected { get; set; }

        /// <summary>Absolute clock time (µs) at which the downlink's preamble starts; null: the model's relative arrival time.</summary>
        public long? DownlinkPreambleStartMicroseconds { get; set; }

        /// <summary>
        /// Preamble start of the downlink relative to the true TxDone of the last transmission (µs); takes precedence over
        /// <see cref="DownlinkPreambleStartMicroseconds"/>. Lets a test place a downlink against the real air time.
        /// </summary>
        public long? DownlinkPreambleAfterTxDoneMicroseconds { get; set; }

        /// <summary>Clock time (µs) at which the last window started listening.</summary>
        public long LastListenStartMicroseconds { get; protected set; } = -1;

        /// <summary>Clock time (µs) at which the last transmission's preamble started.</summary>
        public long LastTransmitStartMicroseconds { get; protected set; } = -1;

        /// <summary>Clock time (µs) at which the last transmission ended on air (TxDone).</summary>
        public long LastTxDoneMicroseconds { get; protected set; } = -1;

        /// <summary>Every window (while <see cref="Logging"/> is on): listening start, symbol count, heard preamble starts, heard or not.</summary>
        public List<ReceptionRecord> Receptions { get; } = new();

        /// <summary>Absolute preamble start the test placed, or null.</summary>
        protected long? PlacedPreambleStart()
            => DownlinkPreambleAfterTxDoneMicroseconds is long afterTxDone ? LastTxDoneMicroseconds + afterTxDone : DownlinkPreambleStartMicroseconds;

        /// <summary>Earliest preamble start heard by a window listening from <paramref name="listen"/>: 2 symbols before it.</summary>
        protected static long HeardFrom(long listen, double symbolMicroseconds)
            => listen - (long)Math.Ceiling((DownlinkPreambleSymbols - PreambleDetectionSymbols) * symbolMicroseconds);

        /// <summary>Latest preamble start heard by a window that stops looking at <paramref name="closes"/>: 6 symbols before it.</summary>
        protected static long HeardUntil(long closes, double symbolMicroseconds)
            => closes - (long)Math.Ceiling(PreambleDetectionSymbols * symbolMicroseconds);

        /// <summary>Records a window when logging.</summary>
        protected void RecordReception(long listen, int symbols, long heardFrom, long heardUntil, bool heard)
        {
            if (Logging)
            {
                Receptions.Add(new ReceptionRecord(listen, symbols, heardFrom, heardUntil, heard));
            }
        }
    }
}
