// ---------------------------------------------------------------------------------------------------------------
// SmartCityNodes payload codec, common part: header byte, status (FPort 10), remote configuration (FPort 20).
// Formats: docs/payloads/*.md in the SmartCityNodes repository. ES5 only (var, function; no let/const, arrow
// functions or template strings) so The Things Stack (goja) and ChirpStack v4 (QuickJS) both run it.
// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// ---------------------------------------------------------------------------------------------------------------

var SCN_FORMAT_VERSION = 1;
var SCN_PORT_PERIODIC = 1;
var SCN_PORT_EVENT = 2;
var SCN_PORT_STATUS = 10;
var SCN_PORT_CONFIG = 20;
var SCN_TYPE_PERIODIC = 0x0;
var SCN_TYPE_EVENT = 0x1;
var SCN_TYPE_STARTUP = 0x8;
var SCN_TYPE_STATUS_REPLY = 0x9;
var SCN_TYPE_CONFIG_ACK = 0xA;
var SCN_TYPE_CONFIG_COMMAND = 0xC;
var SCN_MAX_COMMANDS = 8;

var SCN_DEVICE_KINDS = ["unknown", "binnode", "airnode", "parkingnode"];
var SCN_RESET_CAUSES = ["unknown", "power-on", "external-pin", "software", "panic", "watchdog", "brownout", "remote-reboot", "firmware-update"];
var SCN_CONFIG_RESULTS = ["ok", "unsupported-version", "malformed", "unknown-command", "unknown-parameter", "value-out-of-range", "not-supported-on-device", "too-many-commands", "storage-failed"];

// Interval ids (docs/payloads/remote-config.md "Intervals"): wire id, range in seconds, devices that have it.
var SCN_INTERVALS = [
  { name: "report", id: 0x00, min: 60, max: 2592000, zeroAllowed: false, devices: ["binnode", "airnode"] },
  { name: "sample", id: 0x01, min: 1, max: 86400, zeroAllowed: false, devices: ["binnode", "airnode", "parkingnode"] },
  { name: "heartbeat", id: 0x02, min: 60, max: 2592000, zeroAllowed: false, devices: ["parkingnode"] },
  { name: "status", id: 0x03, min: 3600, max: 2592000, zeroAllowed: true, devices: ["binnode", "airnode", "parkingnode"] }
];

// Threshold ids ("Thresholds"): wire id, scale (JSON value x scale = wire i16), wire range, device.
var SCN_THRESHOLDS = [
  { name: "binFullPercent", id: 0x01, scale: 1, min: 1, max: 100, device: "binnode" },
  { name: "binFireTemperatureC", id: 0x02, scale: 1, min: 30, max: 200, device: "binnode" },
  { name: "binTiltDegrees", id: 0x03, scale: 1, min: 5, max: 180, device: "binnode" },
  { name: "binPickupDropPercent", id: 0x04, scale: 1, min: 5, max: 100, device: "binnode" },
  { name: "airPm25Ugm3", id: 0x10, scale: 1, min: 1, max: 1000, device: "airnode" },
  { name: "airPm10Ugm3", id: 0x11, scale: 1, min: 1, max: 1000, device: "airnode" },
  { name: "airTemperatureHighC", id: 0x12, scale: 10, min: -400, max: 1250, device: "airnode" },
  { name: "airGasLowKohm", id: 0x13, scale: 1, min: 1, max: 30000, device: "airnode" },
  { name: "parkingOccupiedDeviationUt", id: 0x20, scale: 1, min: 1, max: 500, device: "parkingnode" },
  { name: "parkingVacantDeviationUt", id: 0x21, scale: 1, min: 0, max: 500, device: "parkingnode" }
];

function scnFindBy(list, key, value) {
  for (var i = 0; i < list.length; i++) {
    if (list[i][key] === value) {
      return list[i];
    }
  }
  return null;
}

function scnContains(list, value) {
  for (var i = 0; i < list.length; i++) {
    if (list[i] === value) {
      return true;
    }
  }
  return false;
}

function scnIsInteger(value) {
  return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
}

function scnHex2(value) {
  var text = value.toString(16).toUpperCase();
  return text.length < 2 ? "0" + text : text;
}

function scnBatteryVolts(raw) {
  return raw === 0xFF ? null : (2000 + raw * 10) / 1000;
}

function scnUInt16(bytes, index) {
  return bytes[index] * 256 + bytes[index + 1];
}

function scnCrcHex(bytes, index) {
  return scnHex2(bytes[index]) + scnHex2(bytes[index + 1]) + scnHex2(bytes[index + 2]) + scnHex2(bytes[index + 3]);
}

function scnError(message) {
  return { errors: [message] };
}

// Checks the header byte and the length of a message on fPort; returns an error message or null.
function scnCheckMessage(bytes, fPort, allowedTypes, expectedLength) {
  if (bytes.length === 0) {
    return "expected " + expectedLength + " bytes on FPort " + fPort + ", got 0";
  }
  var version = bytes[0] >> 4;
  if (version !== SCN_FORMAT_VERSION) {
    return "unsupported format version " + version;
  }
  var type = bytes[0] & 0x0F;
  if (!scnContains(allowedTypes, type)) {
    return "message type " + type + " does not belong on FPort " + fPort;
  }
  if (bytes.length !== expectedLength) {
    return "expected " + expectedLength + " bytes on FPort " + fPort + ", got " + bytes.length;
  }
  return null;
}

function scnBytesOf(input) {
  if (!input || !input.bytes || typeof input.bytes.length !== "number") {
    return null;
  }
  var bytes = [];
  for (var i = 0; i < input.bytes.length; i++) {
    var value = input.bytes[i];
    if (!scnIsInteger(value) || value < 0 || value > 255) {
      return null;
    }
    bytes.push(value);
  }
  return bytes;
}

function scnDecodeStatus(bytes) {
  var problem = scnCheckMessage(bytes, SCN_PORT_STATUS, [SCN_TYPE_STARTUP, SCN_TYPE_STATUS_REPLY], 11);
  if (problem) {
    return scnError(problem);
  }
  if (bytes[1] < 1 || bytes[1] >= SCN_DEVICE_KINDS.length) {
    return scnError("unknown device kind " + bytes[1]);
  }
  return {
    data: {
      messageType: (bytes[0] & 0x0F) === SCN_TYPE_STARTUP ? "startup" : "status",
      formatVersion: bytes[0] >> 4,
      device: SCN_DEVICE_KINDS[bytes[1]],
      firmwareVersion: bytes[2] + "." + bytes[3] + "." + bytes[4],
      resetCause: bytes[5] < SCN_RESET_CAUSES.length ? SCN_RESET_CAUSES[bytes[5]] : "unknown",
      configurationCrc: scnCrcHex(bytes, 6),
      batteryV: scnBatteryVolts(bytes[10])
    }
  };
}

function scnDecodeConfigAck(bytes) {
  var problem = scnCheckMessage(bytes, SCN_PORT_CONFIG, [SCN_TYPE_CONFIG_ACK], 8);
  if (problem) {
    return scnError(problem);
  }
  if (bytes[2] >= SCN_CONFIG_RESULTS.length) {
    return scnError("unknown result code " + bytes[2]);
  }
  return {
    data: {
      messageType: "configAck",
      formatVersion: bytes[0] >> 4,
      transactionId: bytes[1],
      result: SCN_CONFIG_RESULTS[bytes[2]],
      failedCommandIndex: bytes[3] === 0xFF ? null : bytes[3],
      configurationCrc: scnCrcHex(bytes, 4)
    }
  };
}

// decodeUplink for every device: the device part hands in the decoder of its FPort 1 and 2 messages.
function scnDecodeUplink(input, decodeReading) {
  var bytes = scnBytesOf(input);
  if (bytes === null) {
    return scnError("bytes must be an array of integers 0..255");
  }
  switch (input.fPort) {
    case SCN_PORT_PERIODIC:
    case SCN_PORT_EVENT:
      return decodeReading(bytes, input.fPort);
    case SCN_PORT_STATUS:
      return scnDecodeStatus(bytes);
    case SCN_PORT_CONFIG:
      return scnDecodeConfigAck(bytes);
    default:
      return scnError("unknown FPort " + input.fPort);
  }
}

function scnEncodeCommand(command, device, bytes) {
  if (!command || typeof command.command !== "string") {
    return "every command needs a command name";
  }
  var name = command.command;
  if (name === "setInterval") {
    var interval = scnFindBy(SCN_INTERVALS, "name", command.interval);
    if (interval === null) {
      return "unknown interval " + command.interval;
    }
    if (!scnContains(interval.devices, device)) {
      return "interval " + interval.name + " is not available on " + device;
    }
    var seconds = command.seconds;
    if (!scnIsInteger(seconds) || !((seconds === 0 && interval.zeroAllowed) || (seconds >= interval.min && seconds <= interval.max))) {
      return "interval " + interval.name + " must be " + (interval.zeroAllowed ? "0 or " : "") + interval.min + ".." + interval.max + " seconds";
    }
    bytes.push(0x01, interval.id, Math.floor(seconds / 16777216) & 0xFF, (seconds >> 16) & 0xFF, (seconds >> 8) & 0xFF, seconds & 0xFF);
    return null;
  }
  if (name === "setThreshold") {
    var threshold = scnFindBy(SCN_THRESHOLDS, "name", command.threshold);
    if (threshold === null) {
      return "unknown threshold " + command.threshold;
    }
    if (threshold.device !== device) {
      return "threshold " + threshold.name + " is not available on " + device;
    }
    var scaled = typeof command.value === "number" ? Math.round(command.value * threshold.scale) : NaN;
    if (!(Math.abs(scaled - command.value * threshold.scale) < 1e-6) || scaled < threshold.min || scaled > threshold.max) {
      return "threshold " + threshold.name + " must be " + (threshold.min / threshold.scale) + ".." + (threshold.max / threshold.scale) + " in steps of " + (1 / threshold.scale);
    }
    bytes.push(0x02, threshold.id, (scaled >> 8) & 0xFF, scaled & 0xFF);
    return null;
  }
  if (name === "setConfirmedUplinks" || name === "setAdr") {
    if (typeof command.enabled !== "boolean") {
      return name + " needs enabled: true or false";
    }
    bytes.push(name === "setConfirmedUplinks" ? 0x03 : 0x04, command.enabled ? 1 : 0);
    return null;
  }
  if (name === "reboot") {
    bytes.push(0x05);
    return null;
  }
  if (name === "requestStatus") {
    bytes.push(0x06);
    return null;
  }
  return "unknown command " + name;
}

// encodeDownlink for every device: { transactionId: 0..255, commands: [ {command: ...}, ... ] } -> FPort 20.
function scnEncodeDownlink(input, device) {
  var data = input ? input.data : null;
  if (!data || typeof data !== "object" || Object.prototype.toString.call(data) === "[object Array]") {
    return scnError("data must be an object");
  }
  if (!scnIsInteger(data.transactionId) || data.transactionId < 0 || data.transactionId > 255) {
    return scnError("transactionId must be an integer 0..255");
  }
  if (Object.prototype.toString.call(data.commands) !== "[object Array]" || data.commands.length < 1 || data.commands.length > SCN_MAX_COMMANDS) {
    return scnError("commands must be a list of 1.." + SCN_MAX_COMMANDS + " commands");
  }
  var bytes = [(SCN_FORMAT_VERSION << 4) | SCN_TYPE_CONFIG_COMMAND, data.transactionId];
  for (var i = 0; i < data.commands.length; i++) {
    var problem = scnEncodeCommand(data.commands[i], device, bytes);
    if (problem) {
      return scnError("command " + i + ": " + problem);
    }
  }
  return { bytes: bytes, fPort: SCN_PORT_CONFIG };
}

// decodeDownlink for every device: the mirror of scnEncodeDownlink.
function scnDecodeDownlink(input, device) {
  var bytes = scnBytesOf(input);
  if (bytes === null) {
    return scnError("bytes must be an array of integers 0..255");
  }
  if (input.fPort !== SCN_PORT_CONFIG) {
    return scnError("unknown FPort " + input.fPort);
  }
  if (bytes.length === 0) {
    return scnError("a configuration downlink needs a header, a transaction id and 1.." + SCN_MAX_COMMANDS + " commands");
  }
  var version = bytes[0] >> 4;
  if (version !== SCN_FORMAT_VERSION) {
    return scnError("unsupported format version " + version);
  }
  if ((bytes[0] & 0x0F) !== SCN_TYPE_CONFIG_COMMAND) {
    return scnError("message type " + (bytes[0] & 0x0F) + " does not belong on FPort " + SCN_PORT_CONFIG);
  }
  if (bytes.length < 3) {
    return scnError("a configuration downlink needs a header, a transaction id and 1.." + SCN_MAX_COMMANDS + " commands");
  }
  var commands = [];
  var position = 2;
  while (position < bytes.length) {
    var index = commands.length;
    if (index === SCN_MAX_COMMANDS) {
      return scnError("more than " + SCN_MAX_COMMANDS + " commands");
    }
    var opcode = bytes[position];
    var lengths = [0, 6, 4, 2, 2, 1, 1];
    var length = opcode < lengths.length ? lengths[opcode] : 0;
    if (length === 0) {
      return scnError("command " + index + ": unknown opcode " + opcode);
    }
    if (position + length > bytes.length) {
      return scnError("command " + index + ": truncated");
    }
    var command;
    if (opcode === 0x01) {
      var interval = scnFindBy(SCN_INTERVALS, "id", bytes[position + 1]);
      if (interval === null) {
        return scnError("command " + index + ": unknown interval id " + bytes[position + 1]);
      }
      var seconds = bytes[position + 2] * 16777216 + bytes[position + 3] * 65536 + bytes[position + 4] * 256 + bytes[position + 5];
      if (!((seconds === 0 && interval.zeroAllowed) || (seconds >= interval.min && seconds <= interval.max))) {
        return scnError("command " + index + ": interval " + interval.name + " of " + seconds + " seconds is out of range");
      }
      command = { command: "setInterval", interval: interval.name, seconds: seconds };
    } else if (opcode === 0x02) {
      var threshold = scnFindBy(SCN_THRESHOLDS, "id", bytes[position + 1]);
      if (threshold === null) {
        return scnError("command " + index + ": unknown threshold id " + bytes[position + 1]);
      }
      var raw = scnUInt16(bytes, position + 2);
      if (raw >= 32768) {
        raw -= 65536;
      }
      if (raw < threshold.min || raw > threshold.max) {
        return scnError("command " + index + ": threshold " + threshold.name + " raw value " + raw + " is out of range");
      }
      command = { command: "setThreshold", threshold: threshold.name, value: raw / threshold.scale };
    } else if (opcode === 0x03 || opcode === 0x04) {
      if (bytes[position + 1] > 1) {
        return scnError("command " + index + ": on/off value " + bytes[position + 1] + " is out of range");
      }
      command = { command: opcode === 0x03 ? "setConfirmedUplinks" : "setAdr", enabled: bytes[position + 1] === 1 };
    } else {
      command = { command: opcode === 0x05 ? "reboot" : "requestStatus" };
    }
    commands.push(command);
    position += length;
  }
  return { data: { transactionId: bytes[1], commands: commands } };
}
