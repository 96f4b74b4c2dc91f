// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.AirNode;
using SmartCityNodes.Applications.BinNode;
using SmartCityNodes.Applications.ParkingNode;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Drivers.Sensors.Pms5003;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;
using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.RemoteConfiguration;
using SmartCityNodes.TestSupport;
using SmartCityNodes.TestSupport.Node;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Applications.Tests.Node
{
    /// <summary>
    /// The version-1 application parameter blocks (docs/applications.md "Parameter blocks") and the remote-config
    /// thresholds (docs/payloads/remote-config.md "Thresholds"). Expected bytes are worked out by hand from the layout
    /// tables and the parameter classes' documented defaults, little-endian, in the comments.
    /// </summary>
    [TestClass]
    public sealed class ApplicationParameterBlockTests
    {
        private static NodeApplicationBase Create(string device)
        {
            var clock = new VirtualClock(0);
            switch (device)
            {
                case "bin":
                    return new BinNodeApplication(new BinMeasurement(new A02yyuw(new A02yyuwModel(clock, null), clock, null), null, null), new BinNodeParameters());
                case "air":
                    var environment = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme680, EnvironmentPowerProfiles.Bme680ForcedWithGas);
                    return new AirNodeApplication(new AirMeasurement(environment, new Pms5003(new Pms5003Model(clock), clock)), new AirNodeParameters());
                default:
                    return new ParkingNodeApplication(new ParkingMeasurement(new Qmc5883l(new Qmc5883lModel(clock), clock, null)), new ParkingNodeParameters());
            }
        }

        private static int Field(NodeApplicationBase application, string field)
        {
            switch (application)
            {
                case BinNodeApplication bin:
                    return field switch
                    {
                        "FullRaisePercent" => bin.Logic.Parameters.FullRaisePercent,
                        "FireRaiseDeciCelsius" => bin.Logic.Parameters.FireRaiseDeciCelsius,
                        "PickupDropPercent" => bin.Logic.Parameters.PickupDropPercent,
                        _ => throw new ArgumentException(field),
                    };
                case AirNodeApplication air:
                    return field switch
                    {
                        "Pm25RaiseMicrogramsPerCubicMetre" => air.Logic.Parameters.Pm25RaiseMicrogramsPerCubicMetre,
                        "Pm10RaiseMicrogramsPerCubicMetre" => air.Logic.Parameters.Pm10RaiseMicrogramsPerCubicMetre,
                        _ => throw new ArgumentException(field),
                    };
                default:
                    var parking = (ParkingNodeApplication)application;
                    return field switch
                    {
                        "OccupiedDeviationMilligauss" => parking.Logic.Parameters.OccupiedDeviationMilligauss,
                        "VacantDeviationMilligauss" => parking.Logic.Parameters.VacantDeviationMilligauss,
                        _ => throw new ArgumentException(field),
                    };
            }
        }

        [TestMethod]
        public void BinNodeDefaultsAreWrittenAsTheLayoutSays()
        {
            // full raise 80 = 50, clear 70 = 46, pickup 30 = 1E, significant change 10 = 0A, fire raise 700 = 02BC -> BC 02,
            // fire clear 500 = 01F4 -> F4 01, rise 83 = 53 00, flags tilt on = 01, samples 5 = 05.
            var buffer = new byte[14];
            Assert.AreEqual(12, BinNodeParameterBlock.Write(new BinNodeParameters(), buffer, 1));
            Assert.AreEqual("0050461E0ABC02F40153000105", Hex.Of(buffer, 0, 13));
        }

        [TestMethod]
        public void AirNodeDefaultsAreWrittenAsTheLayoutSays()
        {
            // PM2.5 raise 36 = 24 00, clear 30 = 1E 00, PM10 raise 155 = 9B 00, clear 130 = 82 00, warm-up 30 = 1E,
            // samples 3 = 03, sample interval 2 s = 02 00.
            var buffer = new byte[12];
            Assert.AreEqual(12, AirNodeParameterBlock.Write(new AirNodeParameters(), buffer, 0));
            Assert.AreEqual("24001E009B0082001E030200", Hex.Of(buffer));
        }

        [TestMethod]
        public void ParkingNodeDefaultsAreWrittenAsTheLayoutSays()
        {
            // occupied 150 mG = 96 00, vacant 80 = 50 00, confirmation 20 s = 14 00, flags polled = 00,
            // confirmation poll 5 s = 05, poll interval 30 s = 1E 00, drift stable 40 mG = 28 00.
            var buffer = new byte[12];
            Assert.AreEqual(12, ParkingNodeParameterBlock.Write(new ParkingNodeParameters(), buffer, 0));
            Assert.AreEqual("960050001400000" + "51E002800", Hex.Of(buffer));
        }

        [TestMethod]
        public void AHandMadeBinNodeBlockIsReadBackThroughConfigure()
        {
            // 3C full 60, 32 clear 50, 14 pickup 20, 05 change 5, 2003 fire 800 (80 °C), 2C01 clear 300, 6400 rise 100,
            // 00 tilt alarm off, 03 samples 3.
            var application = (BinNodeApplication)Create("bin");
            var configuration = new NodeConfiguration();
            byte[] block = Hex.Parse("3C32140520032C0164000003");
            Array.Copy(block, configuration.ApplicationParameters, block.Length);
            configuration.ApplicationParametersLength = block.Length;
            configuration.ApplicationParametersVersion = 1;
            Assert.AreEqual(ConfigStatus.Ok, application.Validate(1, configuration.ApplicationParameters, 0, block.Length));
            application.Configure(configuration);
            BinNodeParameters parameters = application.Logic.Parameters;
            Assert.AreEqual(60, parameters.FullRaisePercent);
            Assert.AreEqual(50, parameters.FullClearPercent);
            Assert.AreEqual(20, parameters.PickupDropPercent);
            Assert.AreEqual(5, parameters.SignificantChangePercent);
            Assert.AreEqual(800, parameters.FireRaiseDeciCelsius);
            Assert.AreEqual(300, parameters.FireClearDeciCelsius);
            Assert.AreEqual(100, parameters.FireRiseDeciCelsiusPerMinute);
            Assert.IsFalse(parameters.TiltAlarmEnabled);
            Assert.AreEqual(3, parameters.SamplesPerReading);
        }

        [TestMethod]
        [DataRow("bin", (byte)1, "", DisplayName = "empty block = defaults")]
        [DataRow("bin", (byte)1, "50461E0ABC02F40153000105", DisplayName = "bin defaults")]
        [DataRow("air", (byte)1, "24001E009B0082001E030200", DisplayName = "air defaults")]
        [DataRow("parking", (byte)1, "9600500014000005" + "1E002800", DisplayName = "parking defaults")]
        public void ValidBlocksAreAccepted(string device, byte version, string hex)
        {
            byte[] block = Hex.Parse(hex);
            Assert.AreEqual(ConfigStatus.Ok, Create(device).Validate(version, block, 0, block.Length));
        }

        [TestMethod]
        [DataRow("bin", (byte)2, "50461E0ABC02F40153000105", DisplayName = "unknown version")]
        [DataRow("bin", (byte)1, "50461E0ABC02F401530001", DisplayName = "11 bytes")]
        [DataRow("bin", (byte)1, "00461E0ABC02F40153000105", DisplayName = "full raise 0")]
        [DataRow("bin", (byte)1, "50461E0ABC02F40153000305", DisplayName = "bin undefined flag bit")]
        [DataRow("bin", (byte)1, "50461E0A0C80F40153000105", DisplayName = "fire raise 800C = -32756")]
        [DataRow("air", (byte)1, "24002400" + "9B0082001E030200", DisplayName = "PM2.5 clear = raise")]
        [DataRow("parking", (byte)1, "96009600" + "14000005" + "1E002800", DisplayName = "vacant = occupied")]
        [DataRow("parking", (byte)1, "9600500014000205" + "1E002800", DisplayName = "parking undefined flag bit")]
        public void BadBlocksAreRejected(string device, byte version, string hex)
        {
            byte[] block = Hex.Parse(hex);
            Assert.AreEqual(ConfigStatus.ApplicationRejected, Create(device).Validate(version, block, 0, block.Length));
        }

        [TestMethod]
        [DataRow("bin", (byte)0x01, 75, "FullRaisePercent", 75, DisplayName = "binFullPercent 75 %")]
        [DataRow("bin", (byte)0x02, 80, "FireRaiseDeciCelsius", 800, DisplayName = "binFireTemperatureC 80 -> 800 x 0.1 °C")]
        [DataRow("bin", (byte)0x04, 40, "PickupDropPercent", 40, DisplayName = "binPickupDropPercent 40 %")]
        [DataRow("air", (byte)0x10, 50, "Pm25RaiseMicrogramsPerCubicMetre", 50, DisplayName = "airPm25Ugm3 50")]
        [DataRow("air", (byte)0x11, 200, "Pm10RaiseMicrogramsPerCubicMetre", 200, DisplayName = "airPm10Ugm3 200")]
        [DataRow("parking", (byte)0x20, 50, "OccupiedDeviationMilligauss", 500, DisplayName = "occupied 50 µT -> 500 mG")]
        [DataRow("parking", (byte)0x21, 10, "VacantDeviationMilligauss", 100, DisplayName = "vacant 10 µT -> 100 mG")]
        public void EachThresholdIsWrittenIntoTheBlockAndReadBackByConfigure(string device, byte id, int value, string field, int expected)
        {
            NodeApplicationBase application = Create(device);
            var candidate = new NodeConfiguration();
            Assert.AreEqual(ConfigStatus.Ok, application.ApplyThreshold(id, value, candidate));
            Assert.AreEqual(1, candidate.ApplicationParametersVersion);
            Assert.AreEqual(12, candidate.ApplicationParametersLength);
            Assert.AreEqual(ConfigStatus.Ok, application.Validate(1, candidate.ApplicationParameters, 0, 12));

            // A fresh application (as after a reboot) takes the threshold from the configuration alone.
            NodeApplicationBase rebooted = Create(device);
            rebooted.Configure(candidate);
            Assert.AreEqual(expected, Field(rebooted, field));
        }

        [TestMethod]
        [DataRow("bin", (byte)0x01, 101, ConfigStatus.OutOfRange, DisplayName = "full 101 %")]
        [DataRow("bin", (byte)0x01, 0, ConfigStatus.OutOfRange, DisplayName = "full 0 %")]
        [DataRow("bin", (byte)0x01, 60, ConfigStatus.ApplicationRejected, DisplayName = "full 60 % below its clear level 70 %")]
        [DataRow("bin", (byte)0x02, 201, ConfigStatus.OutOfRange, DisplayName = "fire 201 °C")]
        [DataRow("bin", (byte)0x02, 130, ConfigStatus.OutOfRange, DisplayName = "fire 130 °C beyond the parameter's 125 °C")]
        [DataRow("bin", (byte)0x02, int.MaxValue, ConfigStatus.OutOfRange, DisplayName = "fire int.MaxValue")]
        [DataRow("bin", (byte)0x04, 4, ConfigStatus.OutOfRange, DisplayName = "pickup 4 %")]
        [DataRow("air", (byte)0x10, 1001, ConfigStatus.OutOfRange, DisplayName = "PM2.5 1001")]
        [DataRow("air", (byte)0x11, 100, ConfigStatus.ApplicationRejected, DisplayName = "PM10 100 below its clear level 130")]
        [DataRow("parking", (byte)0x20, 501, ConfigStatus.OutOfRange, DisplayName = "occupied 501 µT")]
        [DataRow("parking", (byte)0x21, 0, ConfigStatus.OutOfRange, DisplayName = "vacant 0 µT below the parameter's 10 mG")]
        [DataRow("parking", (byte)0x21, 30, ConfigStatus.OutOfRange, DisplayName = "vacant 300 mG = occupied (set to 30 µT first)")]
        [DataRow("bin", (byte)0x03, 45, ConfigStatus.UnknownField, DisplayName = "bin tilt angle: no such parameter")]
        [DataRow("bin", (byte)0x10, 50, ConfigStatus.UnknownField, DisplayName = "air id on bin")]
        [DataRow("bin", (byte)0x20, 50, ConfigStatus.UnknownField, DisplayName = "parking id on bin")]
        [DataRow("air", (byte)0x01, 50, ConfigStatus.UnknownField, DisplayName = "bin id on air")]
        [DataRow("air", (byte)0x12, 300, ConfigStatus.UnknownField, DisplayName = "air temperature: no such parameter")]
        [DataRow("air", (byte)0x13, 50, ConfigStatus.UnknownField, DisplayName = "air gas: no such parameter")]
        [DataRow("parking", (byte)0x01, 50, ConfigStatus.UnknownField, DisplayName = "bin id on parking")]
        [DataRow("parking", (byte)0x11, 50, ConfigStatus.UnknownField, DisplayName = "air id on parking")]
        [DataRow("parking", (byte)0xFF, 50, ConfigStatus.UnknownField, DisplayName = "undefined id")]
        public void RefusedThresholdsChangeNothing(string device, byte id, int value, ConfigStatus expected)
        {
            NodeApplicationBase application = Create(device);
            var candidate = new NodeConfiguration();
            Assert.AreEqual(ConfigStatus.Ok, application.ApplyThreshold(device == "bin" ? (byte)0x04 : device == "air" ? (byte)0x10 : (byte)0x20, device == "parking" ? 30 : 40, candidate));
            // Start from a block the application wrote (bin pickup 40 %, air PM2.5 40, parking occupied 30 µT).
            byte[] before = (byte[])candidate.ApplicationParameters.Clone();

            Assert.AreEqual(expected, application.ApplyThreshold(id, value, candidate));
            CollectionAssert.AreEqual(before, candidate.ApplicationParameters);
            Assert.AreEqual(12, candidate.ApplicationParametersLength);
            Assert.AreEqual(1, candidate.ApplicationParametersVersion);
        }

        [TestMethod]
        public void ARemoteConfigThresholdDownlinkChangesTheParkingThresholdAndTheConfigurationCrc()
        {
            var application = (ParkingNodeApplication)Create("parking");
            var store = new ConfigurationStore(new SimulatedFlashStorage(2), 0, 1, application);
            store.Load();
            uint before = store.Crc;
            var processor = new RemoteConfigProcessor(store);

            // 1C 05 (header, transaction 5) | 02 20 0032: set threshold parkingOccupiedDeviationUt = 50 µT.
            byte[] downlink = Hex.Parse("1C05 02200032");
            Assert.AreEqual(RemoteConfigResult.Ok, processor.Process(downlink, 0, downlink.Length, 1));
            application.Configure(store.Active);

            Assert.AreEqual(500, application.Logic.Parameters.OccupiedDeviationMilligauss, "50 µT = 500 mG");
            Assert.AreEqual(80, application.Logic.Parameters.VacantDeviationMilligauss, "the other fields keep their start-up values");
            // Block: occupied 500 = F4 01, the rest the defaults worked out above.
            Assert.AreEqual("F401500014000005" + "1E002800", Hex.Of(store.Active.ApplicationParameters, 0, store.Active.ApplicationParametersLength));
            Assert.AreNotEqual(before, store.Crc);
            var record = new byte[512];
            int length = ConfigurationRecord.Write(store.Active, record, 0);
            Assert.AreEqual(ReferenceCrc32.Compute(record, 0, length), store.Crc);
        }

        [TestMethod]
        [DataRow("1C06 02100032", RemoteConfigResult.NotSupportedOnDevice, DisplayName = "airPm25Ugm3 50 on a BinNode")]
        [DataRow("1C07 02020082", RemoteConfigResult.ValueOutOfRange, DisplayName = "binFireTemperatureC 130 beyond the parameter's 125 °C")]
        [DataRow("1C08 0201003C", RemoteConfigResult.ValueOutOfRange, DisplayName = "binFullPercent 60 below its clear level 70")]
        public void ARefusedThresholdDownlinkLeavesTheBinNodeAndTheCrcAlone(string hex, RemoteConfigResult expected)
        {
            var application = (BinNodeApplication)Create("bin");
            var store = new ConfigurationStore(new SimulatedFlashStorage(2), 0, 1, application);
            store.Load();
            uint before = store.Crc;
            var processor = new RemoteConfigProcessor(store);

            byte[] downlink = Hex.Parse(hex);
            Assert.AreEqual(expected, processor.Process(downlink, 0, downlink.Length, 1));
            application.Configure(store.Active);

            Assert.AreEqual(before, store.Crc);
            Assert.AreEqual(0, store.Active.ApplicationParametersLength);
            Assert.AreEqual(80, application.Logic.Parameters.FullRaisePercent);
            Assert.AreEqual(700, application.Logic.Parameters.FireRaiseDeciCelsius);
        }
    }
}
