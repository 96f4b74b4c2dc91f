// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Runtime.Provisioning
{
    /// <summary>
    /// The technician's line protocol on the serial port (docs/provisioning-console.md). Each request is
    /// <c>COMMAND [args]*XX</c> + LF, each reply <c>OK ...*XX</c> or <c>ERR code field text*XX</c> + CR LF, XX the
    /// NMEA-style XOR checksum (<see cref="LineChecksum"/>). SET changes a staged copy in RAM only; COMMIT validates
    /// it whole and writes the configuration record power-loss-safe (<see cref="ConfigurationStore"/>), so a session
    /// that ends without COMMIT, or a power cut during COMMIT, leaves the previous configuration in force.
    /// Lines longer than <see cref="MaxLineLength"/> are discarded up to their LF and answered ERR 2; the receive
    /// buffer never grows. All buffers are allocated once.
    /// </summary>
    public sealed class ProvisioningConsole
    {
        /// <summary>Longest request line, without its CR/LF (the longest legal line, SET app_params with 49 bytes, is 115).</summary>
        public const int MaxLineLength = 160;

        /// <summary>Device model word of the ID reply.</summary>
        public const string Model = "SCN-NODE";

        private const int MaxTokens = 3;
        private const int ReplyCapacity = 200;
        private const byte LineFeed = 0x0A;
        private const byte CarriageReturn = 0x0D;
        private const int ChecksumSuffixLength = 3; // '*' and two hex digits

        private readonly ISerialPort port;
        private readonly ConfigurationStore store;
        private readonly INodeControl node;
        private readonly NodeConfiguration staged = new NodeConfiguration();
        private readonly byte[] line = new byte[MaxLineLength + 1]; // + the CR of a CR LF ending
        private readonly byte[] receive = new byte[32];
        private readonly byte[] reply = new byte[ReplyCapacity];
        private readonly int[] tokenStart = new int[MaxTokens + 1];
        private readonly int[] tokenLength = new int[MaxTokens + 1];
        private int lineLength;
        private bool overflowed;
        private int replyLength;

        /// <summary>Creates the console; the staged copy starts as the configuration in force.</summary>
        /// <param name="port">Serial port to the technician tool.</param>
        /// <param name="store">Configuration store (its Active configuration must be loaded).</param>
        /// <param name="node">The node runtime.</param>
        public ProvisioningConsole(ISerialPort port, ConfigurationStore store, INodeControl node)
        {
            this.port = port;
            this.store = store;
            this.node = node;
            staged.CopyFrom(store.Active);
        }

        /// <summary>True when SET changed the staged copy since the last COMMIT or DISCARD.</summary>
        public bool HasStagedChanges { get; private set; }

        /// <summary>The staged configuration (what COMMIT would write).</summary>
        public NodeConfiguration Staged => staged;

        /// <summary>
        /// Request lines with a right checksum since construction, answered OK or ERR: a technician's tool at the other
        /// end. Line noise (a floating RX pin, a wrong baud rate) practically never forms one, so this, not the byte
        /// count, tells <see cref="ConsoleWindow"/> that someone is there.
        /// </summary>
        public int ChecksummedRequests { get; private set; }

        /// <summary>Reads whatever the port holds and answers every complete line. Never blocks.</summary>
        public void Poll()
        {
            while (port.BytesToRead > 0)
            {
                int count = port.Read(receive, 0, receive.Length);
                if (count <= 0)
                {
                    return;
                }

                for (int i = 0; i < count; i++)
                {
                    Accept(receive[i]);
                }
            }
        }

        private void Accept(byte value)
        {
            if (value == LineFeed)
            {
                if (overflowed)
                {
                    Error(ConsoleError.LineTooLong, ConfigField.None, "line too long");
                }
                else
                {
                    int length = lineLength > 0 && line[lineLength - 1] == CarriageReturn ? lineLength - 1 : lineLength;
                    if (length > MaxLineLength)
                    {
                        Error(ConsoleError.LineTooLong, ConfigField.None, "line too long");
                    }
                    else if (length > 0)
                    {
                        Process(length);
                    }
                }

                lineLength = 0;
                overflowed = false;
                return;
            }

            if (overflowed)
            {
                return;
            }

            if (lineLength == line.Length)
            {
                overflowed = true;
                return;
            }

            line[lineLength++] = value;
        }

        private void Process(int length)
        {
            for (int i = 0; i < length; i++)
            {
                if (line[i] < 0x20 || line[i] > 0x7E)
                {
                    Error(ConsoleError.BadSyntax, ConfigField.None, "non-printable character");
                    return;
                }
            }

            int star = length - ChecksumSuffixLength;
            if (star < 0 || line[star] != '*')
            {
                Error(ConsoleError.BadChecksum, ConfigField.None, "missing checksum");
                return;
            }

            int high = AsciiText.HexValue(line[star + 1]);
            int low = AsciiText.HexValue(line[star + 2]);
            if (high < 0 || low < 0 || ((high << 4) | low) != LineChecksum.Compute(line, 0, star))
            {
                Error(ConsoleError.BadChecksum, ConfigField.None, "checksum mismatch");
                return;
            }

            ChecksummedRequests++;
            int tokens = Tokenize(star);
            if (tokens < 0)
            {
                Error(ConsoleError.BadSyntax, ConfigField.None, "bad spacing or too many arguments");
                return;
            }

            if (tokens == 0)
            {
                Error(ConsoleError.UnknownCommand, ConfigField.None, "empty command");
                return;
            }

            if (Is(0, "ID"))
            {
                Identify(tokens);
            }
            else if (Is(0, "GET"))
            {
                Get(tokens);
            }
            else if (Is(0, "SET"))
            {
                Set(tokens);
            }
            else if (Is(0, "COMMIT"))
            {
                Commit(tokens);
            }
            else if (Is(0, "DISCARD"))
            {
                Discard(tokens);
            }
            else if (Is(0, "STATUS"))
            {
                Status(tokens);
            }
            else if (Is(0, "JOIN"))
            {
                Join(tokens);
            }
            else if (Is(0, "REBOOT"))
            {
                Reboot(tokens);
            }
            else
            {
                Error(ConsoleError.UnknownCommand, ConfigField.None, "unknown command");
            }
        }

        private void Identify(int tokens)
        {
            if (!ExpectTokens(tokens, 1))
            {
                return;
            }

            Begin("OK ID model=");
            Append(Model);
            Append(" fw=");
            Append(node.FirmwareVersion);
            Append(" deveui=");
            replyLength = AsciiText.WriteHex(store.Active.DevEui, 16, reply, replyLength);
            Append(" state=");
            Append(store.Active.IsProvisioned ? "provisioned" : "unprovisioned");
            Send();
        }

        private void Get(int tokens)
        {
            if (!ExpectTokens(tokens, 2))
            {
                return;
            }

            ConfigField field = ConfigurationText.FindField(line, tokenStart[1], tokenLength[1]);
            if (field == ConfigField.None)
            {
                Error(ConsoleError.UnknownField, ConfigField.None, "unknown field");
                return;
            }

            Begin("OK GET ");
            Append(ConfigFieldNames.NameOf(field));
            Append(" ");
            replyLength = ConfigurationText.Format(field, staged, reply, replyLength);
            Send();
        }

        private void Set(int tokens)
        {
            if (!ExpectTokens(tokens, 3))
            {
                return;
            }

            ConfigField field = ConfigurationText.FindField(line, tokenStart[1], tokenLength[1]);
            if (field == ConfigField.None)
            {
                Error(ConsoleError.UnknownField, ConfigField.None, "unknown field");
                return;
            }

            ConsoleError error = ConfigurationText.Parse(field, line, tokenStart[2], tokenLength[2], staged);
            if (error != ConsoleError.None)
            {
                Error(error, field, error == ConsoleError.BadLength ? "wrong length" : error == ConsoleError.OutOfRange ? "out of range" : "bad value");
                return;
            }

            HasStagedChanges = true;
            Begin("OK SET ");
            Append(ConfigFieldNames.NameOf(field));
            Send();
        }

        private void Commit(int tokens)
        {
            if (!ExpectTokens(tokens, 1))
            {
                return;
            }

            ConfigStatus status = store.Commit(staged);
            if (status != ConfigStatus.Ok)
            {
                ConsoleError error = status == ConfigStatus.StorageFailed ? ConsoleError.StorageFailed
                    : status == ConfigStatus.Inconsistent ? ConsoleError.Inconsistent
                    : status == ConfigStatus.ApplicationRejected ? ConsoleError.ApplicationRejected
                    : status == ConfigStatus.BadLength ? ConsoleError.BadLength : ConsoleError.OutOfRange;
                Error(error, store.LastErrorField, error == ConsoleError.StorageFailed ? "flash write failed, previous configuration kept"
                    : error == ConsoleError.Inconsistent ? "inconsistent with other fields" : "rejected");
                return;
            }

            HasStagedChanges = false;
            Begin("OK COMMIT crc=");
            replyLength = AsciiText.WriteHex(store.Crc, 8, reply, replyLength);
            Send();
        }

        private void Discard(int tokens)
        {
            if (!ExpectTokens(tokens, 1))
            {
                return;
            }

            staged.CopyFrom(store.Active);
            HasStagedChanges = false;
            Begin("OK DISCARD");
            Send();
        }

        private void Status(int tokens)
        {
            if (!ExpectTokens(tokens, 1))
            {
                return;
            }

            Begin("OK STATUS state=");
            Append(store.Active.IsProvisioned ? "provisioned" : "unprovisioned");
            Append(" staged=");
            Append(HasStagedChanges ? "1" : "0");
            Append(" crc=");
            replyLength = AsciiText.WriteHex(store.Crc, 8, reply, replyLength);
            Append(" commits=");
            replyLength = AsciiText.WriteDecimal(store.Sequence, reply, replyLength);
            Append(" joined=");
            Append(node.Joined ? "1" : "0");
            Append(" fcntup=");
            replyLength = AsciiText.WriteDecimal(node.UplinkCounter, reply, replyLength);
            Send();
        }

        private void Join(int tokens)
        {
            if (!ExpectTokens(tokens, 1))
            {
                return;
            }

            if (!store.Active.IsProvisioned)
            {
                Error(ConsoleError.Unprovisioned, ConfigField.None, "unprovisioned");
                return;
            }

            Begin("OK JOIN");
            Send();
            node.RequestJoin();
        }

        private void Reboot(int tokens)
        {
            if (!ExpectTokens(tokens, 1))
            {
                return;
            }

            Begin("OK REBOOT");
            Send();
            node.RequestReboot();
        }

        private bool ExpectTokens(int tokens, int expected)
        {
            if (tokens == expected)
            {
                return true;
            }

            Error(ConsoleError.BadSyntax, ConfigField.None, tokens < expected ? "missing argument" : "too many arguments");
            return false;
        }

        /// <summary>Splits line[0..end) at single spaces; -1 on a leading, trailing or double space or too many tokens.</summary>
        private int Tokenize(int end)
        {
            int count = 0;
            int start = 0;
            for (int i = 0; i <= end; i++)
            {
                if (i == end || line[i] == ' ')
                {
                    if (i == start)
                    {
                        return end == 0 ? 0 : -1;
                    }

                    if (count == MaxTokens)
                    {
                        return -1;
                    }

                    tokenStart[count] = start;
                    tokenLength[count] = i - start;
                    count++;
                    start = i + 1;
                }
            }

            return count;
        }

        private bool Is(int token, string word) => AsciiText.EqualsIgnoreCase(line, tokenStart[token], tokenLength[token], word);

        private void Error(ConsoleError error, ConfigField field, string text)
        {
            Begin("ERR ");
            replyLength = AsciiText.WriteDecimal((int)error, reply, replyLength);
            Append(" ");
            Append(ConfigFieldNames.NameOf(field));
            Append(" ");
            Append(text);
            Send();
        }

        private void Begin(string text)
        {
            replyLength = 0;
            Append(text);
        }

        private void Append(string text) => replyLength = ConfigurationText.WriteAscii(text, reply, replyLength);

        private void Send()
        {
            byte checksum = LineChecksum.Compute(reply, 0, replyLength);
            reply[replyLength++] = (byte)'*';
            reply[replyLength++] = AsciiText.HexDigit(checksum >> 4);
            reply[replyLength++] = AsciiText.HexDigit(checksum);
            reply[replyLength++] = CarriageReturn;
            reply[replyLength++] = LineFeed;
            port.Write(reply, 0, replyLength);
        }
    }
}
