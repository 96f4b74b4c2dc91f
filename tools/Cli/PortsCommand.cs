// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.CommandLine;
using System.IO.Ports;

namespace SmartCityNodes.Cli;

/// <summary><c>scn ports</c>: the serial ports System.IO.Ports sees, to find the board before <c>scn flash</c>.</summary>
public static class PortsCommand
{
    /// <summary>Builds the <c>ports</c> command.</summary>
    public static Command Build(TextWriter output)
    {
        var command = new Command("ports", "List the serial ports of this computer (plug the board in and look for the new one).");
        command.SetAction(_ =>
        {
            var ports = SerialPort.GetPortNames().Order(StringComparer.Ordinal).ToArray();
            var table = TableWriter.Create("Serial port");
            foreach (var port in ports)
            {
                TableWriter.AddRow(table, port);
            }

            TableWriter.Write(output, table);
            output.WriteLine(ports.Length == 0 ? "no serial ports found" : $"{ports.Length} serial ports");
            return CliApp.Ok;
        });
        return command;
    }
}
