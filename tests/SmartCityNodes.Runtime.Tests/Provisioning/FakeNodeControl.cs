// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Provisioning;

namespace SmartCityNodes.Runtime.Tests.Provisioning
{
    public sealed class FakeNodeControl : INodeControl
    {
        public string FirmwareVersion => "1.0.0";

        public bool Joined { get; set; }

        public uint UplinkCounter { get; set; }

        public int JoinRequests { get; private set; }

        public int RebootRequests { get; private set; }

        public void RequestJoin() => JoinRequests++;

        public void RequestReboot() => RebootRequests++;
    }
}
