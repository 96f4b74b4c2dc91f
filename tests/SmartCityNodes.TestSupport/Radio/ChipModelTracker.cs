// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.TestSupport.Radio
{
    /// <summary>A chip model that records datasheet violations.</summary>
    public interface IChipModel
    {
        /// <summary>Which chip this models, for the failure message.</summary>
        string ChipName { get; }

        /// <summary>Every datasheet rule the driver broke, in order.</summary>
        List<string> Violations { get; }

        /// <summary>True when the test provokes violations on purpose and asserts them itself.</summary>
        bool ViolationsExpected { get; }
    }

    /// <summary>
    /// Every chip model registers itself here when it is built, so a test's cleanup can fail on any recorded violation,
    /// not only the tests that remember to look. Tests of one assembly run one after another (no parallelisation is
    /// configured), so one list is enough; <see cref="Reset"/> starts each test afresh.
    /// </summary>
    public static class ChipModelTracker
    {
        private static readonly object Gate = new();
        private static readonly List<IChipModel> Models = new();

        /// <summary>Records a newly built model.</summary>
        public static void Register(IChipModel model)
        {
            lock (Gate)
            {
                Models.Add(model);
            }
        }

        /// <summary>Forgets every model (call before each test).</summary>
        public static void Reset()
        {
            lock (Gate)
            {
                Models.Clear();
            }
        }

        /// <summary>All violations of the models built since <see cref="Reset"/>, except those a test expected; empty when clean.</summary>
        public static string Report()
        {
            lock (Gate)
            {
                var lines = new List<string>();
                foreach (IChipModel model in Models)
                {
                    if (!model.ViolationsExpected)
                    {
                        foreach (string violation in model.Violations)
                        {
                            lines.Add($"{model.ChipName}: {violation}");
                        }
                    }
                }

                return string.Join("; ", lines);
            }
        }
    }
}
