// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Diagnostics;

namespace SmartCityNodes.TestSupport
{
    /// <summary>
    /// Runs one of the node scripts of tests/interop (peers built on npm packages nobody here wrote) with a request on
    /// standard input and returns what it writes on standard output.
    /// </summary>
    public static class NodeScript
    {
        /// <summary>Runs <c>node <paramref name="script"/></c> in <paramref name="directory"/>.</summary>
        /// <param name="directory">Working directory (tests/interop).</param>
        /// <param name="script">Script file name.</param>
        /// <param name="request">Text written to standard input.</param>
        /// <param name="timeoutMs">How long the script may take.</param>
        /// <returns>Standard output.</returns>
        public static string Run(string directory, string script, string request, int timeoutMs)
        {
            var start = new ProcessStartInfo("node", script)
            {
                WorkingDirectory = directory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
            process.StandardInput.Write(request);
            process.StandardInput.Close();
            var stdoutTask = process.StandardOutput.ReadToEndAsync();
            string stderr = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(timeoutMs))
            {
                process.Kill();
                throw new TimeoutException($"{script} did not answer within {timeoutMs / 1000} s");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {stderr}");
            }

            return stdoutTask.Result;
        }
    }
}
