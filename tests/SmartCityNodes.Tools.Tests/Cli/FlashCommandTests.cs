// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// <c>scn flash</c>. Expected nanoff command lines follow nanoff's options and README examples
/// (nanoframework/nanoFirmwareFlasher nanoFirmwareFlasher.Tool/Options.cs: --target, --serialport, --update,
/// --masserase, --deploy, --image, --address; README: "nanoff --update --target ESP32_PSRAM_REV0 --serialport COM31",
/// "nanoff --target ESP32_PSRAM_REV0 --serialport COM12 --deploy --image ...Blinky.bin"). Board targets: TTGO LoRa32
/// V2.1 carries an ESP32-PICO-D4 without PSRAM (LilyGo-LoRa-Series docs t3_v161_sx1276) → ESP32_PICO; Heltec
/// WiFi LoRa 32 V3 an ESP32-S3FN8 without PSRAM behind a CP2102 → ESP32_S3_QUAD (nf-interpreter CMakePresets.json;
/// ESP32_S3_QUAD was folded into it by PR #3362, which auto-selects UART or USB/JTAG); the FireBeetle 2 ESP32-E
/// carries a revision-3 ESP32 (WROOM-32E) without PSRAM → ESP32_REV3. A stand-in nanoff script records what scn runs.
/// </summary>
[TestClass]
public sealed class FlashCommandTests
{
    [TestMethod]
    [DataRow("ttgo-lora32-v21", "ESP32_PICO")]
    [DataRow("heltec-wifi-lora32-v3", "ESP32_S3_QUAD")]
    [DataRow("firebeetle2-esp32e-e22", "ESP32_REV3")]
    public void DryRunPrintsTheExactNanoffCommands(string board, string target)
    {
        using var scn = new Scn();
        var image = Image(scn);
        var nanoff = FakeNanoff(scn, 0);
        var result = Scn.Run("flash", "--board", board, "--port", "/dev/ttyUSB0", "--image", image, "--dry-run", "--nanoff", nanoff);
        Assert.AreEqual(0, result.Exit, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        CollectionAssert.AreEqual(
            new[]
            {
                $"{nanoff} --target {target} --serialport /dev/ttyUSB0 --update",
                $"{nanoff} --target {target} --serialport /dev/ttyUSB0 --deploy --image {image}",
            },
            lines);
        Assert.AreEqual(string.Empty, result.Error);
    }

    [TestMethod]
    public void DryRunOptionsShapeTheCommands()
    {
        using var scn = new Scn();
        var image = Image(scn);
        var nanoff = FakeNanoff(scn, 0);
        var erase = Scn.Run("flash", "-b", "ttgo-lora32-v21", "-p", "COM5", "-i", image, "--mass-erase", "--address", "0x1B0000", "--dry-run", "--nanoff", nanoff);
        CollectionAssert.AreEqual(
            new[]
            {
                $"{nanoff} --target ESP32_PICO --serialport COM5 --update --masserase",
                $"{nanoff} --target ESP32_PICO --serialport COM5 --deploy --image {image} --address 0x1B0000",
            },
            erase.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var deployOnly = Scn.Run("flash", "-b", "ttgo-lora32-v21", "-p", "COM5", "-i", image, "--skip-firmware", "--dry-run", "--nanoff", nanoff);
        CollectionAssert.AreEqual(new[] { $"{nanoff} --target ESP32_PICO --serialport COM5 --deploy --image {image}" }, deployOnly.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var firmwareOnly = Scn.Run("flash", "-b", "heltec-wifi-lora32-v3", "-p", "COM5", "--firmware-only", "--dry-run", "--nanoff", nanoff);
        CollectionAssert.AreEqual(new[] { $"{nanoff} --target ESP32_S3_QUAD --serialport COM5 --update" }, firmwareOnly.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [TestMethod]
    public void DryRunWithoutNanoffStillPrintsAndSaysHowToInstall()
    {
        using var scn = new Scn();
        var image = Image(scn);
        var result = Scn.Run("flash", "-b", "ttgo-lora32-v21", "-p", "/dev/ttyUSB0", "-i", image, "--dry-run", "--nanoff", scn.PathOf("absent/nanoff"));
        Assert.AreEqual(0, result.Exit);
        StringAssert.StartsWith(result.Output, "nanoff --target ESP32_PICO --serialport /dev/ttyUSB0 --update");
        StringAssert.Contains(result.Error, "dotnet tool install -g nanoff");
    }

    [TestMethod]
    public void RunsNanoffForFirmwareThenApplication()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("the stand-in nanoff is a POSIX shell script");
        }

        using var scn = new Scn();
        var image = Image(scn);
        var nanoff = FakeNanoff(scn, 0);
        var result = Scn.Run("flash", "-b", "heltec-wifi-lora32-v3", "-p", "/dev/null", "-i", image, "--nanoff", nanoff);
        Assert.AreEqual(0, result.Exit, result.Error + result.Output);
        var calls = File.ReadAllLines(scn.PathOf("calls.log"));
        CollectionAssert.AreEqual(
            new[]
            {
                "--target ESP32_S3_QUAD --serialport /dev/null --update",
                $"--target ESP32_S3_QUAD --serialport /dev/null --deploy --image {image}",
            },
            calls);
        StringAssert.Contains(result.Output, "fake nanoff ok");
        StringAssert.Contains(result.Output, "heltec-wifi-lora32-v3 on /dev/null: flashed (firmware update, application deploy)");
    }

    [TestMethod]
    public void NanoffFailureExitsThreeAndStopsBeforeTheDeploy()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("the stand-in nanoff is a POSIX shell script");
        }

        using var scn = new Scn();
        var image = Image(scn);
        var nanoff = FakeNanoff(scn, 7);
        var result = Scn.Run("flash", "-b", "ttgo-lora32-v21", "-p", "/dev/null", "-i", image, "--nanoff", nanoff);
        Scn.AssertFails(3, "nanoff firmware update failed with exit code 7", (result.Exit, string.Empty, result.Error));
        Assert.AreEqual(1, File.ReadAllLines(scn.PathOf("calls.log")).Length);
    }

    [TestMethod]
    public void AbsentSerialPortExitsThreeBeforeNanoffRuns()
    {
        using var scn = new Scn();
        var image = Image(scn);
        var nanoff = FakeNanoff(scn, 0);
        var result = Scn.Run("flash", "-b", "ttgo-lora32-v21", "-p", "/dev/ttyNoSuchPort9", "-i", image, "--nanoff", nanoff);
        Scn.AssertFails(3, "serial port '/dev/ttyNoSuchPort9' not found", result);
        Assert.IsFalse(File.Exists(scn.PathOf("calls.log")));
    }

    [TestMethod]
    public void MissingNanoffExitsFour()
    {
        using var scn = new Scn();
        var image = Image(scn);
        Scn.AssertFails(4, "does not exist", Scn.Run("flash", "-b", "ttgo-lora32-v21", "-p", "/dev/null", "-i", image, "--nanoff", scn.PathOf("absent/nanoff")));

        var onThisMachine = SmartCityNodes.Cli.Flash.NanoffLocator.Find(null, out _);
        if (onThisMachine is null)
        {
            Scn.AssertFails(4, "nanoff is not installed; install it with 'dotnet tool install -g nanoff'", Scn.Run("flash", "-b", "ttgo-lora32-v21", "-p", "/dev/null", "-i", image));
        }
    }

    [TestMethod]
    [DataRow("--target ESP32_S3_ALL does not fit ttgo-lora32-v21 (ESP32-PICO-D4, 4 MB flash, no PSRAM): use ESP32_PICO", "-b", "ttgo-lora32-v21", "--target", "ESP32_S3_ALL", "-i", "@image")]
    [DataRow("--target ESP32_PSRAM_REV0 does not fit heltec-wifi-lora32-v3", "-b", "heltec-wifi-lora32-v3", "--target", "ESP32_PSRAM_REV0", "-i", "@image")]
    [DataRow("--board: 'ttgo-v1' is not a supported board; use one of ttgo-lora32-v21, heltec-wifi-lora32-v3", "-b", "ttgo-v1", "-i", "@image")]
    [DataRow("is a single .pe assembly", "-b", "ttgo-lora32-v21", "-i", "App.pe")]
    [DataRow("--image: 'missing.bin' does not exist", "-b", "ttgo-lora32-v21", "-i", "missing.bin")]
    [DataRow("--image is required", "-b", "ttgo-lora32-v21")]
    [DataRow("--firmware-only and --skip-firmware exclude each other", "-b", "ttgo-lora32-v21", "--firmware-only", "--skip-firmware")]
    [DataRow("--address: '0xZZ' is not a number", "-b", "ttgo-lora32-v21", "-i", "@image", "--address", "0xZZ")]
    [DataRow("Option '--board' is required", "-i", "@image")]
    public void BadFlashInputExitsTwoAndRunsNothing(string expected, params string[] args)
    {
        using var scn = new Scn();
        var image = Image(scn);
        var nanoff = FakeNanoff(scn, 0);
        var full = new[] { "flash", "-p", "/dev/null", "--nanoff", nanoff }.Concat(args.Select(a => a == "@image" ? image : a)).ToArray();
        Scn.AssertFails(2, expected, Scn.Run(full));
        Assert.IsFalse(File.Exists(scn.PathOf("calls.log")));
    }

    private static string Image(Scn scn)
    {
        var path = scn.PathOf("SmartBin.bin");
        File.WriteAllBytes(path, new byte[] { 0x4E, 0x46, 0x4D, 0x52 });
        return path;
    }

    private static string FakeNanoff(Scn scn, int exitCode)
    {
        var path = scn.PathOf("nanoff");
        File.WriteAllText(path, $"#!/bin/sh\necho \"$*\" >> '{scn.PathOf("calls.log")}'\necho \"fake nanoff ok\"\nexit {exitCode}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
