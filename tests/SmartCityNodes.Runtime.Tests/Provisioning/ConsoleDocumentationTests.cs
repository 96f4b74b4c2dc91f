// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Text.RegularExpressions;

namespace SmartCityNodes.Runtime.Tests.Provisioning
{
    /// <summary>The host-side engineer implements against docs/provisioning-console.md: every example line in it must carry a right checksum.</summary>
    [TestClass]
    public sealed partial class ConsoleDocumentationTests
    {
        [GeneratedRegex(@"(?<body>(?:OK|ERR|ID|GET|SET|COMMIT|STATUS|JOIN|REBOOT|DISCARD)(?: [!-)+-_a-~]+)*)\*(?<sum>[0-9A-F]{2})")]
        private static partial Regex ExampleLine();

        [TestMethod]
        public void EveryExampleInTheProtocolDocumentHasTheRightChecksum()
        {
            string directory = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(directory, "SmartCityNodes.sln")))
            {
                directory = Path.GetDirectoryName(directory)!;
            }

            string text = File.ReadAllText(Path.Combine(directory, "docs", "provisioning-console.md"));
            int checkedLines = 0;
            foreach (Match match in ExampleLine().Matches(text))
            {
                string body = match.Groups["body"].Value;
                int xor = 0;
                foreach (char c in body)
                {
                    xor ^= c;
                }

                string written = match.Groups["sum"].Value;
                if (body == "ID" && written == "0E")
                {
                    continue; // the document's deliberate bad-checksum example
                }

                Assert.AreEqual($"{xor:X2}", written, $"checksum of \"{body}\"");
                checkedLines++;
            }

            Assert.IsGreaterThan(40, checkedLines, "the document's examples were found");
        }
    }
}
