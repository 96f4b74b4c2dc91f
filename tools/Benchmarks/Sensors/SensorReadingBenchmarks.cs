using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using SmartCityNodes.Drivers.Sensors;
using SmartCityNodes.Drivers.Sensors.A02yyuw;
using SmartCityNodes.Drivers.Sensors.Battery;
using SmartCityNodes.Drivers.Sensors.Environment;
using SmartCityNodes.Drivers.Sensors.JsnSr04t;
using SmartCityNodes.Drivers.Sensors.Lis3mdl;
using SmartCityNodes.Drivers.Sensors.Pms5003;
using SmartCityNodes.Drivers.Sensors.Qmc5883l;
using SmartCityNodes.Drivers.Sensors.Sds011;

namespace SmartCityNodes.Benchmarks.Sensors
{
    /// <summary>
    /// One complete reading per driver against its datasheet model on a virtual clock (no real waiting): what is
    /// measured is the driver's own work (frame decoding, median, conversions) plus the model, and, above all, the
    /// allocations per reading, which must be zero.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 5)]
    public class SensorReadingBenchmarks
    {
        private A02yyuw _a02yyuw = null!;
        private JsnSr04t _jsnSr04t = null!;
        private Pms5003 _pms5003 = null!;
        private Sds011 _sds011 = null!;
        private Qmc5883l _qmc5883l = null!;
        private Lis3mdl _lis3mdl = null!;
        private BatteryMonitor _battery = null!;
        private SimulatedEnvironmentSensor _environment = null!;
        private UltrasonicFrameDecoder _decoder = null!;
        private byte[] _ultrasonicStream = null!;

        // Caller-owned readings, as the applications hold them: each driver fills one in place.
        private readonly DistanceReading _distanceReading = new DistanceReading();
        private readonly ParticulateReading _particulateReading = new ParticulateReading();
        private readonly MagneticFieldReading _magneticFieldReading = new MagneticFieldReading();
        private readonly BatteryReading _batteryReading = new BatteryReading();
        private readonly EnvironmentReading _environmentReading = new EnvironmentReading();

        [GlobalSetup]
        public void Setup()
        {
            var clock = new VirtualClock();
            _a02yyuw = new A02yyuw(new A02yyuwModel(clock, null), clock, null);
            _jsnSr04t = new JsnSr04t(new JsnSr04tModel(clock, true), clock, JsnSr04tUartMode.Triggered);
            _pms5003 = new Pms5003(new Pms5003Model(clock), clock) { IgnoreWarmUp = true };
            _sds011 = new Sds011(new Sds011Model(clock), clock) { IgnoreWarmUp = true };
            _sds011.SetQueryMode();
            var qmc = new Qmc5883lModel(clock) { XCounts = 3000, YCounts = -1500, ZCounts = 42 };
            _qmc5883l = new Qmc5883l(qmc, clock, null);
            _qmc5883l.Initialize();
            _qmc5883l.SetMode(Qmc5883lMode.Continuous);
            var lis = new Lis3mdlModel(clock) { XCounts = 6842, YCounts = -3421, ZCounts = 100 };
            _lis3mdl = new Lis3mdl(lis, clock, lis.InterruptPin);
            _lis3mdl.Initialize();
            _battery = new BatteryMonitor(new FakeAdcChannel(4095, 2600, 2601, 2599), clock, 3300, 10_000, 10_000, StateOfChargeCurves.LithiumIon, new RecordingOutputPin());
            _environment = new SimulatedEnvironmentSensor(EnvironmentQuantities.Bme680, EnvironmentPowerProfiles.Bme680ForcedWithGas);

            _decoder = new UltrasonicFrameDecoder();
            _ultrasonicStream = new byte[4 * 64];
            for (int i = 0; i < 64; i++)
            {
                Frames.Ultrasonic(1000 + i, _ultrasonicStream, 4 * i);
            }
        }

        [Benchmark(Description = "A02YYUW median of 5")]
        public int A02yyuwRead() => _a02yyuw.TryRead(_distanceReading) ? _distanceReading.DistanceMillimetres : -1;

        [Benchmark(Description = "JSN-SR04T triggered, median of 5")]
        public int JsnSr04tRead() => _jsnSr04t.TryRead(_distanceReading) ? _distanceReading.DistanceMillimetres : -1;

        [Benchmark(Description = "PMS5003 passive read")]
        public int Pms5003Read() => _pms5003.TryRead(_particulateReading) ? _particulateReading.Pm25DeciMicrogramsPerCubicMetre : -1;

        [Benchmark(Description = "SDS011 query")]
        public int Sds011Read() => _sds011.TryRead(_particulateReading) ? _particulateReading.Pm25DeciMicrogramsPerCubicMetre : -1;

        [Benchmark(Description = "QMC5883L sample")]
        public int Qmc5883lRead() => _qmc5883l.TryRead(_magneticFieldReading) ? _magneticFieldReading.XMilligauss : -1;

        [Benchmark(Description = "LIS3MDL sample")]
        public int Lis3mdlRead() => _lis3mdl.TryRead(_magneticFieldReading) ? _magneticFieldReading.XMilligauss : -1;

        [Benchmark(Description = "Battery 8 conversions + SoC")]
        public int BatteryRead() => _battery.TryRead(_batteryReading) ? _batteryReading.StateOfChargePerMille : -1;

        [Benchmark(Description = "Environment (simulated)")]
        public int EnvironmentRead() => _environment.TryRead(_environmentReading) ? _environmentReading.TemperatureCentiCelsius : -1;

        [Benchmark(Description = "Ultrasonic decoder, 64 frames")]
        public int DecodeUltrasonicStream()
        {
            int sum = 0;
            for (int i = 0; i < _ultrasonicStream.Length; i++)
            {
                if (_decoder.Push(_ultrasonicStream[i], out int mm))
                {
                    sum += mm;
                }
            }

            return sum;
        }
    }
}
