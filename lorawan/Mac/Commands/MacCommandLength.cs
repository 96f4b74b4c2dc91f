// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Mac
{
    /// <summary>Payload sizes of the LoRaWAN L2 1.0.4 MAC commands (§5, field layouts of §5.1..§5.9), CID byte excluded.</summary>
    public static class MacCommandLength
    {
        /// <summary>Returned by <see cref="Payload"/> for a CID this stack does not know in that direction.</summary>
        public const int Unknown = -1;


        /// <summary>Largest MAC command payload in either direction (NewChannelReq, DeviceTimeAns: 5 bytes).</summary>
        public const int PayloadMax = 5;

        /// <summary>
        /// Payload length in bytes of the command <paramref name="cid"/> travelling in the given direction, or
        /// <see cref="Unknown"/>.
        /// </summary>
        /// <param name="cid">Command identifier byte.</param>
        /// <param name="uplink">True for end-device to network (Req of LinkCheck/DeviceTime, Ans of the rest).</param>
        public static int Payload(byte cid, bool uplink)
        {
            switch (cid)
            {
                case (byte)Cid.LinkCheck: return uplink ? 0 : 2;      // §5.1: Req empty; Ans Margin(1) GwCnt(1)
                case (byte)Cid.LinkADR: return uplink ? 1 : 4;        // §5.2: Ans Status(1); Req DataRate_TXPower(1) ChMask(2) Redundancy(1)
                case (byte)Cid.DutyCycle: return uplink ? 0 : 1;      // §5.3: Req DutyCyclePL(1)
                case (byte)Cid.RXParamSetup: return uplink ? 1 : 4;   // §5.4: Ans Status(1); Req DLsettings(1) Frequency(3)
                case (byte)Cid.DevStatus: return uplink ? 2 : 0;      // §5.5: Ans Battery(1) Margin(1)
                case (byte)Cid.NewChannel: return uplink ? 1 : 5;     // §5.6: Ans Status(1); Req ChIndex(1) Freq(3) DrRange(1)
                case (byte)Cid.RXTimingSetup: return uplink ? 0 : 1;  // §5.7: Req RxTimingSettings(1)
                case (byte)Cid.TxParamSetup: return uplink ? 0 : 1;   // §5.8: Req EIRP_DwellTime(1)
                case (byte)Cid.DlChannel: return uplink ? 1 : 4;      // §5.6: Ans Status(1); Req ChIndex(1) Freq(3)
                case (byte)Cid.DeviceTime: return uplink ? 0 : 5;     // §5.9: Ans seconds(4) fractional(1)
                default: return Unknown;
            }
        }
    }
}
