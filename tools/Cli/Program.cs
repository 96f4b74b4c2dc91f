// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
