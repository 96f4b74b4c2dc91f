// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Tests.Frames;

/// <summary>
/// Published LoRaWAN 1.0.x vectors (hex in wire order). Source: the npm package lora-packet 0.9.3,
/// __tests__/mic_test.ts, decrypt_test.ts and key_gen_test.ts (anthonykirby/lora-packet), reproduced there and by an
/// independent Python `cryptography` script.
/// </summary>
internal static class Vectors
{
    // DevAddr 49BE7DF1 (wire F1 7D BE 49).
    public const uint DevAddr = 0x49BE7DF1;
    public const string NwkSKey = "44024241ed4ce9a68c6a8bc055233fd3";
    public const string AppSKey = "ec925802ae430ca77fd3dd73cb2cc588";

    // Unconfirmed up, FCnt 2, FPort 1, "test" → MIC 2b11ff0d.
    public const string UplinkTest = "40F17DBE4900020001954378762B11FF0D";

    // Unconfirmed up, FCnt 3, FPort 1 with an empty FRMPayload → MIC 2a3518af.
    public const string UplinkEmptyPayload = "40F17DBE49000300012A3518AF";

    // Unconfirmed up, FCnt 4, FPort 1, 44 bytes "The quick brown fox jumps over the lazy dog.".
    public const string UplinkQuickBrownFox = "40f17dbe490004000155332de41a11adc072553544429ce7787707d1c316e027e7e5e334263376affb8aa17ad30075293f28dea8a20af3c5e7";
    public const string QuickBrownFox = "The quick brown fox jumps over the lazy dog.";

    // Unconfirmed DOWN (MHDR 60), FCtrl 20 = ACK, FCnt 2, FPort 1, empty payload → MIC f9d65d27.
    public const string DownlinkAck = "60f17dbe4920020001f9d65d27";

    // FPort 0 uplink (FCtrl C0: ADR + ADRACKReq), DevAddr FC00DC06, FCnt 0x74, NwkSKey below → MIC 44925050.
    public const string UplinkPortZero = "4006DC00FCC07400000244925050";
    public const string PortZeroNwkSKey = "581c4d08ef04cda30b1fef7a8b2c74b8";

    // Join: AppKey, Join-Request and Join-Accept.
    public const string AppKey = "98929b92c49edba9676d646d3b612456";
    public const string JoinRequestFrame = "0039363463336913AA05693574323831330489C65B1304";
    public const ulong JoinRequestJoinEui = 0xAA13693363343639; // wire 39 36 34 63 33 69 13 AA, little-endian
    public const ulong JoinRequestDevEui = 0x3331383274356905;  // wire 05 69 35 74 32 38 31 33
    public const ushort JoinRequestDevNonce = 0x8904;           // wire 04 89

    // Plain Join-Accept: JoinNonce 376338, NetID AABBCC, DevAddr 012CCDE7, DLSettings 0, RxDelay 0, MIC d9d0a6e7;
    // its encrypted wire form (computed in the reference notes, verified with lora-packet).
    public const string JoinAcceptPlain = "20386337CCBBAAE7CD2C010000D9D0A6E7";
    public const string JoinAcceptEncrypted = "2088f36ae3b21314bc284e314e99257328";

    // key_gen_test.ts: AppKey above, NetID aabbcc, AppNonce 376338, DevNonce f18e.
    public const string DerivedNwkSKey = "4e3d6e6afbcc67af2ba3c8e8ec4acf4b";
    public const string DerivedAppSKey = "610897aa6f1460623443b527d3ac6a9d";
}
