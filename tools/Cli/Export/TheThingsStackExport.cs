// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json;
using System.Text.Json.Nodes;
using SmartCityNodes.Cli.Fleet;

namespace SmartCityNodes.Cli.Export;

/// <summary>
/// The Things Stack end-device import file: one JSON object per device, written one after another (a "JSON
/// stream", which the Console import and <c>ttn-lw-cli end-devices create --application-id APP &lt; devices.json</c>
/// process one object at a time). Fields and values as in "JSON File Reference"
/// (thethingsindustries.com/docs/hardware/devices/adding-devices/adding-devices-in-bulk/device-json):
/// <c>ids.device_id</c>, <c>ids.dev_eui</c>, <c>ids.join_eui</c>, <c>name</c>, <c>lorawan_version</c>,
/// <c>lorawan_phy_version</c>, <c>frequency_plan_id</c>, <c>supports_join</c>, <c>root_keys.app_key.key</c>;
/// the version enums are those of the EndDevice API (MACVersion <c>MAC_V1_0_4</c>, PHYVersion
/// <c>PHY_V1_0_3_REV_A</c> / <c>RP002_V1_0_0</c>..<c>RP002_V1_0_4</c>).
/// </summary>
public static class TheThingsStackExport
{
    /// <summary>LoRaWAN L2 1.0.4, the MAC version the node stack implements.</summary>
    public const string MacVersion = "MAC_V1_0_4";

    /// <summary>RP002-1.0.4, the regional parameters the node stack implements (lorawan/Region).</summary>
    public const string DefaultPhyVersion = "RP002_V1_0_4";

    /// <summary>PHY versions that go with MAC_V1_0_4 (RP001 1.0.3 revA, or any RP002).</summary>
    public static readonly string[] PhyVersions = ["PHY_V1_0_3_REV_A", "RP002_V1_0_0", "RP002_V1_0_1", "RP002_V1_0_2", "RP002_V1_0_3", "RP002_V1_0_4"];

    /// <summary>The import file for <paramref name="document"/>.</summary>
    public static string Write(FleetDocument document, string frequencyPlanId, string phyVersion)
    {
        var options = new JsonSerializerOptions { WriteIndented = true };
        var text = new System.Text.StringBuilder();
        foreach (var device in document.Devices)
        {
            var entry = new JsonObject
            {
                ["ids"] = new JsonObject
                {
                    ["device_id"] = device.Name,
                    ["dev_eui"] = device.DevEui,
                    ["join_eui"] = device.JoinEui,
                },
                ["name"] = device.Name,
                ["lorawan_version"] = MacVersion,
                ["lorawan_phy_version"] = phyVersion,
                ["frequency_plan_id"] = frequencyPlanId,
                ["supports_join"] = true,
                ["root_keys"] = new JsonObject
                {
                    ["app_key"] = new JsonObject { ["key"] = device.AppKey },
                },
            };
            text.Append(entry.ToJsonString(options)).Append('\n');
        }

        return text.ToString();
    }
}
