// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.RemoteConfiguration
{
    /// <summary>
    /// The commands of one remote-configuration downlink, filled in place by <see cref="RemoteConfigParser"/>. The
    /// runtime creates one at start-up; its arrays are sized once and reused.
    /// </summary>
    public sealed class RemoteConfigCommandList
    {
        /// <summary>Most commands one downlink may carry.</summary>
        public const int Capacity = 8;

        /// <summary>Index value meaning "no command failed".</summary>
        public const int NoFailingCommand = 0xFF;

        /// <summary>Opcode of each command, 0..Count-1.</summary>
        public readonly RemoteConfigOpcode[] Opcodes = new RemoteConfigOpcode[Capacity];

        /// <summary>Interval or threshold id of each command (0 for the others).</summary>
        public readonly byte[] ParameterIds = new byte[Capacity];

        /// <summary>Value of each command: seconds, threshold value, 0/1 for on/off; 0 for Reboot and RequestStatus.</summary>
        public readonly int[] Values = new int[Capacity];

        /// <summary>Transaction id the server chose; the acknowledgement echoes it.</summary>
        public int TransactionId;

        /// <summary>Commands held; 0 after a failed parse (all or nothing).</summary>
        public int Count;

        /// <summary>Index of the command that made the parse fail, or <see cref="NoFailingCommand"/>.</summary>
        public int FailingCommandIndex = NoFailingCommand;
    }
}
