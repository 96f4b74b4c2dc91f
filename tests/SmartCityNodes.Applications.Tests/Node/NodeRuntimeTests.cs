// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Configuration;

namespace SmartCityNodes.Applications.Tests.Node
{
    [TestClass]
    public sealed class NodeRuntimeTests
    {
        [TestMethod]
        public void Explore()
        {
            var node = new HostNode();
            node.Provision(HostNode.ProvisionedConfiguration());
            node.Radio.ReplyWith(node.Server.NextJoinAccept());
            node.RunUntil(3 * 3600 * 1000);
            Assert.Fail(string.Join("\n", node.Log));
        }
    }
}
