using SmartCityNodes.LoRaWan.Frames;

namespace SmartCityNodes.LoRaWan.Tests.Frames;

/// <summary>
/// Builds downlinks the way a network server does, from FrameCrypto's primitives (which the published vectors
/// verify). Independent downlinks from lora-packet are exercised in the interop tests.
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
            var encrypted = (byte[])payload.Clone();
            crypto.CryptPayload(fPort == 0 ? session.NwkSKey : session.AppSKey, Direction.Downlink, session.DevAddr, fCnt, encrypted, 0, encrypted.Length);
            frame.AddRange(encrypted);
        }

        var bytes = frame.ToArray();
        var mic = crypto.ComputeDataMic(session.NwkSKey, Direction.Downlink, session.DevAddr, fCnt, bytes, 0, bytes.Length);
        return bytes.Concat(BitConverter.GetBytes(mic)).ToArray();
    }
}
