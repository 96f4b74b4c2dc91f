// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;
using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Node
{
    /// <summary>
    /// Who an over-the-air-activated device is (LoRaWAN L2 1.0.4 §6.2.1): DevEUI, JoinEUI and the root key AppKey,
    /// as provisioned. EUIs are written MSB first, as consoles and labels show them; the stack puts them little-endian
    /// on the wire. <see cref="LoRaWanNode"/> checks the key when it starts (<see cref="LoRaWanStatus.KeyInvalid"/>).
    /// </summary>
    public sealed class OtaaIdentity
    {
        private readonly byte[] _appKey;

        /// <summary>Keeps the identity; the key is copied (the caller may clear its buffer afterwards).</summary>
        /// <param name="devEui">DevEUI, MSB first.</param>
        /// <param name="joinEui">JoinEUI (AppEUI in 1.0.x), MSB first.</param>
        /// <param name="appKey">AppKey, 16 bytes.</param>
        public OtaaIdentity(ulong devEui, ulong joinEui, byte[] appKey)
        {
            DevEui = devEui;
            JoinEui = joinEui;
            IsKeyValid = appKey != null && appKey.Length == FrameLayout.KeyLength;
            _appKey = new byte[FrameLayout.KeyLength];
            if (IsKeyValid)
            {
                Array.Copy(appKey, _appKey, FrameLayout.KeyLength);
            }
        }

        /// <summary>DevEUI, MSB first.</summary>
        public ulong DevEui { get; }

        /// <summary>JoinEUI, MSB first.</summary>
        public ulong JoinEui { get; }

        /// <summary>The AppKey given was 16 bytes.</summary>
        public bool IsKeyValid { get; }

        /// <summary>The AppKey (the identity's own copy; not for the application to change).</summary>
        internal byte[] AppKey
        {
            get { return _appKey; }
        }
    }
}
