// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>
    /// An activated LoRaWAN 1.0.x session (after OTAA or set by ABP). In 1.0.x one network key does what 1.1
    /// splits into FNwkSIntKey, SNwkSIntKey and NwkSEncKey; a 1.1 session would add those beside
    /// <see cref="NwkSKey"/> without changing the frame codecs' shape.
    /// </summary>
    public sealed class Session
    {
        /// <summary>The device address on the wire (little-endian there, a plain number here).</summary>
        public uint DevAddr;

        /// <summary>Network session key: MIC of every frame, FRMPayload on FPort 0.</summary>
        public readonly byte[] NwkSKey = new byte[FrameLayout.KeyLength];

        /// <summary>Application session key: FRMPayload on FPort 1..255.</summary>
        public readonly byte[] AppSKey = new byte[FrameLayout.KeyLength];

        /// <summary>The counter the NEXT uplink uses. The MAC advances and persists it; the encoder never changes it.</summary>
        public uint FCntUp;

        /// <summary>The last downlink counter accepted (meaningful once <see cref="DownlinkReceived"/> is true).</summary>
        public uint NFCntDown;

        /// <summary>False until the first downlink of the session is accepted (so that FCnt 0 is accepted once).</summary>
        public bool DownlinkReceived;

        /// <summary>
        /// Sets up an ABP session: address, keys and counters as provisioned (TS001-1.0.4 §6.3). Keys are checked
        /// first; on <see cref="LoRaWanStatus.InvalidArgument"/> nothing changed.
        /// </summary>
        public LoRaWanStatus ActivateByPersonalization(uint devAddr, byte[] nwkSKey, byte[] appSKey, uint fCntUp, uint nFCntDown, bool downlinkReceived)
        {
            if (nwkSKey == null || appSKey == null || nwkSKey.Length != FrameLayout.KeyLength || appSKey.Length != FrameLayout.KeyLength)
            {
                return LoRaWanStatus.InvalidArgument;
            }

            DevAddr = devAddr;
            System.Array.Copy(nwkSKey, NwkSKey, FrameLayout.KeyLength);
            System.Array.Copy(appSKey, AppSKey, FrameLayout.KeyLength);
            FCntUp = fCntUp;
            NFCntDown = nFCntDown;
            DownlinkReceived = downlinkReceived;
            return LoRaWanStatus.Ok;
        }
    }
}
