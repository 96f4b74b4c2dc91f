// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Radio.Tests
{
    /// <summary>
    /// Base of every radio test class: after each test, any datasheet violation recorded by a chip model built during the
    /// test fails it, whether or not the test looked (models register themselves in <see cref="ChipModelTracker"/>).
    /// </summary>
    public abstract class ChipModelTest
    {
        [TestInitialize]
        public void ForgetModels() => ChipModelTracker.Reset();

        [TestCleanup]
        public void FailOnModelViolations()
        {
            string report = ChipModelTracker.Report();
            ChipModelTracker.Reset();
            Assert.AreEqual(string.Empty, report, "chip model violations");
        }
    }
}
