// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Runtime.Energy
{
    /// <summary>The node's energy source, as configuration: capacity, self-discharge, or external power.</summary>
    public sealed class BatteryProfile
    {
        /// <summary>Cell name for logs and docs.</summary>
        public string Name;

        /// <summary>Nominal capacity at the node's load and temperature, µAh (0 = unknown: battery level 255).</summary>
        public long CapacityMicroampHours;

        /// <summary>Capacity lost per year to self-discharge, in ‰ of nominal capacity.</summary>
        public int SelfDischargePerMillePerYear;

        /// <summary>Share of the nominal capacity the design may use (derating for temperature, passivation, end-of-life knee), ‰.</summary>
        public int UsablePerMille = 1000;

        /// <summary>Mains or solar supply: DevStatusAns reports 0 (L2 1.0.4 §5.5) and no budget is held.</summary>
        public bool ExternalPower;

        /// <summary>
        /// Saft LS 33600 (Li-SOCl2, D, 3.6 V): 17 Ah nominal (at 3 mA to 2.0 V, +20 °C) and self-discharge below
        /// 1 % per year at +20 °C (Saft LS 33600 datasheet; figures not re-read in this session: verify the
        /// revision you buy against). 19 Ah D cells of the same chemistry exist from other makers; enter their figures
        /// here the same way.
        /// </summary>
        public static BatteryProfile SaftLs33600()
        {
            BatteryProfile battery = new BatteryProfile();
            battery.Name = "Saft LS 33600 (Li-SOCl2 D)";
            battery.CapacityMicroampHours = 17000000;
            battery.SelfDischargePerMillePerYear = 10;
            return battery;
        }

        /// <summary>
        /// A 19 Ah Li-SOCl2 D cell (3.6 V; Tadiran TL-5930 is one: 19 Ah nominal at 2 mA to 2.0 V, +25 °C), with the
        /// chemistry's self-discharge of about 1 % per year at room temperature: the cell of the lifetime targets in
        /// docs/simulator.md. Check the datasheet of the cell you buy and enter its figures the same way.
        /// </summary>
        public static BatteryProfile LiSocl2D19Ah()
        {
            BatteryProfile battery = new BatteryProfile();
            battery.Name = "Li-SOCl2 D 19 Ah (e.g. Tadiran TL-5930)";
            battery.CapacityMicroampHours = 19000000;
            battery.SelfDischargePerMillePerYear = 10;
            return battery;
        }
    }
}
