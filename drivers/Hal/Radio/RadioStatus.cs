// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Hal.Radio
{
    /// <summary>Result of every radio call (RadioLib style: status codes, no exceptions on the hot path).</summary>
    public enum RadioStatus
    {
        /// <summary>Done as asked.</summary>
        Ok = 0,

        /// <summary>A receive window closed without a packet (RxTimeout). Normal for most class-A windows.</summary>
        RxTimeout = 1,

        /// <summary>A packet arrived with a bad payload CRC; it was discarded.</summary>
        CrcError = 2,

        /// <summary>TxDone did not arrive within the bounded wait; the radio was put to sleep.</summary>
        TxTimeout = 3,

        /// <summary>The chip stayed busy (SX126x BUSY line) past the bounded wait; the radio was put to sleep.</summary>
        BusyTimeout = 4,

        /// <summary>The chip's version/identity register did not match the driver.</summary>
        WrongChip = 5,

        /// <summary>Frequency outside what the chip and band allow.</summary>
        InvalidFrequency = 6,

        /// <summary>Spreading factor, bandwidth or coding rate not supported.</summary>
        InvalidModulation = 7,

        /// <summary>TX power outside the chip's range.</summary>
        InvalidPower = 8,

        /// <summary>Payload length 0 or over 255, or the buffer is too small for the packet.</summary>
        InvalidLength = 9,

        /// <summary>The chip reported an error the driver cannot recover from in this call; the radio was put to sleep.</summary>
        HardwareFault = 10,

        /// <summary>A call was made before <see cref="IRadio.Initialize"/> succeeded.</summary>
        NotInitialized = 11,
    }
}
