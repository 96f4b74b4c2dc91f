// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Cli.Provisioning;
using SmartCityNodes.Hal;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Provisioning;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Tools.Tests.Cli;

/// <summary>
/// A node for <c>scn provision</c> to talk to: the real <see cref="ProvisioningConsole"/> and
/// <see cref="ConfigurationStore"/> on <see cref="SimulatedFlashStorage"/>, at the far end of an
/// <see cref="InMemorySerialPair"/>. The console is polled whenever the host reads, so the test is single-threaded.
/// Faults to inject: silence after a number of requests, a corrupted reply or request, a power cut during COMMIT.
/// </summary>
internal sealed class SimulatedNode : INodeControl
{
    private readonly InMemorySerialPair serial = new();
    private ProvisioningConsole console;

    public SimulatedNode(IApplicationParameterValidator? validator = null)
    {
        Validator = validator;
        Storage = new SimulatedFlashStorage(2);
        Store = NewStore();
        console = new ProvisioningConsole(serial.Node, Store, this);
    }

    public SimulatedFlashStorage Storage { get; }

    public ConfigurationStore Store { get; private set; }

    public IApplicationParameterValidator? Validator { get; }

    /// <summary>The node stops answering once this many request lines have reached it (-1: never).</summary>
    public int SilentAfterRequests { get; set; } = -1;

    /// <summary>The reply to this request (1-based) gets one character changed on the wire (0: none).</summary>
    public int CorruptReplyOfRequest { get; set; }

    /// <summary>This request (1-based) gets one character changed on its way to the node (0: none).</summary>
    public int CorruptRequest { get; set; }

    /// <summary>Cut the power at this byte of the flash write when COMMIT arrives (-1: no cut).</summary>
    public int PowerCutAtCommitByte { get; set; } = -1;

    /// <summary>Request lines the node received.</summary>
    public List<string> Requests { get; } = new();

    public string FirmwareVersion => "1.0.0";

    public bool Joined { get; private set; }

    public uint UplinkCounter => 0;

    public int JoinRequests { get; private set; }

    public void RequestJoin() => JoinRequests++;

    public void RequestReboot()
    {
    }

    /// <summary>The configuration a fresh boot would load (what is really stored).</summary>
    public ConfigurationStore Reboot()
    {
        Storage.PowerOn();
        Store = NewStore();
        console = new ProvisioningConsole(serial.Node, Store, this);
        return Store;
    }

    /// <summary>Commits <paramref name="configure"/>'s changes directly (a node provisioned earlier).</summary>
    public void Preprovision(Action<NodeConfiguration> configure)
    {
        var configuration = new NodeConfiguration();
        configuration.CopyFrom(Store.Active);
        configure(configuration);
        Assert.AreEqual(ConfigStatus.Ok, Store.Commit(configuration));
        Reboot();
    }

    /// <summary>The opener to hand to <c>CliApp.Run</c>.</summary>
    public IConsoleStream Open(string portName, int baudRate) => new Stream(this);

    private ConfigurationStore NewStore()
    {
        var store = new ConfigurationStore(Storage, 0, 1, Validator);
        store.Load();
        return store;
    }

    private sealed class Stream(SimulatedNode node) : IConsoleStream
    {
        private readonly List<byte> line = new();

        public void Write(byte[] buffer, int offset, int count)
        {
            for (var i = offset; i < offset + count; i++)
            {
                line.Add(buffer[i]);
                if (buffer[i] != 0x0A)
                {
                    continue;
                }

                var bytes = line.ToArray();
                line.Clear();
                if (bytes.Length == 1)
                {
                    node.serial.Host.Write(bytes, 0, 1); // the resynchronising bare LF
                    continue;
                }

                node.Requests.Add(System.Text.Encoding.ASCII.GetString(bytes).TrimEnd('\n'));
                if (node.SilentAfterRequests >= 0 && node.Requests.Count > node.SilentAfterRequests)
                {
                    continue;
                }

                if (node.CorruptRequest == node.Requests.Count)
                {
                    bytes[0] ^= 0x20; // 'S' -> 's': still a valid command word, but the checksum no longer matches
                }

                if (node.PowerCutAtCommitByte >= 0 && node.Requests[^1].StartsWith("COMMIT", StringComparison.Ordinal))
                {
                    node.Storage.ArmPowerCut(node.PowerCutAtCommitByte, TornWriteModel.ErasedTail);
                }

                node.serial.Host.Write(bytes, 0, bytes.Length);
                node.console.Poll();
                if (node.CorruptReplyOfRequest == node.Requests.Count)
                {
                    var reply = node.serial.Host.ReadAllText().ToCharArray();
                    reply[1] = reply[1] == 'K' ? 'X' : 'K';
                    node.serial.Node.WriteText(new string(reply));
                }
            }
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMs)
        {
            var n = node.serial.Host.Read(buffer, offset, count);
            if (n == 0)
            {
                Thread.Sleep(Math.Min(timeoutMs, 10)); // a silent node: let the client's clock run out
            }

            return n;
        }

        public void Dispose()
        {
        }
    }
}
