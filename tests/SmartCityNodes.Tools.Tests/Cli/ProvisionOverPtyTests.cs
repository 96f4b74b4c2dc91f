// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.IO.Ports;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Provisioning;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// <c>scn provision</c> through its real serial path (System.IO.Ports on a pseudo-terminal made by socat), with
/// the real node console on the other end (<see cref="SerialPortHal"/>, polled by a pump thread), the node's stored
/// configuration read back after each run. Every wait is bounded; nothing asserts on time.
/// </summary>
[TestClass]
public sealed class ProvisionOverPtyTests
{
    private Scn scn = null!;
    private string fleet = null!;
    private PtyPair pty = null!;

    [TestInitialize]
    public void Start()
    {
        scn = new Scn();
        fleet = ProvisionCommandTests.MakeFleet(scn);
        pty = new PtyPair(scn.Folder);
    }

    [TestCleanup]
    public void End()
    {
        pty.Dispose();
        scn.Dispose();
    }

    // 2 s per reply (the document's advice) unless a test expects silence and sets its own.
    private (int Exit, string Output, string Error) Provision(params string[] extra) =>
        Scn.Run(["provision", "--fleet", fleet, "--device", "bin-1", "--port", pty.HostPath, .. extra.Contains("--timeout-ms") ? extra : [.. extra, "--timeout-ms", "2000"]]);

    [TestMethod]
    public void ProvisionsTheNodeOverAPseudoTerminal()
    {
        using var node = new PtyNode(pty.NodePath, null);
        var result = Provision([.. ProvisionCommandTests.DocumentedSettings, "--join"]);
        node.Stop();
        Assert.AreEqual(0, result.Exit, result.Error);
        StringAssert.Contains(result.Output, "crc=16D851F3 verified, join requested");
        Assert.DoesNotContain(ProvisionCommandTests.AppKeyHex, result.Output);
        Assert.AreEqual(ProvisionCommandTests.DocumentedCrc, node.StoredCrc());
        Assert.AreEqual(1, node.JoinRequests);
    }

    [TestMethod]
    public void ASilentNodeTimesOut()
    {
        // Nobody on the node end: the host's reads run out.
        Scn.AssertFails(3, $"no reply to ID from '{pty.HostPath}' within 300 ms", Provision("--timeout-ms", "300"));
    }

    [TestMethod]
    public void ACablePulledBeforeCommitLeavesThePreviousConfiguration()
    {
        using var node = new PtyNode(pty.NodePath, null);
        Assert.AreEqual(0, Provision().Exit);
        var before = node.StoredCrc();

        // Bare LF, ID, 3 GETs and the first 3 SETs are read; the 4th SET (appkey, still hidden in the error) meets silence.
        node.Port.DeadAfterLines = node.Port.LinesRead + 8;
        Scn.AssertFails(3, "no reply to SET appkey (hidden) from", Provision([.. ProvisionCommandTests.DocumentedSettings, "--timeout-ms", "300"]));
        node.Stop();
        Assert.AreEqual(before, node.StoredCrc());
    }

    [TestMethod]
    public void AWrongDeviceIsRefused()
    {
        using var node = new PtyNode(pty.NodePath, null);
        node.Preprovision(0x0004A30B001C0530);
        var before = node.StoredCrc();
        Scn.AssertFails(3, "wrong device: the node on", Provision());
        node.Stop();
        Assert.AreEqual(before, node.StoredCrc());
    }

    [TestMethod]
    public void AnErrReplyNamesTheField()
    {
        using var node = new PtyNode(pty.NodePath, new RejectAll());
        Scn.AssertFails(2, "ERR 10 app_params rejected (field app_params, set by --app-params", Provision("--app-params", "07AA"));
        node.Stop();
        Assert.IsFalse(node.Store.Active.IsProvisioned);
    }

    [TestMethod]
    public void APowerCutDuringCommitLeavesThePreviousConfiguration()
    {
        using var node = new PtyNode(pty.NodePath, null);
        Assert.AreEqual(0, Provision().Exit);
        var before = node.StoredCrc();
        node.Storage.ArmPowerCut(40, TornWriteModel.ErasedTail); // no flash write happens before COMMIT
        Scn.AssertFails(3, "ERR 11 - flash write failed, previous configuration kept", Provision(ProvisionCommandTests.DocumentedSettings));
        node.Stop();
        node.Storage.PowerOn();
        Assert.AreEqual(before, node.StoredCrc());
    }

    [TestMethod]
    public void AReplyWithABadChecksumIsReported()
    {
        // A device that answers every line with a reply whose checksum is wrong ("OK ID" XORs to 0x1E, not 0x00).
        using var port = AnswerEveryLine(pty.NodePath, "OK ID*00\r\n");
        Scn.AssertFails(3, "checksum error in the node's reply to ID", Provision());
    }

    [TestMethod]
    public void AnotherDeviceOnThePortIsNotTakenForANode()
    {
        // A well-formed reply from some other product, with its correct checksum.
        using var port = AnswerEveryLine(pty.NodePath, SmartCityNodes.Cli.Provisioning.ConsoleLine.Request("OK ID model=GPS-7").TrimEnd('\n') + "\r\n");
        Scn.AssertFails(3, "is a 'GPS-7', not a SmartCityNodes node (SCN-NODE): wrong port?", Provision());
    }

    /// <summary>A stand-in device on <paramref name="path"/> that answers every non-empty line with <paramref name="reply"/>.</summary>
    private static SerialPort AnswerEveryLine(string path, string reply)
    {
        var port = new SerialPort(path, 115200) { ReadTimeout = 5000 };
        port.Open();
        new Thread(() =>
        {
            try
            {
                while (port.ReadLine() is { } line)
                {
                    if (line.Length > 0)
                    {
                        port.Write(reply);
                    }
                }
            }
            catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException or OperationCanceledException)
            {
                // The port was closed: the test is over.
            }
        }) { IsBackground = true }.Start();
        return port;
    }

    private sealed class RejectAll : IApplicationParameterValidator
    {
        public ConfigStatus Validate(byte version, byte[] buffer, int offset, int length) => version == 0 ? ConfigStatus.Ok : ConfigStatus.ApplicationRejected;

        public ConfigStatus ApplyThreshold(byte thresholdId, int value, NodeConfiguration candidate) => ConfigStatus.UnknownField;
    }

    /// <summary>The node: console and store on simulated flash, polled by its own thread.</summary>
    private sealed class PtyNode : INodeControl, IDisposable
    {
        private readonly Thread pump;
        private readonly ProvisioningConsole console;
        private volatile bool running = true;
        private volatile Exception? failure;
        private int joinRequests;

        public PtyNode(string path, IApplicationParameterValidator? validator)
        {
            Storage = new SimulatedFlashStorage(2);
            Store = new ConfigurationStore(Storage, 0, 1, validator);
            Store.Load();
            Port = new SerialPortHal(path);
            console = new ProvisioningConsole(Port, Store, this);
            pump = new Thread(() =>
            {
                try
                {
                    while (running)
                    {
                        console.Poll();
                        Thread.Sleep(1);
                    }
                }
                catch (Exception e)
                {
                    failure = e; // reported by Stop, on the test's thread
                }
            }) { IsBackground = true };
            pump.Start();
        }

        public SimulatedFlashStorage Storage { get; }

        public ConfigurationStore Store { get; }

        public SerialPortHal Port { get; }

        public string FirmwareVersion => "1.0.0";

        public bool Joined => false;

        public uint UplinkCounter => 0;

        public int JoinRequests => Volatile.Read(ref joinRequests);

        public void RequestJoin() => Interlocked.Increment(ref joinRequests);

        public void RequestReboot()
        {
        }

        /// <summary>Commits a configuration with <paramref name="devEui"/> and a key (an earlier provisioning).</summary>
        public void Preprovision(ulong devEui)
        {
            // Before any request reaches the console, so the pump thread does not touch the store meanwhile.
            var configuration = new NodeConfiguration();
            configuration.CopyFrom(Store.Active);
            configuration.DevEui = devEui;
            configuration.AppKeySet = true;
            Assert.AreEqual(ConfigStatus.Ok, Store.Commit(configuration));
        }

        /// <summary>Stops the pump thread (bounded wait).</summary>
        public void Stop()
        {
            running = false;
            Assert.IsTrue(pump.Join(10000), "the node pump did not stop");
            Assert.IsNull(failure, "the node pump failed: " + failure);
        }

        /// <summary>The CRC a fresh boot loads from the flash.</summary>
        public uint StoredCrc()
        {
            var reloaded = new ConfigurationStore(Storage, 0, 1, null);
            reloaded.Load();
            return reloaded.Crc;
        }

        public void Dispose()
        {
            if (running)
            {
                Stop();
            }

            Port.Dispose();
        }
    }
}
