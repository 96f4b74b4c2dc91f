// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli;

/// <summary>Bad input from the user: printed as one line saying what to fix, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
