// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Radio.Sx126x
{
    /// <summary>
    /// SX126x registers used by the driver: DS_SX1261-2 V2.1 §12 Table 12-1 "List of Registers", plus the
    /// undocumented addresses the §15 errata workarounds name.
    /// </summary>
    internal enum Register : ushort
    {
        /// <summary>§15.4 errata: IQ polarity set-up; bit 2 = 1 for standard IQ, 0 for inverted IQ.</summary>
        IqPolaritySetup = 0x0736,

        /// <summary>
        /// LoRa symbol-timeout mirror (exponent in bits 2-0, mantissa in bits 7-3). Not in DS_SX1261-2 V2.1 Table 12-1:
        /// Semtech's own SX126x drivers (LoRaMac-node <c>REG_LR_SYNCH_TIMEOUT</c>, sx126x_driver) write it after SetLoRaSymbNumTimeout.
        /// </summary>
        LoRaSynchTimeout = 0x0706,

        /// <summary>LoRa sync word MSB (Table 12-1, reset 0x14; 0x34 for public networks).</summary>
        LoRaSyncWordMsb = 0x0740,

        /// <summary>LoRa sync word LSB (Table 12-1, reset 0x24; 0x44 for public networks).</summary>
        LoRaSyncWordLsb = 0x0741,

        /// <summary>RandomNumberGen[0:3], 0x0819-0x081C (Table 12-1): a 32-bit random number from the RX front end.</summary>
        RandomNumberGen0 = 0x0819,

        /// <summary>§15.1 errata: TX modulation; bit 2 = 0 with LoRa BW 500 kHz, 1 otherwise.</summary>
        TxModulation = 0x0889,

        /// <summary>RX gain (Table 12-1: 0x94 power saving, 0x96 boosted).</summary>
        RxGain = 0x08AC,

        /// <summary>
        /// Analog LNA control; bit 0 enables the LNA. Not in DS_SX1261-2 V2.1 Table 12-1: LoRaMac-node (<c>REG_ANA_LNA</c>),
        /// Semtech sx126x_driver and RadioLib clear bit 0 while reading RandomNumberGen and restore it afterwards.
        /// </summary>
        AnaLna = 0x08E2,

        /// <summary>Analog mixer control; bit 7 enables the mixer. Undocumented like <see cref="AnaLna"/>, same peers.</summary>
        AnaMixer = 0x08E5,

        /// <summary>§15.2 errata: TX clamp configuration; bits 4-1 set to 1111 for better resistance to antenna mismatch.</summary>
        TxClampConfig = 0x08D8,

        /// <summary>Over-current protection (Table 12-1: 2.5 mA steps; SetPaConfig resets it to 0x38 = 140 mA on SX1262).</summary>
        OcpConfiguration = 0x08E7,

        /// <summary>§15.3 errata: RTC control (write 0x00 to stop the RTC after an implicit-header RX with time-out).</summary>
        RtcControl = 0x0902,

        /// <summary>XTA trim (Table 12-1).</summary>
        XtaTrim = 0x0911,

        /// <summary>XTB trim (Table 12-1).</summary>
        XtbTrim = 0x0912,

        /// <summary>§15.3 errata: event mask (bit 1 set to 1 to clear a pending RTC time-out event).</summary>
        EventMask = 0x0944,
    }
}
