// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Radio;
using SmartCityNodes.LoRaWan.Frames;
using SmartCityNodes.Simulator.Channel;
using SmartCityNodes.Simulator.Common;
using SmartCityNodes.Simulator.Network;
using SmartCityNodes.Simulator.Node;

namespace SmartCityNodes.Simulator.Simulation
{
    /// <summary>
    /// One node's path to the network: its transmissions go through the channel to every gateway (path loss, its
    /// fixed shadowing, per-packet fading), the best copy reaches the network server, and the server's RX1
    /// downlink comes back through the channel. Every transmission is logged.
    /// </summary>
    internal sealed class AirLink : IAirInterface
    {
        private readonly RadioChannel _channel;
        private readonly NetworkServer _server;
        private readonly IReadOnlyList<Gateway> _gateways;
        private readonly double _x;
        private readonly double _y;
        private readonly ServerResult _result = new ServerResult();
        private readonly UplinkMetadata _metadata = new UplinkMetadata();
        private readonly LinkBudget _budget = new LinkBudget();
        private ulong _packetIndex;
        private double _downlinkMarginDb;
        private string _bestGateway = "";
        private int _lastDataFCnt = -1;

        public AirLink(string nodeName, string nodeType, double x, double y, RadioChannel channel, NetworkServer server, IReadOnlyList<Gateway> gateways, NodeStatistics statistics)
        {
            NodeName = nodeName;
            NodeType = nodeType;
            _x = x;
            _y = y;
            _channel = channel;
            _server = server;
            _gateways = gateways;
            Statistics = statistics;
        }

        public string NodeName { get; }
        public string NodeType { get; }
        public NodeStatistics Statistics { get; }
        public List<UplinkRecord> Uplinks { get; } = new();

        /// <summary>Keep a row per transmission (off for very long runs to save memory; counters still count).</summary>
        public bool Record { get; set; } = true;

        /// <summary>Names the kind of a data uplink from its FPort (the node's runtime sends status, acknowledgements and reports).</summary>
        public Func<int, string> KindOf { get; set; } = port => "Port" + port;

        /// <summary>Application reports (FPort 1 and 2) transmitted, first transmissions only.</summary>
        public int ReportsTransmitted { get; private set; }

        public long Delivered { get; private set; }
        public long Sent { get; private set; }

        /// <summary>Data frames (not Join-Requests) sent and accepted by the server as new or repeated frames.</summary>
        public long DataSent { get; private set; }
        public long DataDelivered { get; private set; }

        public void Transmitted(RadioTxSettings settings, byte[] frame, int offset, int count, long txEndUptimeMilliseconds, long airtimeMicroseconds, PendingDownlink pending)
        {
            Sent++;
            bool isJoin = frame[offset] >> 5 == (int)MType.JoinRequest;
            string kind = "JoinRequest";
            if (!isJoin)
            {
                DataSent++;
                int fPort = FPortOf(frame, offset, count);
                int fCnt = frame[offset + 6] | (frame[offset + 7] << 8);
                kind = fCnt == _lastDataFCnt ? "Repeat" : KindOf(fPort); // NbTrans or confirmed retransmission: same FCnt (L2 1.0.4 §4.3.1.1)
                _lastDataFCnt = fCnt;
                Statistics.Count(kind);
                if ((fPort == 1 || fPort == 2) && kind != "Repeat")
                {
                    ReportsTransmitted++;
                }
            }
            else
            {
                Statistics.JoinAttempts++;
            }

            Statistics.Transmissions++;
            string band = SubBandOf(settings.FrequencyHz);
            Statistics.AirtimeBySubBandMilliseconds.TryGetValue(band, out double used);
            Statistics.AirtimeBySubBandMilliseconds[band] = used + (airtimeMicroseconds / 1000.0);

            // Node EIRP = conducted power + the MAC's assumed 2 dBi antenna.
            double eirp = settings.PowerDbm + 2;
            double bestSnr = double.NegativeInfinity;
            double bestRssi = double.NegativeInfinity;
            int heard = 0;
            ulong packet = _packetIndex++;
            foreach (var gateway in _gateways)
            {
                string linkName = NodeName + "→" + gateway.Name;
                _channel.Evaluate(eirp, _channel.Parameters.GatewayAntennaGainDbi, gateway.DistanceTo(_x, _y), _channel.ShadowingDb(linkName), settings.SpreadingFactor, settings.BandwidthHz, _budget);
                if (_channel.PassesFading(_budget.MarginDb, linkName, packet, out double fade))
                {
                    heard++;
                    if (_budget.SnrDb + fade > bestSnr)
                    {
                        bestSnr = _budget.SnrDb + fade;
                        bestRssi = _budget.RssiDbm + fade;
                        _bestGateway = gateway.Name;
                        _downlinkMarginDb = _budget.MarginDb; // reciprocal channel, before the gateway's higher power
                    }
                }
            }

            var row = Record ? new UplinkRecord
            {
                Node = NodeName,
                Type = NodeType,
                TimeHours = txEndUptimeMilliseconds / (double)Units.MillisecondsPerHour,
                Kind = kind,
                SpreadingFactor = settings.SpreadingFactor,
                DataRate = 12 - settings.SpreadingFactor,
                FrequencyMHz = settings.FrequencyHz / 1e6,
                PowerDbm = settings.PowerDbm,
                Bytes = count,
                AirtimeMilliseconds = airtimeMicroseconds / 1000.0,
                Gateways = heard,
            } : null;

            if (heard == 0)
            {
                if (row != null)
                {
                    row.Verdict = "Lost";
                    Uplinks.Add(row);
                }

                return;
            }

            _metadata.TimeMilliseconds = txEndUptimeMilliseconds;
            _metadata.FrequencyHz = settings.FrequencyHz;
            _metadata.DataRate = 12 - settings.SpreadingFactor;
            _metadata.SnrDb = Math.Round(bestSnr, 1);
            _metadata.RssiDbm = Math.Round(bestRssi);
            _metadata.GatewayCount = heard;
            byte[] copy = new byte[count];
            Array.Copy(frame, offset, copy, 0, count);
            _server.HandleUplink(copy, count, _metadata, _result);
            if (_result.Verdict == UplinkVerdict.Accepted || _result.Verdict == UplinkVerdict.JoinAccepted)
            {
                Delivered++;
            }

            if (!isJoin && (_result.Verdict == UplinkVerdict.Accepted || _result.Verdict == UplinkVerdict.Duplicate))
            {
                DataDelivered++;
            }

            if (_result.Downlink != null)
            {
                pending.Frame = _result.Downlink;
                pending.FrequencyHz = _result.DownlinkFrequencyHz;
                pending.SpreadingFactor = 12 - _result.DownlinkDataRate;
                pending.OpenUptimeMilliseconds = txEndUptimeMilliseconds + _result.DownlinkDelayMilliseconds;
            }

            if (row != null)
            {
                row.FCnt = _result.FCnt;
                row.FPort = _result.FPort;
                row.BestSnrDb = _metadata.SnrDb;
                row.BestRssiDbm = _metadata.RssiDbm;
                row.Verdict = _result.Verdict.ToString();
                row.Delivered = _result.Verdict == UplinkVerdict.Accepted || _result.Verdict == UplinkVerdict.JoinAccepted;
                row.Downlink = _result.MacCommands;
                row.Decoded = _result.Decoded ?? "";
                Uplinks.Add(row);
            }
        }

        public bool DownlinkReceived(PendingDownlink pending, out int rssiDbm, out int snrDb)
        {
            // The gateway transmits with more power than the node: add the difference to the uplink's margin.
            double gain = _channel.Parameters.GatewayEirpDbm - 16;
            double margin = _downlinkMarginDb + gain;
            bool through = _channel.PassesFading(margin, NodeName + "←" + _bestGateway, _packetIndex++, out double fade);
            double noise = _channel.NoiseFloorDbm(125000);
            snrDb = (int)Math.Round(margin + RadioChannel.DemodulationSnrLimitDb(pending.SpreadingFactor) + fade);
            rssiDbm = (int)Math.Round(noise + snrDb);
            if (through)
            {
                Statistics.DownlinksReceived++;
            }

            return through;
        }

        /// <summary>
        /// FPort of a data frame (LoRaWAN L2 1.0.4 §4.3: MHDR 1, FHDR = DevAddr 4 + FCtrl 1 + FCnt 2 + FOpts (FCtrl bits 3..0),
        /// then FPort when a payload follows, MIC 4), or -1 without one.
        /// </summary>
        public static int FPortOf(byte[] frame, int offset, int count)
        {
            int fPortAt = 1 + 4 + 1 + 2 + (frame[offset + 5] & 0x0F);
            return count > fPortAt + 4 ? frame[offset + fPortAt] : -1;
        }

        /// <summary>EU868 sub-band of a frequency (ERC 70-03 annex 1 / RP002-1.0.4 §2.4: g 865–868 MHz 1 %, g1 868.0–868.6 1 %, g2 868.7–869.2 0.1 %, g3 869.4–869.65 10 %).</summary>
        public static string SubBandOf(uint frequencyHz)
        {
            if (frequencyHz >= 868000000 && frequencyHz <= 868600000)
            {
                return "g1 (868.0–868.6, 1 %)";
            }

            if (frequencyHz >= 865000000 && frequencyHz < 868000000)
            {
                return "g (865–868, 1 %)";
            }

            if (frequencyHz >= 868700000 && frequencyHz <= 869200000)
            {
                return "g2 (868.7–869.2, 0.1 %)";
            }

            if (frequencyHz >= 869400000 && frequencyHz <= 869650000)
            {
                return "g3 (869.4–869.65, 10 %)";
            }

            return "other";
        }
    }
}
