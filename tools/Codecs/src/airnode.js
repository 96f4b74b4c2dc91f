// ---------------------------------------------------------------------------------------------------------------
// AirNode part: measurement (FPort 1) and event (FPort 2), 11 bytes, docs/payloads/airnode.md. After the header
// the fields are packed most significant bit first: temperature 11, humidity 7, pressure 10, gas 12, PM1 10,
// PM2.5 10, PM10 10, events 4, faults 4, reserved 2.
// ---------------------------------------------------------------------------------------------------------------

function scnReadBits(bytes, bitPosition, width) {
  var value = 0;
  for (var i = 0; i < width; i++) {
    var position = bitPosition + i;
    value = value * 2 + ((bytes[1 + (position >> 3)] >> (7 - (position & 7))) & 1);
  }
  return value;
}

function scnDecodeAirNodeReading(bytes, fPort) {
  var type = fPort === SCN_PORT_PERIODIC ? SCN_TYPE_PERIODIC : SCN_TYPE_EVENT;
  var problem = scnCheckMessage(bytes, fPort, [type], 11);
  if (problem) {
    return scnError(problem);
  }
  var temperature = scnReadBits(bytes, 0, 11);
  var humidity = scnReadBits(bytes, 11, 7);
  var pressure = scnReadBits(bytes, 18, 10);
  var gas = scnReadBits(bytes, 28, 12);
  var pm1 = scnReadBits(bytes, 40, 10);
  var pm25 = scnReadBits(bytes, 50, 10);
  var pm10 = scnReadBits(bytes, 60, 10);
  var events = scnReadBits(bytes, 70, 4);
  var faults = scnReadBits(bytes, 74, 4);
  if (humidity > 100 && humidity !== 127) {
    return scnError("relative humidity raw value " + humidity + " is reserved");
  }
  var gasSteps = [100, 1000, 10000, 100000];
  return {
    data: {
      messageType: type === SCN_TYPE_PERIODIC ? "measurement" : "event",
      formatVersion: bytes[0] >> 4,
      temperatureC: temperature === 2047 ? null : (temperature - 400) / 10,
      relativeHumidityPercent: humidity === 127 ? null : humidity,
      pressureHpa: pressure === 1023 ? null : pressure + 300,
      gasResistanceOhms: gas === 4095 ? null : (gas & 0x3FF) * gasSteps[gas >> 10],
      pm1Ugm3: pm1 === 1023 ? null : pm1,
      pm25Ugm3: pm25 === 1023 ? null : pm25,
      pm10Ugm3: pm10 === 1023 ? null : pm10,
      events: {
        pm25High: (events & 0x1) !== 0,
        pm10High: (events & 0x2) !== 0,
        temperatureHigh: (events & 0x4) !== 0,
        gasResistanceLow: (events & 0x8) !== 0
      },
      faults: {
        environmentSensor: (faults & 0x1) !== 0,
        gasSensor: (faults & 0x2) !== 0,
        particulateSensor: (faults & 0x4) !== 0
      }
    }
  };
}

function decodeUplink(input) {
  return scnDecodeUplink(input, scnDecodeAirNodeReading);
}

// The Things Stack normalized payload (lorawan-devices lib/payload.json): air temperature (°C), relative humidity
// (%) and pressure (hPa, the schema allows 900..1100). The schema has no particulate-matter fields.
function normalizeUplink(input) {
  var data = input.data;
  var air = {};
  if (data.temperatureC !== null && data.temperatureC !== undefined) {
    air.temperature = data.temperatureC;
  }
  if (data.relativeHumidityPercent !== null && data.relativeHumidityPercent !== undefined) {
    air.relativeHumidity = data.relativeHumidityPercent;
  }
  if (data.pressureHpa !== null && data.pressureHpa !== undefined && data.pressureHpa >= 900 && data.pressureHpa <= 1100) {
    air.pressure = data.pressureHpa;
  }
  for (var key in air) {
    if (Object.prototype.hasOwnProperty.call(air, key)) {
      return { data: { air: air } };
    }
  }
  return { data: {} };
}

function encodeDownlink(input) {
  return scnEncodeDownlink(input, "airnode");
}

function decodeDownlink(input) {
  return scnDecodeDownlink(input, "airnode");
}
