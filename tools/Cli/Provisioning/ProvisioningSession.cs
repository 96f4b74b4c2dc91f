// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Globalization;

namespace SmartCityNodes.Cli.Provisioning;

/// <summary>
/// One provisioning run against a node console: identify, stage every field, commit, verify the configuration CRC
/// against <see cref="ConfigurationImage"/>, optionally join. Anything that fails before COMMIT is followed by a
/// DISCARD, so the node keeps the configuration it had (the console only changes it at COMMIT).
/// </summary>
public sealed class ProvisioningSession
{
    /// <summary>Model word of a SmartCityNodes node in the ID reply (docs/provisioning-console.md, "Commands").</summary>
    public const string NodeModel = "SCN-NODE";

    private readonly ProvisioningClient client;
    private readonly string portName;
    private readonly bool showKeys;

    /// <summary>Creates a session.</summary>
    /// <param name="client">Console client.</param>
    /// <param name="portName">Port name for messages.</param>
    /// <param name="showKeys">Print key values in steps and errors.</param>
    public ProvisioningSession(ProvisioningClient client, string portName, bool showKeys)
    {
        this.client = client;
        this.portName = portName;
        this.showKeys = showKeys;
    }

    /// <summary>Number of steps <see cref="Run"/> reports for <paramref name="settings"/>.</summary>
    public static int StepCount(NodeSettings settings, bool join) => 4 + settings.Fields().Count + (join ? 1 : 0);

    /// <summary>Runs the session; <paramref name="step"/> is told each finished step. Returns the verified CRC.</summary>
    /// <param name="settings">What to write.</param>
    /// <param name="deviceName">Fleet name, for messages.</param>
    /// <param name="overwrite">Accept a node already provisioned with another DevEUI.</param>
    /// <param name="join">Send JOIN after the check.</param>
    /// <param name="step">Progress callback with a one-line description of the finished step.</param>
    public uint Run(NodeSettings settings, string deviceName, bool overwrite, bool join, Action<string> step)
    {
        client.Resynchronise();
        var id = Expect(client.Send("ID", "ID"), "ID");
        var model = id.Words.Count > 1 && id.Words[1].StartsWith("model=", StringComparison.Ordinal) ? id.Named("model") : null;
        if (model != NodeModel)
        {
            throw new DeviceIoException($"the device on '{portName}' is a '{model ?? "?"}', not a SmartCityNodes node ({NodeModel}): wrong port?");
        }

        var nodeEui = id.Named("deveui") ?? "?";
        var provisioned = id.Named("state") == "provisioned";
        if (provisioned && !string.Equals(nodeEui, settings.DevEui.ToString("X16"), StringComparison.OrdinalIgnoreCase) && !overwrite)
        {
            throw new DeviceIoException($"wrong device: the node on '{portName}' is {nodeEui}, not {deviceName} ({settings.DevEui:X16}); check the label and the port, or give --overwrite to re-provision it as {deviceName}");
        }

        step($"identified {NodeModel} fw={id.Named("fw")} deveui={nodeEui} ({(provisioned ? "provisioned" : "unprovisioned")})");

        // The CRC covers the ABP fields too: read them (keys only say set/unset) so the host can compute it.
        var devAddrText = Expect(client.Send("GET devaddr", "GET devaddr"), "GET devaddr").Words.ElementAtOrDefault(2) ?? string.Empty;
        if (!uint.TryParse(devAddrText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var devAddr))
        {
            throw new DeviceIoException($"the node on '{portName}' answered GET devaddr with '{devAddrText}', not 8 hex digits: out-of-date firmware?");
        }

        foreach (var key in new[] { "nwkskey", "appskey" })
        {
            if (Expect(client.Send("GET " + key, "GET " + key), "GET " + key).Words.ElementAtOrDefault(2) == "set")
            {
                throw new DeviceIoException($"the node on '{portName}' holds an ABP {key} from an earlier provisioning, whose bytes it never reveals, so its configuration CRC cannot be checked; erase it first (scn flash --mass-erase)");
            }
        }

        step($"read devaddr={devAddr:X8}, session keys unset");

        var staged = false;
        try
        {
            foreach (var (field, value, secret) in settings.Fields())
            {
                var shown = secret && !showKeys ? "(hidden)" : value;
                var reply = client.Send($"SET {field} {value}", $"SET {field} {shown}");
                staged = true;
                Expect(reply, $"SET {field} {shown}");
                step($"set {field} {shown}");
            }

            var commit = client.Send("COMMIT", "COMMIT");
            Expect(commit, "COMMIT");
            staged = false;
            step($"committed, node crc={commit.Named("crc")}");
        }
        catch
        {
            if (staged)
            {
                TryDiscard();
            }

            throw;
        }

        var expected = ConfigurationImage.Crc(settings, devAddr);
        var status = Expect(client.Send("STATUS", "STATUS"), "STATUS");
        var crcText = status.Named("crc") ?? string.Empty;
        if (!uint.TryParse(crcText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var nodeCrc) || nodeCrc != expected
            || status.Named("staged") != "0" || status.Named("state") != "provisioned")
        {
            throw new DeviceIoException($"verification failed on '{portName}': the node reports crc={crcText} state={status.Named("state")} staged={status.Named("staged")}, the host computed crc={expected:X8} state=provisioned staged=0; run provision again");
        }

        step($"verified crc={expected:X8} (node and host agree)");
        if (join)
        {
            Expect(client.Send("JOIN", "JOIN"), "JOIN");
            step("join requested");
        }

        return expected;
    }

    private void TryDiscard()
    {
        try
        {
            client.Send("DISCARD", "DISCARD");
        }
        catch (DeviceIoException)
        {
            // The node is gone or out of step: its staged copy dies with the next reboot; nothing was committed.
        }
    }

    private ConsoleReply Expect(ConsoleReply reply, string request)
    {
        if (reply.Ok)
        {
            return reply;
        }

        var field = reply.Field == "-" ? request.Split(' ')[0] : reply.Field;
        var option = OptionFor(reply.Field);
        var what = $"the node refused {request}: ERR {reply.ErrorCode} {reply.Field} {reply.Text}";
        throw reply.ErrorCode switch
        {
            // Value errors: the value came from the command line or the fleet file.
            6 or 7 or 8 or 9 or 10 => new UsageException($"{what} (field {field}{(option is null ? string.Empty : ", set by " + option)}; nothing was committed, the node keeps its previous configuration)"),
            11 => new DeviceIoException($"{what}: the node's flash write failed and it keeps its previous configuration; check its supply and run again"),
            12 => new DeviceIoException($"{what}: the configuration in force has no keys"),
            _ => new DeviceIoException($"{what} (firmware too old or too new for this scn? nothing was committed)"),
        };
    }

    private static string? OptionFor(string field) => field switch
    {
        "region" => "--region",
        "subband" => "--subband",
        "report_s" => "--report-interval",
        "heartbeat_s" => "--heartbeat-interval",
        "sample_s" => "--sample-interval",
        "status_s" => "--status-interval",
        "threshold_low" => "--threshold-low",
        "threshold_high" => "--threshold-high",
        "confirmed" => "--confirmed",
        "adr" => "--no-adr",
        "app_params" => "--app-params",
        "deveui" or "joineui" or "appkey" => "the fleet file",
        _ => null,
    };
}
