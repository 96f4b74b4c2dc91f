// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Simulator.Fleet
{
    /// <summary>One fleet size's figures.</summary>
    internal sealed class FleetResult
    {
        public int Nodes { get; set; }
        public long Transmissions { get; set; }
        public long CollisionFree { get; set; }
        public long Delivered { get; set; }
        public long OutOfRange { get; set; }

        /// <summary>Highest offered load G of any (channel, SF) group.</summary>
        public double MaxGroupLoad { get; set; }

        /// <summary>Σ_g n_g·e^(−2G_g) / Σ n_g: what pure ALOHA predicts for the collision-free share.</summary>
        public double AlohaPredicted { get; set; }

        public double CollisionFreeRatio => Transmissions == 0 ? 0 : CollisionFree / (double)Transmissions;
        public double DeliveryRatio => Transmissions == 0 ? 0 : Delivered / (double)Transmissions;
        public Dictionary<int, long> TransmissionsBySpreadingFactor { get; } = new();
        public double WallSeconds { get; set; }
    }
}
