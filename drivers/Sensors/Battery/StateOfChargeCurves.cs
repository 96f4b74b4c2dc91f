// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.Drivers.Sensors.Battery
{
    /// <summary>
    /// The cell curves the nodes use, as cited data tables. Each property builds a new curve: read it once when the
    /// battery monitor is created. Properties rather than static readonly fields, so this type has no static
    /// constructor and a node builds only the curve of its own cell, once per boot (docs/static-constructors.md).
    /// </summary>
    public static class StateOfChargeCurves
    {
        /// <summary>
        /// Lithium-ion / lithium-polymer (LiCoO2-type, 4.2 V charge) open-circuit voltage versus state of charge at
        /// room temperature, 0 % to 100 % in 10 % steps: 3306, 3687, 3741, 3775, 3793, 3821, 3884, 3945, 4008, 4086,
        /// 4177 mV (Maxim Integrated application note AN4189, OCV table, as reproduced by third parties; not re-read in
        /// review). Not the current Zephyr BATTERY_OCV_CURVE_LITHIUM_ION_POLYMER_DEFAULT, which is Panasonic NCR18650BF
        /// data (2502…4032 mV, zephyr include/zephyr/dt-bindings/battery/battery.h). Open-circuit: measure with the radio
        /// and sensors idle; replace with a bench curve of the chosen cell.
        /// </summary>
        public static StateOfChargeCurve LithiumIon
        {
            get
            {
                return new StateOfChargeCurve(
                    new int[] { 3306, 3687, 3741, 3775, 3793, 3821, 3884, 3945, 4008, 4086, 4177 },
                    new int[] { 0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000 });
            }
        }

        /// <summary>
        /// Lithium thionyl chloride (Li-SOCl2, bobbin cell such as Saft LS 14500 / LS 33600), loaded at a few mA at
        /// +20 °C. The voltage stays on a 3.5–3.65 V plateau for most of the life and then falls steeply, so voltage only
        /// separates "plenty", "getting low" and "end of life": points are read off the typical discharge-curve shape in
        /// the Saft LS 14500 datasheet (plateau ≈ 3.6 V, knee below ≈ 3.4 V, 2.0 V cut-off) and must be replaced by a
        /// bench discharge of the chosen cell before the numbers are trusted. For life estimates prefer the node's
        /// coulomb ledger; use this curve only to detect the knee.
        /// </summary>
        public static StateOfChargeCurve LithiumThionylChloride
        {
            get
            {
                return new StateOfChargeCurve(
                    new int[] { 2000, 3000, 3300, 3400, 3500, 3600, 3650 },
                    new int[] { 0, 20, 50, 100, 300, 900, 1000 });
            }
        }
    }
}
