// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.TestSupport
{
    /// <summary>Two connected serial ports in memory: what one end writes, the other reads (a null-modem cable).</summary>
    public sealed class InMemorySerialPair
    {
        public InMemorySerialPair()
        {
            var towardsNode = new Queue<byte>();
            var towardsHost = new Queue<byte>();
            Node = new End(towardsNode, towardsHost);
            Host = new End(towardsHost, towardsNode);
        }

        /// <summary>The node's end (the console reads and writes here).</summary>
        public End Node { get; }

        /// <summary>The technician tool's end.</summary>
        public End Host { get; }

        public sealed class End : ISerialPort
        {
            private readonly Queue<byte> incoming;
            private readonly Queue<byte> outgoing;

            internal End(Queue<byte> incoming, Queue<byte> outgoing)
            {
                this.incoming = incoming;
                this.outgoing = outgoing;
            }

            public int BytesToRead => incoming.Count;

            public int Read(byte[] buffer, int offset, int count)
            {
                int n = 0;
                while (n < count && incoming.Count > 0)
                {
                    buffer[offset + n++] = incoming.Dequeue();
                }

                return n;
            }

            public void Write(byte[] buffer, int offset, int count)
            {
                for (int i = 0; i < count; i++)
                {
                    outgoing.Enqueue(buffer[offset + i]);
                }
            }

            public void DiscardInBuffer() => incoming.Clear();

            /// <summary>Writes ASCII text.</summary>
            public void WriteText(string text) => Write(System.Text.Encoding.ASCII.GetBytes(text), 0, text.Length);

            /// <summary>Everything received so far, as text.</summary>
            public string ReadAllText()
            {
                var bytes = new byte[incoming.Count];
                Read(bytes, 0, bytes.Length);
                return System.Text.Encoding.ASCII.GetString(bytes);
            }
        }
    }
}
