// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.Runtime.Provisioning;

namespace SmartCityNodes.Runtime.Tests.Provisioning
{
    /// <summary>
    /// A technician's tool on the far end of an <see cref="InMemorySerialPair"/>, playing request lines at set times of a
    /// virtual clock: each line reaches the node's port once the clock has passed its time (the node polls the port, so
    /// that is when it can see it). Also the window's <see cref="IConsolePortOpener"/>, counting opens.
    /// </summary>
    public sealed class ScriptedConsoleHost : IConsolePortOpener, ISerialPort
    {
        private readonly InMemorySerialPair _pair = new InMemorySerialPair();
        private readonly VirtualClock _clock;
        private readonly List<(long AtMilliseconds, string Text)> _script = new();
        private readonly System.Text.StringBuilder _received = new();

        public ScriptedConsoleHost(VirtualClock clock) => _clock = clock;

        /// <summary>How often the window opened the port.</summary>
        public int Opens { get; private set; }

        /// <summary>When set, Open throws (a UART that cannot be opened).</summary>
        public bool FailOpen { get; set; }

        public int BytesToRead
        {
            get
            {
                Deliver();
                return _pair.Node.BytesToRead;
            }
        }

        /// <summary>Adds a request line (body only: the checksum and LF are added, as scn sends them) at a time.</summary>
        public void Request(long atMilliseconds, string body) => _script.Add((atMilliseconds, WithChecksum(body) + "\n"));

        /// <summary>
        /// The ABP example session of docs/provisioning-console.md (activation, DevAddr, both session keys), COMMIT, then
        /// JOIN, all sent at <paramref name="atMilliseconds"/>.
        /// </summary>
        public void RequestAbpSessionAndJoin(long atMilliseconds)
        {
            Request(atMilliseconds, "SET activation abp");
            Request(atMilliseconds, "SET devaddr 260B1234");
            Request(atMilliseconds, "SET nwkskey 44024241ED4CE9A68C6A8BC055233FD3");
            Request(atMilliseconds, "SET appskey EC925802AE430CA77FD3DD73CB2CC588");
            Request(atMilliseconds, "COMMIT");
            Request(atMilliseconds, "JOIN");
        }

        /// <summary>Adds raw bytes (noise, a line without checksum) at a time.</summary>
        public void Raw(long atMilliseconds, string text) => _script.Add((atMilliseconds, text));

        /// <summary>Every reply line the node sent so far, checksum checked and removed.</summary>
        public List<string> Replies()
        {
            _received.Append(_pair.Host.ReadAllText());
            var lines = new List<string>();
            foreach (string line in _received.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
            {
                int star = line.LastIndexOf('*');
                Assert.AreEqual(WithChecksum(line[..star]), line, "reply checksum");
                lines.Add(line[..star]);
            }

            return lines;
        }

        public ISerialPort Open()
        {
            Opens++;
            if (FailOpen)
            {
                throw new InvalidOperationException("COM3 cannot be opened");
            }

            return this;
        }

        public int Read(byte[] buffer, int offset, int count) => _pair.Node.Read(buffer, offset, count);

        public void Write(byte[] buffer, int offset, int count) => _pair.Node.Write(buffer, offset, count);

        public void DiscardInBuffer() => _pair.Node.DiscardInBuffer();

        /// <summary>The test's own checksum: XOR of the characters, two uppercase hex digits (NMEA 0183 style).</summary>
        public static string WithChecksum(string body)
        {
            int x = 0;
            foreach (char c in body)
            {
                x ^= c;
            }

            return $"{body}*{x:X2}";
        }

        private void Deliver()
        {
            long now = _clock.UptimeMilliseconds;
            for (int i = 0; i < _script.Count; i++)
            {
                if (_script[i].AtMilliseconds <= now)
                {
                    _pair.Host.WriteText(_script[i].Text);
                    _script.RemoveAt(i);
                    i--;
                }
            }
        }
    }
}
