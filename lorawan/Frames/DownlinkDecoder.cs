// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;

namespace SmartCityNodes.LoRaWan.Frames
{
    /// <summary>
    /// Authenticates and decrypts data downlinks (L2 1.0.4 §4). Checks run cheapest first: length, MHDR,
    /// DevAddr, FOptsLen, counter, MIC; only a frame that passes every check commits the new NFCntDown to the
    /// session. A rejected frame changes nothing. Allocates nothing.
    /// </summary>
    /// <remarks>
    /// There is no MAX_FCNT_GAP window: 1.0.4 dropped it (LoRaMac-node's 1.0.4 build and RadioLib do not apply
    /// one), and with it a device whose network counter ran ahead by more than the gap would reject every later
    /// downlink for good. The 16-bit wire value is read as the next counter above the last one accepted (at most
    /// one roll-over ahead); an old frame then fails the MIC, and is reported as <see cref="LoRaWanStatus.CounterTooOld"/>
    /// when its MIC verifies one roll-over back.
    /// </remarks>
    [HotPath]
    public sealed class DownlinkDecoder
    {
        private const uint RollOver = 0x10000;

        private readonly FrameCrypto _crypto;

        /// <summary>Creates a decoder with its own crypto scratch state.</summary>
        public DownlinkDecoder()
            : this(new FrameCrypto())
        {
        }

        /// <summary>Creates a decoder sharing <paramref name="crypto"/>.</summary>
        public DownlinkDecoder(FrameCrypto crypto)
        {
            _crypto = crypto;
        }

        /// <summary>Decodes <paramref name="length"/> bytes of <paramref name="frame"/> for <paramref name="session"/> into <paramref name="result"/>.</summary>
        public LoRaWanStatus Decode(Session session, byte[] frame, int offset, int length, DownlinkFrame result)
        {
            if (session == null || frame == null || result == null || offset < 0 || length < 0 || length > frame.Length - offset)
            {
                return LoRaWanStatus.InvalidArgument;
            }

            if (length < FrameLayout.DataFrameMinLength)
            {
                return LoRaWanStatus.FrameTooShort;
            }

            if (length > FrameLayout.PhyPayloadMaxLength)
            {
                return LoRaWanStatus.FrameTooLong;
            }

            byte mhdr = frame[offset];
            if (Mhdr.MajorOf(mhdr) != Mhdr.MajorLoRaWanR1)
            {
                return LoRaWanStatus.UnsupportedMajor;
            }

            MType type = Mhdr.TypeOf(mhdr);
            if (type != MType.UnconfirmedDataDown && type != MType.ConfirmedDataDown)
            {
                return LoRaWanStatus.WrongMType;
            }

            uint devAddr = LittleEndian.ReadUInt32(frame, offset + FrameLayout.DevAddrOffset);
            if (devAddr != session.DevAddr)
            {
                return LoRaWanStatus.WrongDevAddr;
            }

            byte fCtrl = frame[offset + FrameLayout.FCtrlOffset];
            int fOptsLength = fCtrl & FCtrl.FOptsLengthMask;
            int macEnd = offset + length - FrameLayout.MicLength; // first MIC byte
            int fOptsEnd = offset + FrameLayout.FOptsOffset + fOptsLength;
            if (fOptsEnd > macEnd)
            {
                return LoRaWanStatus.FOptsLengthInvalid;
            }

            uint counter;
            LoRaWanStatus counterStatus = ReconstructCounter(session, LittleEndian.ReadUInt16(frame, offset + FrameLayout.FCntOffset), out counter);
            if (counterStatus != LoRaWanStatus.Ok)
            {
                return counterStatus;
            }

            uint wireMic = LittleEndian.ReadUInt32(frame, macEnd);
            uint mic = _crypto.ComputeDataMic(session.NwkSKey, Direction.Downlink, devAddr, counter, frame, offset, length - FrameLayout.MicLength);
            if (mic != wireMic)
            {
                // Tell a genuine old frame (authentic one roll-over back) from a forged or corrupted one.
                if (counter >= RollOver && session.DownlinkReceived
                    && _crypto.ComputeDataMic(session.NwkSKey, Direction.Downlink, devAddr, counter - RollOver, frame, offset, length - FrameLayout.MicLength) == wireMic)
                {
                    return LoRaWanStatus.CounterTooOld;
                }

                return LoRaWanStatus.MicMismatch;
            }

            bool hasPort = fOptsEnd < macEnd;
            int fPort = hasPort ? frame[fOptsEnd] : -1;
            if (fPort == 0 && fOptsLength > 0)
            {
                return LoRaWanStatus.PortZeroWithFOpts; // §4.3.1.6: MAC commands in both places is an error; ignore the frame
            }

            // Authentic and acceptable: fill the result, then commit the counter.
            result.Confirmed = type == MType.ConfirmedDataDown;
            result.DevAddr = devAddr;
            result.Adr = (fCtrl & FCtrl.AdrMask) != 0;
            result.Ack = (fCtrl & FCtrl.AckMask) != 0;
            result.FPending = (fCtrl & FCtrl.ClassBOrFPendingMask) != 0;
            result.FCnt = counter;
            result.FOptsLength = fOptsLength;
            System.Array.Copy(frame, offset + FrameLayout.FOptsOffset, result.FOpts, 0, fOptsLength);
            result.FPort = fPort;
            result.PayloadLength = hasPort ? macEnd - fOptsEnd - 1 : 0;
            if (result.PayloadLength > 0)
            {
                System.Array.Copy(frame, fOptsEnd + 1, result.Payload, 0, result.PayloadLength);
                byte[] key = fPort == 0 ? session.NwkSKey : session.AppSKey;
                _crypto.CryptPayload(key, Direction.Downlink, devAddr, counter, result.Payload, 0, result.PayloadLength);
            }

            session.NFCntDown = counter;
            session.DownlinkReceived = true;
            return LoRaWanStatus.Ok;
        }

        /// <summary>
        /// The 32-bit counter a 16-bit wire value stands for: the smallest value not below the last accepted one
        /// whose low 16 bits match (L2 1.0.4 §4.3.1.5), so at most one roll-over ahead. Equal to the last accepted
        /// one after a downlink was accepted: replay. Past 2^32 - 1: the session is over.
        /// </summary>
        public static LoRaWanStatus ReconstructCounter(Session session, ushort wireValue, out uint counter)
        {
            uint last = session.NFCntDown;
            counter = (last & 0xFFFF0000u) | wireValue;
            if (counter < last)
            {
                if (last >= 0xFFFF0000u)
                {
                    return LoRaWanStatus.CounterTooOld; // would wrap 32 bits: the session must be renewed
                }

                counter += RollOver;
            }

            if (session.DownlinkReceived && counter == last)
            {
                return LoRaWanStatus.CounterReplay;
            }

            return LoRaWanStatus.Ok;
        }
    }
}
