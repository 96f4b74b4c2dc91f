// Independent LoRaWAN peer for the interop tests, built on the npm package lora-packet (0.9.3).
// Reads one JSON request on stdin, writes one JSON answer on stdout. Hex everywhere; multi-byte
// fields (DevAddr, AppNonce, NetID, DevNonce) are big-endian as lora-packet takes them; FCntMSBytes, the
// upper 16 bits of a 32-bit FCnt, goes into the B0/A_i blocks as given, so it is little-endian (wire order).
"use strict";
const lora = require("lora-packet");

const hex = (s) => Buffer.from(s, "hex");
const msb = (fcnt) => { const b = Buffer.alloc(2); b.writeUInt16LE((fcnt >>> 16) & 0xffff, 0); return b; };

const handlers = {
  // Parse, verify and decrypt frames our stack built.
  verifyUplinks(request) {
    return request.frames.map((f) => {
      const packet = lora.fromWire(hex(f.phy));
      const micValid = lora.verifyMIC(packet, hex(f.nwkSKey), undefined, msb(f.fcnt));
      const hasPort = packet.getFPort() !== null;
      const payload = hasPort && packet.FRMPayload.length > 0
        ? lora.decrypt(packet, hex(f.appSKey), hex(f.nwkSKey), msb(f.fcnt)).toString("hex") : "";
      return {
        micValid,
        mType: packet.getMType(),
        devAddr: packet.DevAddr.toString("hex"),
        fCnt: packet.getFCnt(),
        fPort: hasPort ? packet.getFPort() : -1,
        adr: packet.getFCtrlADR(),
        adrAckReq: packet.getFCtrlADRACKReq(),
        ack: packet.getFCtrlACK(),
        fOpts: packet.FOpts.toString("hex"),
        payload,
      };
    });
  },

  // Build data downlinks as a network server would.
  buildDownlinks(request) {
    return request.downlinks.map((d) => {
      const packet = lora.fromFields({
        MType: d.confirmed ? "Confirmed Data Down" : "Unconfirmed Data Down",
        DevAddr: hex(d.devAddr),
        FCtrl: { ADR: d.adr, ACK: d.ack, FPending: d.fPending },
        FCnt: d.fcnt & 0xffff,
        FOpts: hex(d.fOpts),
        FPort: d.fPort,
        payload: hex(d.payload),
      }, hex(d.appSKey), hex(d.nwkSKey), undefined, msb(d.fcnt));
      return { phy: packet.getPHYPayload().toString("hex") };
    });
  },

  // Build encrypted Join-Accepts and the session keys lora-packet derives for them.
  buildJoinAccepts(request) {
    return request.joinAccepts.map((j) => {
      const fields = {
        MType: "Join Accept",
        AppNonce: hex(j.joinNonce),
        NetID: hex(j.netId),
        DevAddr: hex(j.devAddr),
        DLSettings: j.dlSettings,
        RxDelay: j.rxDelay,
      };
      if (j.cfList) fields.CFList = hex(j.cfList);
      const packet = lora.fromFields(fields, undefined, undefined, hex(j.appKey));
      const keys = lora.generateSessionKeys10(hex(j.appKey), hex(j.netId), hex(j.joinNonce), hex(j.devNonce));
      return {
        phy: packet.getPHYPayload().toString("hex"),
        nwkSKey: keys.NwkSKey.toString("hex"),
        appSKey: keys.AppSKey.toString("hex"),
      };
    });
  },

  // Verify Join-Requests our stack built.
  verifyJoinRequests(request) {
    return request.frames.map((f) => {
      const packet = lora.fromWire(hex(f.phy));
      return {
        micValid: lora.verifyMIC(packet, undefined, hex(f.appKey)),
        mType: packet.getMType(),
        joinEui: packet.AppEUI.toString("hex"),
        devEui: packet.DevEUI.toString("hex"),
        devNonce: packet.DevNonce.toString("hex"),
      };
    });
  },
};

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const request = JSON.parse(input);
  const handler = handlers[request.op];
  if (!handler) {
    process.stderr.write(`peer.js: unknown op '${request.op}'\n`);
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(handler(request)));
});
