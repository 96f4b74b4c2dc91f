// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors
{
    /// <summary>Median of a few integer samples, in place and without allocation (nanoFramework has no Array.Sort).</summary>
    public static class Median
    {
        /// <summary>
        /// Sorts <paramref name="values"/>[0..<paramref name="count"/>) ascending (insertion sort: N is a handful of
        /// samples) and returns the median; for an even count, the mean of the two middle values rounded toward zero.
        /// </summary>
        /// <param name="values">Samples; reordered.</param>
        /// <param name="count">How many samples, at least 1.</param>
        /// <returns>The median.</returns>
        public static int SortAndSelect(int[] values, int count)
        {
            for (int i = 1; i < count; i++)
            {
                int value = values[i];
                int j = i - 1;
                while (j >= 0 && values[j] > value)
                {
                    values[j + 1] = values[j];
                    j--;
                }

                values[j + 1] = value;
            }

            int middle = count / 2;
            if ((count & 1) == 1)
            {
                return values[middle];
            }

            return (int)(((long)values[middle - 1] + values[middle]) / 2);
        }
    }
}
