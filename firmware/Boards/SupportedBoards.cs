// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Boards
{
    /// <summary>The boards the firmware supports, in one list (tools and the node's start-up pick from it by id).</summary>
    public static class SupportedBoards
    {
        /// <summary>Number of supported boards.</summary>
        public const int Count = 3;

        /// <summary>A new description of every supported board, in a fixed order.</summary>
        /// <returns>A new array of <see cref="Count"/> descriptions.</returns>
        public static BoardDescription[] DescribeAll()
        {
            BoardDescription[] boards = new BoardDescription[Count];
            boards[0] = TtgoLoRa32V21.Describe();
            boards[1] = HeltecWiFiLoRa32V3.Describe();
            boards[2] = FireBeetleEsp32ESx1262.Describe();
            return boards;
        }

        /// <summary>The board whose <see cref="BoardDescription.Id"/> equals <paramref name="id"/> (ordinal, exact), or null.</summary>
        /// <param name="id">A board id such as "ttgo-lora32-v21".</param>
        /// <returns>A new description, or null when no board has that id.</returns>
        public static BoardDescription Find(string id)
        {
            BoardDescription[] boards = DescribeAll();
            for (int i = 0; i < boards.Length; i++)
            {
                if (boards[i].Id == id)
                {
                    return boards[i];
                }
            }

            return null;
        }
    }
}
