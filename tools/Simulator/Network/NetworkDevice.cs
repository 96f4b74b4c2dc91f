// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Network
{
    /// <summary>The server's record of one device: identity, keys, session, counters, ADR history and queues.</summary>
    internal sealed class NetworkDevice
    {
        public NetworkDevice(string name, string deviceType)
        {
            Name = name;
            DeviceType = deviceType;
        }

        public string Name { get; }
        public string DeviceType { get; }
        public ulong DevEui { get; set; }
        public ulong JoinEui { get; set; }
        public byte[] AppKey { get; set; } = new byte[16];

        /// <summary>Last accepted DevNonce; −1 before the first join.</summary>
        public int LastDevNonce { get; set; } = -1;

        /// <summary>Last JoinNonce issued (24 bits, incremented per join: L2 1.0.4 §6.2.3).</summary>
        public uint JoinNonce { get; set; }

        public bool HasSession { get; set; }
        public uint DevAddr { get; set; }
        public byte[] NwkSKey { get; } = new byte[16];
        public byte[] AppSKey { get; } = new byte[16];

        /// <summary>Last accepted uplink counter (32 bits); meaningful when <see cref="HasUplink"/>.</summary>
        public uint LastFCntUp { get; set; }
        public bool HasUplink { get; set; }

        /// <summary>Next downlink counter.</summary>
        public uint NFCntDown { get; set; }

        /// <summary>RX1DROffset given in the Join-Accept (or the ABP default 0).</summary>
        public int Rx1DrOffset { get; set; }

        /// <summary>Channels the device knows (EU868: 3 defaults, 8 after our CFList).</summary>
        public int ChannelCount { get; set; } = 3;

        /// <summary>ADR: SNR of the last uplinks (at most <see cref="AdrEngine.HistoryLength"/>).</summary>
        public Queue<double> SnrHistory { get; } = new Queue<double>();

        /// <summary>The data rate and TX power index the server believes the device uses.</summary>
        public int DataRate { get; set; }
        public int TxPowerIndex { get; set; }

        /// <summary>A LinkADRReq sent and not yet answered: (DR, power).</summary>
        public (int DataRate, int TxPowerIndex)? PendingAdr { get; set; }

        public int UplinksSinceDevStatus { get; set; }
        public int? LastBattery { get; set; }
        public int? LastMarginDb { get; set; }

        /// <summary>Application downlinks waiting for the next uplink (FPort, bytes).</summary>
        public Queue<(int FPort, byte[] Payload)> ApplicationQueue { get; } = new Queue<(int, byte[])>();

        // Counters for the summary.
        public int Joins { get; set; }
        public int UplinksAccepted { get; set; }
        public int Duplicates { get; set; }
        public int Rejected { get; set; }
        public int Downlinks { get; set; }
        public int LinkAdrRequests { get; set; }
        public int LinkAdrAccepted { get; set; }
        public int DevStatusAnswers { get; set; }
        public int ApplicationDownlinks { get; set; }
    }
}
