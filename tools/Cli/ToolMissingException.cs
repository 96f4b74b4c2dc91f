// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Cli;

/// <summary>An external program scn drives (nanoff) is not installed: one line saying how to install it, exit code 4.</summary>
public sealed class ToolMissingException(string message) : Exception(message);
