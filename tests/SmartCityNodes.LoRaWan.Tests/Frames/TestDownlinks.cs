// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Tests.Frames;

/// <summary>
/// Builds downlinks the way a network server does: the payload is encrypted with .NET's own AES
/// (<see cref="ReferenceAes"/>), the MIC with FrameCrypto's CMAC (checked against RFC 4493 and the published
/// downlink vector). Downlinks built entirely by lora-packet are exercised in the interop tests.
/// </summary>
internal static class TestDownlinks
{
    public static byte[] Build(Session session, bool confirmed, byte fCtrl, uint fCnt, byte[] fOpts, int fPort, byte[] payload)
    {
        var frame = new List<byte> { Mhdr.Encode(confirmed ? MType.ConfirmedDataDown : MType.UnconfirmedDataDown) };
        frame.AddRange(BitConverter.GetBytes(session.DevAddr));
        frame.Add((byte)(fCtrl | fOpts.Length));
        frame.Add((byte)fCnt);
        frame.Add((byte)(fCnt >> 8));
        frame.AddRange(fOpts);
        var crypto = new FrameCrypto();
        if (fPort >= 0)
        {
            frame.Add((byte)fPort);
            frame.AddRange(ReferenceAes.Crypt(fPort == 0 ? session.NwkSKey : session.AppSKey, 1, session.DevAddr, fCnt, payload));
        }

        var bytes = frame.ToArray();
        var mic = crypto.ComputeDataMic(session.NwkSKey, Direction.Downlink, session.DevAddr, fCnt, bytes, 0, bytes.Length);
        return bytes.Concat(BitConverter.GetBytes(mic)).ToArray();
    }
}
