// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.Common;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Applications.Payloads;
using SmartCityNodes.Applications.Payloads.Air;
using SmartCityNodes.Applications.Payloads.Bin;
using SmartCityNodes.Applications.Payloads.Parking;

namespace SmartCityNodes.Simulator.Node
{
    /// <summary>
    /// The firmware payload encoders (firmware/Applications/Payloads, formats in docs/payloads): a report with an
    /// event goes out as the event message on FPort 2, anything else as the measurement (heartbeat) on FPort 1.
    /// </summary>
    internal static class ReportEncoding
    {
        /// <summary>Battery voltage reported: a Li-SOCl₂ cell's flat 3.6 V plateau (Saft LS 33600 nominal voltage).</summary>
        public const int BatteryMillivolts = 3600;

        public static byte[] Bin(BinReport report, out int fPort)
        {
            var readings = new BinNodeReadings();
            BinReportPayload.Fill(report, BatteryMillivolts, false, readings);
            var buffer = new byte[BinNodePayloadEncoder.Length];
            bool isEvent = (report.Reason & ReportReason.Event) != 0;
            int length = isEvent ? BinNodePayloadEncoder.EncodeEvent(buffer, 0, readings) : BinNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
            fPort = isEvent ? PayloadPorts.Event : PayloadPorts.Periodic;
            return buffer.AsSpan(0, length).ToArray();
        }

        public static byte[] Air(AirReport report, out int fPort)
        {
            var readings = new AirNodeReadings();
            AirReportPayload.Fill(report, readings);
            var buffer = new byte[AirNodePayloadEncoder.Length];
            bool isEvent = (report.Reason & ReportReason.Event) != 0;
            int length = isEvent ? AirNodePayloadEncoder.EncodeEvent(buffer, 0, readings) : AirNodePayloadEncoder.EncodeMeasurement(buffer, 0, readings);
            fPort = isEvent ? PayloadPorts.Event : PayloadPorts.Periodic;
            return buffer.AsSpan(0, length).ToArray();
        }

        public static byte[] Parking(ParkingReport report, out int fPort)
        {
            var readings = new ParkingNodeReadings();
            ParkingReportPayload.Fill(report, BatteryMillivolts, false, readings);
            var buffer = new byte[ParkingNodePayloadEncoder.Length];
            bool isEvent = (report.Reason & ReportReason.Event) != 0;
            int length = isEvent ? ParkingNodePayloadEncoder.EncodeOccupancyChange(buffer, 0, readings) : ParkingNodePayloadEncoder.EncodeHeartbeat(buffer, 0, readings);
            fPort = isEvent ? PayloadPorts.Event : PayloadPorts.Periodic;
            return buffer.AsSpan(0, length).ToArray();
        }
    }
}
