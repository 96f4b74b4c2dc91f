// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Cli;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// The scn commands network engineers run. Expected frames are the published lora-packet 0.9.3 vectors
/// (__tests__/mic_test.ts, decrypt_test.ts, key_gen_test.ts).
/// </summary>
[TestClass]
public sealed class CliTests
{
    private const string NwkSKey = "44024241ed4ce9a68c6a8bc055233fd3";
    private const string AppSKey = "ec925802ae430ca77fd3dd73cb2cc588";
    private const string AppKey = "98929b92c49edba9676d646d3b612456";

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [TestMethod]
    [DataRow("2", "74657374", "40F17DBE4900020001954378762B11FF0D", DisplayName = "'test' on FCnt 2")]
    [DataRow("3", "", "40F17DBE49000300012A3518AF", DisplayName = "empty payload on FCnt 3")]
    [DataRow("4", "54686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e",
        "40F17DBE490004000155332DE41A11ADC072553544429CE7787707D1C316E027E7E5E334263376AFFB8AA17AD30075293F28DEA8A20AF3C5E7", DisplayName = "44 bytes on FCnt 4")]
    public void FrameEncodeBuildsPublishedUplinks(string fCnt, string payload, string expected)
    {
        var (exit, output, error) = Run("frame", "encode", "--devaddr", "49BE7DF1", "--nwkskey", NwkSKey, "--appskey", AppSKey,
            "--fcnt", fCnt, "--fport", "1", "--payload", payload);
        Assert.AreEqual(0, exit, error);
        Assert.AreEqual(expected, output.Trim());
    }

    [TestMethod]
    public void FrameDecodeShowsFieldsMicAndPlaintext()
    {
        var (exit, output, _) = Run("frame", "decode", "--hex", "40F17DBE4900020001954378762B11FF0D", "--nwkskey", NwkSKey, "--appskey", AppSKey);
        Assert.AreEqual(0, exit);
        StringAssert.Contains(output, "MType=UnconfirmedDataUp");
        StringAssert.Contains(output, "DevAddr:    49BE7DF1");
        StringAssert.Contains(output, "FCnt:       2 (wire 0x0002)");
        StringAssert.Contains(output, "FPort:      1");
        StringAssert.Contains(output, "Payload:    74657374 \"test\"");
        StringAssert.Contains(output, "MIC:        2B11FF0D valid");
    }

    [TestMethod]
    public void FrameDecodeOfADownlinkNamesItsFlags()
    {
        // Published ACK downlink: MHDR 60, FCtrl 20 (ACK), FCnt 2, MIC f9d65d27 (lora-packet mic_test.ts).
        var (exit, output, _) = Run("frame", "decode", "--hex", "60f17dbe4920020001f9d65d27", "--nwkskey", NwkSKey);
        Assert.AreEqual(0, exit);
        StringAssert.Contains(output, "MType=UnconfirmedDataDown");
        StringAssert.Contains(output, "ADR=0 ACK=1 FPending=0 FOptsLen=0");
        StringAssert.Contains(output, "F9D65D27 valid");
    }

    [TestMethod]
    public void FrameDecodeWithTheWrongKeyExitsOne()
    {
        var (exit, output, _) = Run("frame", "decode", "--hex", "40F17DBE4900020001954378762B11FF0D", "--nwkskey", AppSKey);
        Assert.AreEqual(1, exit);
        StringAssert.Contains(output, "INVALID");
    }

    [TestMethod]
    public void FrameDecodeWithoutKeysStillShowsHeaders()
    {
        var (exit, output, _) = Run("frame", "decode", "--hex", "40 F1 7D BE 49 00 02 00 01 95 43 78 76 2B 11 FF 0D");
        Assert.AreEqual(0, exit);
        StringAssert.Contains(output, "not checked: give --nwkskey");
        StringAssert.Contains(output, "not decrypted: give --appskey");
    }

    [TestMethod]
    public void JoinRequestBuildsThePublishedFrameAndDecodeVerifiesIt()
    {
        var (exit, output, _) = Run("join", "request", "--joineui", "AA13693363343639", "--deveui", "3331383274356905", "--devnonce", "0x8904", "--appkey", AppKey);
        Assert.AreEqual(0, exit);
        Assert.AreEqual("0039363463336913AA05693574323831330489C65B1304", output.Trim());

        var decoded = Run("frame", "decode", "--hex", output.Trim(), "--appkey", AppKey);
        Assert.AreEqual(0, decoded.Exit);
        StringAssert.Contains(decoded.Output, "JoinEUI:  AA13693363343639");
        StringAssert.Contains(decoded.Output, "DevNonce: 35076 (0x8904)");
        StringAssert.Contains(decoded.Output, "C65B1304 valid");
    }

    [TestMethod]
    public void FrameDecodeOfAJoinAcceptDerivesTheSessionKeys()
    {
        // Encrypted Join-Accept for JoinNonce 376338, NetID AABBCC; keys from lora-packet key_gen_test.ts (DevNonce f18e).
        var (exit, output, _) = Run("frame", "decode", "--hex", "2088f36ae3b21314bc284e314e99257328", "--appkey", AppKey, "--devnonce", "0xF18E");
        Assert.AreEqual(0, exit);
        StringAssert.Contains(output, "NetID:      AABBCC");
        StringAssert.Contains(output, "DevAddr:    012CCDE7");
        StringAssert.Contains(output, "NwkSKey:    4E3D6E6AFBCC67AF2BA3C8E8EC4ACF4B");
        StringAssert.Contains(output, "AppSKey:    610897AA6F1460623443B527D3AC6A9D");
    }

    [TestMethod]
    [DataRow("--devaddr: '49BE7DF' has an odd number of hex digits", "frame", "encode", "--devaddr", "49BE7DF", "--nwkskey", NwkSKey, "--fcnt", "1")]
    [DataRow("--nwkskey must be 16 bytes (32 hex digits); got 2 bytes", "frame", "encode", "--devaddr", "49BE7DF1", "--nwkskey", "0011", "--fcnt", "1")]
    [DataRow("Option '--nwkskey' is required", "frame", "encode", "--devaddr", "49BE7DF1", "--fcnt", "1")]
    [DataRow("--fcnt: 'x' is not a number", "frame", "encode", "--devaddr", "49BE7DF1", "--nwkskey", NwkSKey, "--fcnt", "x")]
    [DataRow("--appskey is required", "frame", "encode", "--devaddr", "49BE7DF1", "--nwkskey", NwkSKey, "--fcnt", "1", "--fport", "1", "--payload", "00")]
    [DataRow("--fport: '224' is not a number from 0 to 223", "frame", "encode", "--devaddr", "49BE7DF1", "--nwkskey", NwkSKey, "--fcnt", "1", "--fport", "224")]
    [DataRow("FOpts holds at most 15", "frame", "encode", "--devaddr", "49BE7DF1", "--nwkskey", NwkSKey, "--fcnt", "1", "--fopts", "00000000000000000000000000000000")]
    [DataRow("MACPayload would be 60 bytes; this data rate allows 59", "frame", "encode", "--devaddr", "49BE7DF1", "--nwkskey", NwkSKey, "--appskey", AppSKey, "--fcnt", "1", "--fport", "1", "--payload",
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" /* 52 bytes: MACPayload = FHDR 7 + FPort 1 + 52 = 60 */, "--max-mac-payload", "59")]
    [DataRow("--hex: 'z' is not a hex digit", "frame", "decode", "--hex", "zz")]
    [DataRow("--hex: 3 bytes is too short", "frame", "decode", "--hex", "400102")]
    [DataRow("a data frame needs at least 12 bytes", "frame", "decode", "--hex", "4001020304050607")]
    [DataRow("a Join-Accept is 17 or 33 bytes", "frame", "decode", "--hex", "20010203040506070809")]
    [DataRow("--devnonce: '65536' is not a number from 0 to 65535", "join", "request", "--joineui", "0000000000000000", "--deveui", "0000000000000001", "--devnonce", "65536", "--appkey", AppKey)]
    [DataRow("--joineui must be 8 bytes", "join", "request", "--joineui", "00", "--deveui", "0000000000000001", "--devnonce", "1", "--appkey", AppKey)]
    [DataRow("Unrecognized command or argument 'bogus'", "bogus")]
    [DataRow("--max-mac-payload: 1000 is outside 7..250", "frame", "encode", "--devaddr", "49BE7DF1", "--nwkskey", NwkSKey, "--fcnt", "1", "--max-mac-payload", "1000")]
    [DataRow("--fcnt 4294967295 is the end of the counter", "frame", "encode", "--devaddr", "49BE7DF1", "--nwkskey", NwkSKey, "--fcnt", "4294967295")]
    [DataRow("not a Join-Accept this device accepts (UnsupportedMajor)", "frame", "decode", "--hex", "2188f36ae3b21314bc284e314e99257328", "--appkey", AppKey)]
    public void BadInputGetsOneLineSayingWhatToFixAndExitTwo(string expectedMessage, params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.AreEqual(2, exit);
        Assert.AreEqual(string.Empty, output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual(1, lines.Length, error);
        StringAssert.StartsWith(lines[0], "error: ");
        StringAssert.Contains(lines[0], expectedMessage);
    }
}
