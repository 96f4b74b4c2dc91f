// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>Field sizes of LoRaWAN 1.0.x frames (L2 1.0.4 §4, §6.2), named so no bare number appears in the codecs.</summary>
    public static class FrameLayout
    {
        /// <summary>MHDR length.</summary>
        public const int MhdrLength = 1;

        /// <summary>MIC length.</summary>
        public const int MicLength = 4;

        /// <summary>DevAddr length.</summary>
        public const int DevAddrLength = 4;

        /// <summary>FHDR without FOpts: DevAddr(4) FCtrl(1) FCnt(2) (§4.3.1).</summary>
        public const int FhdrMinLength = 7;

        /// <summary>Largest FOpts field (§4.3.1.6: FOptsLen is 4 bits).</summary>
        public const int FOptsMaxLength = 15;

        /// <summary>Smallest data frame: MHDR + FHDR + MIC.</summary>
        public const int DataFrameMinLength = MhdrLength + FhdrMinLength + MicLength;

        /// <summary>Largest PHYPayload any region allows (RP002-1.0.4: M max 250 + MHDR + MIC = 255).</summary>
        public const int PhyPayloadMaxLength = 255;

        /// <summary>Offset of DevAddr in a data frame.</summary>
        public const int DevAddrOffset = 1;

        /// <summary>Offset of FCtrl in a data frame.</summary>
        public const int FCtrlOffset = 5;

        /// <summary>Offset of the 16-bit FCnt in a data frame.</summary>
        public const int FCntOffset = 6;

        /// <summary>Offset of FOpts in a data frame.</summary>
        public const int FOptsOffset = 8;

        /// <summary>Highest application port; 224 is the certification port, 225..255 are reserved (§4.3.2).</summary>
        public const int FPortMaxApplication = 223;

        /// <summary>The LoRaWAN certification (compliance) protocol port (§4.3.2, TS009).</summary>
        public const int FPortCertification = 224;

        /// <summary>Join-Request: MHDR JoinEUI(8) DevEUI(8) DevNonce(2) MIC(4) (TS001-1.0.4 §6.2.5).</summary>
        public const int JoinRequestLength = 23;

        /// <summary>Join-Accept without CFList: MHDR JoinNonce(3) NetID(3) DevAddr(4) DLSettings(1) RxDelay(1) MIC(4) (TS001-1.0.4 §6.2.6).</summary>
        public const int JoinAcceptLength = 17;

        /// <summary>Join-Accept with the 16-byte CFList.</summary>
        public const int JoinAcceptWithCFListLength = 33;

        /// <summary>CFList length (RP002-1.0.4 §2.x "CFList").</summary>
        public const int CFListLength = 16;

        /// <summary>AES key length for every LoRaWAN key.</summary>
        public const int KeyLength = 16;
    }
}
