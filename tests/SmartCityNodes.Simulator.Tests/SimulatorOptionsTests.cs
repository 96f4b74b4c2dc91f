// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Tests
{
    [TestClass]
    public sealed class SimulatorOptionsTests
    {
        [TestMethod]
        public void NoArguments_AreTheDefaults()
        {
            var options = SimulatorOptions.Parse(Array.Empty<string>());
            Assert.IsNull(options.Days);
            Assert.AreEqual("sim-out", options.OutputFolder);
            Assert.AreEqual(0, options.Fleet.Count);
            Assert.IsTrue(options.Charts);
        }

        [TestMethod]
        public void Options_AreRead()
        {
            var options = SimulatorOptions.Parse(new[] { "--years", "10", "--node", "parking", "--seed", "42", "--fleet", "100,1000,10000", "--out", "x", "--js-codecs" });
            Assert.AreEqual(3652.5, options.Days);
            Assert.AreEqual("parking", options.Node);
            Assert.AreEqual(42ul, options.Seed);
            CollectionAssert.AreEqual(new[] { 100, 1000, 10000 }, options.Fleet);
            Assert.AreEqual("x", options.OutputFolder);
            Assert.IsTrue(options.JsCodecs);
        }

        [TestMethod]
        [DataRow(new[] { "--days" }, "--days needs a value")]
        [DataRow(new[] { "--days", "-1" }, "--days must be a positive number")]
        [DataRow(new[] { "--node", "lamp" }, "--node must be bin, air or parking; got 'lamp'")]
        [DataRow(new[] { "--fleet", "10,abc" }, "got 'abc'")]
        [DataRow(new[] { "--seed", "-3" }, "--seed must be a non-negative integer")]
        [DataRow(new[] { "--storm" }, "--storm needs --node")]
        [DataRow(new[] { "--verbose" }, "unknown option '--verbose'")]
        public void BadOptions_SayWhatToFix(string[] args, string expected)
        {
            var exception = Assert.ThrowsExactly<ArgumentException>(() => SimulatorOptions.Parse(args));
            StringAssert.Contains(exception.Message, expected);
        }
    }
}
