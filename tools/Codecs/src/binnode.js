// ---------------------------------------------------------------------------------------------------------------
// BinNode part: measurement (FPort 1) and event (FPort 2), 8 bytes, docs/payloads/binnode.md.
// ---------------------------------------------------------------------------------------------------------------

function scnDecodeBinNodeReading(bytes, fPort) {
  var type = fPort === SCN_PORT_PERIODIC ? SCN_TYPE_PERIODIC : SCN_TYPE_EVENT;
  var problem = scnCheckMessage(bytes, fPort, [type], 8);
  if (problem) {
    return scnError(problem);
  }
  if (bytes[1] > 100 && bytes[1] !== 0xFF) {
    return scnError("fill level raw value " + bytes[1] + " is reserved");
  }
  var distance = scnUInt16(bytes, 2);
  return {
    data: {
      messageType: type === SCN_TYPE_PERIODIC ? "measurement" : "event",
      formatVersion: bytes[0] >> 4,
      fillLevelPercent: bytes[1] === 0xFF ? null : bytes[1],
      distanceMm: distance === 0xFFFF ? null : distance,
      temperatureC: bytes[4] === 0xFF ? null : bytes[4] - 40,
      batteryV: scnBatteryVolts(bytes[5]),
      events: {
        full: (bytes[6] & 0x01) !== 0,
        fire: (bytes[6] & 0x02) !== 0,
        tilt: (bytes[6] & 0x04) !== 0,
        pickup: (bytes[6] & 0x08) !== 0
      },
      faults: {
        distanceSensor: (bytes[7] & 0x01) !== 0,
        temperatureSensor: (bytes[7] & 0x02) !== 0,
        tiltSensor: (bytes[7] & 0x04) !== 0,
        batteryMonitor: (bytes[7] & 0x08) !== 0
      }
    }
  };
}

function decodeUplink(input) {
  return scnDecodeUplink(input, scnDecodeBinNodeReading);
}

function encodeDownlink(input) {
  return scnEncodeDownlink(input, "binnode");
}

function decodeDownlink(input) {
  return scnDecodeDownlink(input, "binnode");
}
