// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>Every command explains itself with --help, and a mistyped command or option says what was probably meant and where help is.</summary>
[TestClass]
public sealed class HelpAndTypoTests
{
    [TestMethod]
    [DataRow("fleet", "Device identities")]
    [DataRow("fleet create", "cryptographic random generator")]
    [DataRow("fleet add", "refuses a DevEUI, name or AppKey already in it")]
    [DataRow("fleet list", "AppKeys stay hidden unless --show-keys")]
    [DataRow("export", "network-server import files")]
    [DataRow("export tts", "The Things Stack import file")]
    [DataRow("export chirpstack", "nwk_key")]
    [DataRow("export labels", "LW:D0:JoinEUI:DevEUI:ProfileID")]
    [DataRow("flash", "nanoFramework firmware of its target")]
    [DataRow("ports", "serial ports")]
    [DataRow("airtime", "duty cycle")]
    [DataRow("frame encode", "uplink PHYPayload")]
    [DataRow("provision", "verify the node's configuration CRC")]
    [DataRow("decode", "SmartCityNodes message in JSON")]
    [DataRow("battery", "from the firmware's energy model")]
    public void HelpDescribesTheCommand(string command, string expected)
    {
        var result = Scn.Run(command.Split(' ').Append("--help").ToArray());
        Assert.AreEqual(0, result.Exit);
        StringAssert.Contains(result.Output, expected);
        StringAssert.Contains(result.Output, "Usage:");
    }

    [TestMethod]
    [DataRow("Unrecognized command or argument 'creat' (did you mean 'create'?) (see 'scn fleet --help')", "fleet", "creat")]
    [DataRow("(did you mean '--board'?) (see 'scn flash --help')", "flash", "--bord", "ttgo-lora32-v21", "-p", "COM3")]
    [DataRow("(did you mean '--show-keys'?) (see 'scn fleet list --help')", "fleet", "list", "-f", "x.json", "--show-key")]
    [DataRow("Unrecognized command or argument 'zzzz' (see 'scn --help')", "zzzz")]
    [DataRow("(did you mean 'provision'?) (see 'scn --help')", "provison")]
    [DataRow("(did you mean '--device'?) (see 'scn provision --help')", "provision", "--fleet", "f.json", "--devcie", "bin-1", "--port", "COM3")]
    [DataRow("Option '--port' is required (see 'scn provision --help')", "provision", "--fleet", "f.json", "--device", "bin-1")]
    [DataRow("(did you mean '--hex'?) (see 'scn decode --help')", "decode", "--hexx", "40")]
    [DataRow("(did you mean '--board'?) (see 'scn battery --help')", "battery", "--bord", "ttgo")]
    [DataRow("Required argument missing for option: '--count'", "fleet", "create", "-f", "x.json", "--joineui", "0000000000000000", "--random-deveui", "--count")]
    public void MistypedCommandsSayWhereHelpIs(string expected, params string[] args)
    {
        Scn.AssertFails(2, expected, Scn.Run(args));
    }

    [TestMethod]
    public void EveryCommandAndOptionHasADescription()
    {
        var root = SmartCityNodes.Cli.CliApp.BuildRoot(TextWriter.Null, TextWriter.Null, (_, _) => throw new InvalidOperationException());
        var pending = new Stack<System.CommandLine.Command>([root]);
        var seen = 0;
        while (pending.Count > 0)
        {
            var command = pending.Pop();
            seen++;
            Assert.IsFalse(string.IsNullOrWhiteSpace(command.Description), $"command '{command.Name}' has no description");
            foreach (var option in command.Options.Where(o => !o.Hidden && o.Name is not ("--help" or "--version")))
            {
                Assert.IsFalse(string.IsNullOrWhiteSpace(option.Description), $"'{command.Name} {option.Name}' has no description");
            }

            foreach (var sub in command.Subcommands)
            {
                pending.Push(sub);
            }
        }

        Assert.IsGreaterThanOrEqualTo(18, seen, "the walk reached every command");
    }

    [TestMethod]
    [DataRow("create", "create", 0)]
    [DataRow("creat", "create", 1)]
    [DataRow("--bord", "--board", 1)]
    [DataRow("kitten", "sitting", 3)]
    [DataRow("", "abc", 3)]
    public void EditDistanceIsLevenshtein(string a, string b, int expected)
    {
        // kitten -> sitting = 3 is the textbook example (substitute k/s, e/i, insert g).
        Assert.AreEqual(expected, SmartCityNodes.Cli.TypoHint.Distance(a, b));
        Assert.AreEqual(expected, SmartCityNodes.Cli.TypoHint.Distance(b, a));
    }
}
