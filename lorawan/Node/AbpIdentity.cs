// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Node
{
    /// <summary>
    /// Who a device activated by personalization is (LoRaWAN L2 1.0.4 §6.3): DevAddr and the two session keys, as
    /// provisioned. The frame counters are not part of the identity: they live in the state record, so an ABP device
    /// must keep its store (a lost record restarts FCntUp at 0, which a network server rejects as a replay).
    /// </summary>
    public sealed class AbpIdentity
    {
        private readonly byte[] _nwkSKey = new byte[FrameLayout.KeyLength];
        private readonly byte[] _appSKey = new byte[FrameLayout.KeyLength];

        /// <summary>Keeps the identity; the keys are copied.</summary>
        /// <param name="devAddr">DevAddr, as the console shows it (MSB first).</param>
        /// <param name="nwkSKey">NwkSKey, 16 bytes.</param>
        /// <param name="appSKey">AppSKey, 16 bytes.</param>
        public AbpIdentity(uint devAddr, byte[] nwkSKey, byte[] appSKey)
        {
            DevAddr = devAddr;
            AreKeysValid = nwkSKey != null && nwkSKey.Length == FrameLayout.KeyLength
                && appSKey != null && appSKey.Length == FrameLayout.KeyLength;
            if (AreKeysValid)
            {
                Array.Copy(nwkSKey, _nwkSKey, FrameLayout.KeyLength);
                Array.Copy(appSKey, _appSKey, FrameLayout.KeyLength);
            }
        }

        /// <summary>DevAddr, MSB first.</summary>
        public uint DevAddr { get; }

        /// <summary>Both keys given were 16 bytes.</summary>
        public bool AreKeysValid { get; }

        /// <summary>The NwkSKey (the identity's own copy).</summary>
        internal byte[] NwkSKey
        {
            get { return _nwkSKey; }
        }

        /// <summary>The AppSKey (the identity's own copy).</summary>
        internal byte[] AppSKey
        {
            get { return _appSKey; }
        }
    }
}
