// ---------------------------------------------------------------------------------------------------------------
// ParkingNode part: heartbeat (FPort 1) and occupancy change (FPort 2), 8 bytes, docs/payloads/parkingnode.md.
// ---------------------------------------------------------------------------------------------------------------

function scnDecodeParkingNodeReading(bytes, fPort) {
  var type = fPort === SCN_PORT_PERIODIC ? SCN_TYPE_PERIODIC : SCN_TYPE_EVENT;
  var problem = scnCheckMessage(bytes, fPort, [type], 8);
  if (problem) {
    return scnError(problem);
  }
  var minutes = scnUInt16(bytes, 2);
  return {
    data: {
      messageType: type === SCN_TYPE_PERIODIC ? "heartbeat" : "occupancyChange",
      formatVersion: bytes[0] >> 4,
      occupied: (bytes[1] & 0x80) !== 0,
      minutesSinceChange: minutes === 0xFFFF ? null : minutes,
      changeCount: scnUInt16(bytes, 4),
      magneticDeviationUt: bytes[6] === 0xFF ? null : bytes[6],
      batteryV: scnBatteryVolts(bytes[7]),
      faults: {
        magnetometer: (bytes[1] & 0x01) !== 0,
        baselineNotCalibrated: (bytes[1] & 0x02) !== 0,
        batteryMonitor: (bytes[1] & 0x04) !== 0
      }
    }
  };
}

function decodeUplink(input) {
  return scnDecodeUplink(input, scnDecodeParkingNodeReading);
}

function encodeDownlink(input) {
  return scnEncodeDownlink(input, "parkingnode");
}

function decodeDownlink(input) {
  return scnDecodeDownlink(input, "parkingnode");
}
