// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Applications.Common
{
    /// <summary>
    /// The report bookkeeping every application shares: whether it has reported since installation, when, and with
    /// which fault flags; from it and this wake's events and faults, why to report now. Persisted as a 10-byte part
    /// of each application's state record.
    /// </summary>
    public sealed class ReportHistory
    {
        /// <summary>Bytes of the persisted part: flags, last reported faults, last report time (int64).</summary>
        public const int RecordLength = 10;

        private const int FlagHasReported = 0x01;

        /// <summary>True once a report was decided since installation (or since the state was lost).</summary>
        public bool HasReported { get; private set; }

        /// <summary>Time of the last report, ms.</summary>
        public long LastReportAtMilliseconds { get; private set; }

        /// <summary>Fault flags of the last report (the application's fault enum as a byte).</summary>
        public byte LastReportedFaults { get; private set; }

        /// <summary>When the periodic report (heartbeat) is due, ms.</summary>
        /// <param name="periodMilliseconds">Periodic report interval, ms.</param>
        /// <returns>Last report time + period.</returns>
        public long PeriodicDueAtMilliseconds(long periodMilliseconds)
        {
            return LastReportAtMilliseconds + periodMilliseconds;
        }

        /// <summary>
        /// Decides why to report now: <see cref="ReportReason.Startup"/> before the first report, <see cref="ReportReason.Event"/>
        /// on any event, <see cref="ReportReason.FaultChanged"/> when the fault flags differ from the last report's,
        /// <see cref="ReportReason.Periodic"/> when the period has passed. A report is recorded (time and faults).
        /// </summary>
        /// <param name="nowMilliseconds">Current time, ms.</param>
        /// <param name="hasEvents">Whether this wake produced an event.</param>
        /// <param name="faults">This wake's fault flags.</param>
        /// <param name="periodMilliseconds">Periodic report interval, ms.</param>
        /// <returns>The reasons, or <see cref="ReportReason.None"/>.</returns>
        public ReportReason Decide(long nowMilliseconds, bool hasEvents, byte faults, long periodMilliseconds)
        {
            ReportReason reason = ReportReason.None;
            if (!HasReported)
            {
                reason |= ReportReason.Startup;
            }
            else if (nowMilliseconds - LastReportAtMilliseconds >= periodMilliseconds)
            {
                reason |= ReportReason.Periodic;
            }

            if (hasEvents)
            {
                reason |= ReportReason.Event;
            }

            if (faults != LastReportedFaults)
            {
                reason |= ReportReason.FaultChanged;
            }

            if (reason != ReportReason.None)
            {
                HasReported = true;
                LastReportAtMilliseconds = nowMilliseconds;
                LastReportedFaults = faults;
            }

            return reason;
        }

        /// <summary>Writes the <see cref="RecordLength"/>-byte part.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">First byte.</param>
        public void Write(byte[] buffer, int offset)
        {
            buffer[offset] = (byte)(HasReported ? FlagHasReported : 0);
            buffer[offset + 1] = LastReportedFaults;
            StateRecord.WriteInt64(buffer, offset + 2, LastReportAtMilliseconds);
        }

        /// <summary>Checks a persisted part without restoring it.</summary>
        /// <param name="buffer">Source (length already checked by the caller).</param>
        /// <param name="offset">First byte.</param>
        /// <param name="faultMask">The fault bits the application defines.</param>
        /// <returns>True when every field can have been written by <see cref="Write"/>.</returns>
        public static bool IsValid(byte[] buffer, int offset, int faultMask)
        {
            return (buffer[offset] & ~FlagHasReported) == 0 && (buffer[offset + 1] & ~faultMask) == 0;
        }

        /// <summary>Restores a part that <see cref="IsValid"/> accepted.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        public void Restore(byte[] buffer, int offset)
        {
            HasReported = (buffer[offset] & FlagHasReported) != 0;
            LastReportedFaults = buffer[offset + 1];
            LastReportAtMilliseconds = StateRecord.ReadInt64(buffer, offset + 2);
        }
    }
}
