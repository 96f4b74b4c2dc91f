// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.Json;
using System.Text.Json.Nodes;
using SmartCityNodes.Cli.Fleet;

namespace SmartCityNodes.Cli.Export;

/// <summary>
/// ChirpStack v4 has no device import file of its own (chirpstack/chirpstack#403); devices are created through
/// its API. This writes, per device, the two request bodies of the v4 API (chirpstack api/proto/api/device.proto):
/// <c>create_device_request</c> = CreateDeviceRequest {device: Device {dev_eui, name, application_id,
/// device_profile_id, join_eui}} for <c>POST /api/devices</c>, and <c>create_device_keys_request</c> =
/// CreateDeviceKeysRequest {device_keys: DeviceKeys {dev_eui, nwk_key}} for
/// <c>POST /api/devices/{dev_eui}/keys</c>. For LoRaWAN 1.0.x the AppKey goes in <c>nwk_key</c> (device.proto:
/// "For LoRaWAN 1.0.x, use this field for the LoRaWAN 1.0.x 'AppKey'!"); <c>app_key</c> is only for 1.1 devices
/// and is left out (the server stores a null key when it is empty). Field names are the proto names, which every
/// proto3 JSON parser accepts besides the lowerCamelCase ones (protobuf "ProtoJSON Format").
/// </summary>
public static class ChirpStackExport
{
    /// <summary>The file: a JSON array with one entry per device.</summary>
    public static string Write(FleetDocument document, string applicationId, string deviceProfileId)
    {
        var devices = new JsonArray();
        foreach (var device in document.Devices)
        {
            devices.Add(new JsonObject
            {
                ["create_device_request"] = new JsonObject
                {
                    ["device"] = new JsonObject
                    {
                        ["dev_eui"] = device.DevEui.ToLowerInvariant(),
                        ["name"] = device.Name,
                        ["application_id"] = applicationId,
                        ["device_profile_id"] = deviceProfileId,
                        ["join_eui"] = device.JoinEui.ToLowerInvariant(),
                    },
                },
                ["create_device_keys_request"] = new JsonObject
                {
                    ["device_keys"] = new JsonObject
                    {
                        ["dev_eui"] = device.DevEui.ToLowerInvariant(),
                        ["nwk_key"] = device.AppKey.ToLowerInvariant(),
                    },
                },
            });
        }

        return devices.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
