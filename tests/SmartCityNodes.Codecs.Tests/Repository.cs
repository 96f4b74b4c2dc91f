// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;

namespace SmartCityNodes.Codecs.Tests;

/// <summary>Paths of the repository files the tests read, from the build's metadata.</summary>
internal static class Repository
{
    public static readonly string Root = Metadata("RepositoryRoot");

    public static readonly string InteropDirectory = Metadata("InteropPeerDirectory");

    public static readonly string[] Devices = { "binnode", "airnode", "parkingnode" };

    public static string VendorFile(string name) => Path.Combine(Root, "tools", "Codecs", "vendor", "smartcitynodes", name);

    public static string CodecFile(string device) => VendorFile(device + ".js");

    private static string Metadata(string key) => typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}
