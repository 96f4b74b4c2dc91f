// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli;

/// <summary>
/// A file, serial port or external tool failed while doing what the user asked (disk full, permission denied,
/// port absent, nanoff returned an error): one line on stderr, exit code 3.
/// </summary>
public sealed class DeviceIoException(string message) : Exception(message);
