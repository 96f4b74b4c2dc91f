// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection.Metadata;

namespace SmartCityNodes.Firmware.Tests;

/// <summary>
/// The compile-time reference facades in firmware/DeviceFacades: exactly the assemblies the adapters use, under their
/// real names; no executable code (every body throws); marked as never deployed; constants equal to the values in
/// the packages' own sources.
/// </summary>
[TestClass]
public sealed class DeviceFacadeTests
{
    private const byte Nop = 0x00;
    private const byte Ldarg0 = 0x02;
    private const byte Call = 0x28;
    private const byte Ldnull = 0x14;
    private const byte Throw = 0x7A;

    [TestMethod]
    public void One_facade_per_device_assembly_the_adapters_reference_named_as_the_real_assembly()
    {
        var built = new List<string>();
        foreach (var path in BuiltAssemblies.FacadeAssemblyPaths())
        {
            using var pe = BuiltAssemblies.Open(path);
            var reader = pe.GetMetadataReader();
            var name = reader.GetString(reader.GetAssemblyDefinition().Name);
            Assert.AreEqual(Path.GetFileNameWithoutExtension(path), name);
            built.Add(name);
        }

        CollectionAssert.AreEquivalent(BuiltAssemblies.AllFacadeAssemblies, built);
    }

    [TestMethod]
    public void Every_facade_method_body_is_throw_null()
    {
        var checkedBodies = 0;
        foreach (var path in BuiltAssemblies.FacadeAssemblyPaths())
        {
            using var pe = BuiltAssemblies.Open(path);
            var reader = pe.GetMetadataReader();
            var bodiesInAssembly = 0;
            foreach (var handle in reader.MethodDefinitions)
            {
                var method = reader.GetMethodDefinition(handle);
                if (method.RelativeVirtualAddress == 0 || IsCompilerEmbedded(reader, reader.GetTypeDefinition(method.GetDeclaringType())))
                {
                    continue;
                }

                var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
                var name = BuiltAssemblies.FullName(reader, reader.GetTypeDefinition(method.GetDeclaringType())) + "::" + reader.GetString(method.Name);
                Assert.IsTrue(IsThrowNull(il, reader.GetString(method.Name) == ".ctor"), $"{Path.GetFileName(path)} {name}: IL {Convert.ToHexString(il)} is not `throw null`");
                bodiesInAssembly++;
            }

            Assert.IsGreaterThan(0, bodiesInAssembly, $"{Path.GetFileName(path)} has no member at all");
            checkedBodies += bodiesInAssembly;
        }

        Assert.IsGreaterThan(30, checkedBodies);
    }

    [TestMethod]
    public void Every_facade_source_and_project_says_it_is_a_compile_time_reference_never_deployed()
    {
        var projects = Directory.GetFiles(BuiltAssemblies.FacadesDirectory, "*.csproj", SearchOption.AllDirectories);
        Assert.HasCount(BuiltAssemblies.AllFacadeAssemblies.Length, projects);
        foreach (var project in projects)
        {
            var text = File.ReadAllText(project);
            StringAssert.Contains(text, "COMPILE-TIME REFERENCE FACADE - NEVER DEPLOYED", project);
            StringAssert.Contains(text, "<TargetFrameworks>netnano1.0</TargetFrameworks>", project);
        }

        var sources = Directory.GetFiles(BuiltAssemblies.FacadesDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.IsGreaterThan(20, sources.Count);
        foreach (var source in sources)
        {
            StringAssert.Contains(File.ReadAllText(source), "COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package ", source);
        }
    }

    // Expected values: nanoFramework.Hardware.Esp32's DeviceFunction enum source. DeviceFunction = type × 0x10000 + index × 0x100 + n with
    // SPI = 1, I2C = 2, SERIAL = 3 (the doc's own examples: SPI1_MOSI = 0x10100, I2C1_DATA = 0x20100, COM2_TX = 0x30200,
    // COM2_RX = 0x30201). Enums the doc lists without values take their declaration order from 0 (C# rule), except
    // StopBits, whose values the doc gives.
    [TestMethod]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.DeviceFunction", "SPI1_MOSI", 0x10100)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.DeviceFunction", "SPI1_MISO", 0x10101)] // 1×0x10000 + 1×0x100 + 1
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.DeviceFunction", "SPI1_CLOCK", 0x10102)] // 1×0x10000 + 1×0x100 + 2
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.DeviceFunction", "SPI2_CLOCK", 0x10202)] // 1×0x10000 + 2×0x100 + 2
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.DeviceFunction", "I2C1_DATA", 0x20100)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.DeviceFunction", "I2C1_CLOCK", 0x20101)] // 2×0x10000 + 1×0x100 + 1
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.DeviceFunction", "I2C2_CLOCK", 0x20201)] // 2×0x10000 + 2×0x100 + 1
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.DeviceFunction", "COM2_TX", 0x30200)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.DeviceFunction", "COM2_RX", 0x30201)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.DeviceFunction", "COM3_RX", 0x30301)] // 3×0x10000 + 3×0x100 + 1
    // Sleep.WakeupCause = ESP-IDF esp_sleep_wakeup_cause_t (esp_sleep.h: UNDEFINED 0, ALL 1, EXT0 2, EXT1 3, TIMER 4,
    // TOUCHPAD 5, ULP 6, GPIO 7, UART 8); EspNativeError OK = ESP_OK 0, FAIL = ESP_FAIL -1 (esp_err.h).
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.Sleep/WakeupCause", "Undefined", 0)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.Sleep/WakeupCause", "Ext0", 2)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.Sleep/WakeupCause", "Ext1", 3)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.Sleep/WakeupCause", "Timer", 4)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.Sleep/WakeupCause", "Gpio", 7)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.Sleep/WakeupGpioPin", "None", 0)] // Sleep.cs v1.6.42: None = 0, Pin0 = 1
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.Sleep/WakeupGpioPin", "Pin0", 1)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.EspNativeError", "OK", 0)]
    [DataRow("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32.EspNativeError", "FAIL", -1)]
    // RebootOption: nanoFramework.Runtime.Native v1.7.11 RebootOption.cs (NormalReboot = 0 "because of native
    // implementation", EnterNanoBooter 1, ClrOnly 2, EnterProprietaryBooter 8; kept in sync with the debugger's RebootOptions).
    [DataRow("nanoFramework.Runtime.Native", "nanoFramework.Runtime.Native.RebootOption", "NormalReboot", 0)]
    [DataRow("nanoFramework.Runtime.Native", "nanoFramework.Runtime.Native.RebootOption", "ClrOnly", 2)]
    [DataRow("nanoFramework.Runtime.Native", "nanoFramework.Runtime.Native.RebootOption", "EnterProprietaryBooter", 8)]
    // FileMode: System.IO.FileSystem v1.1.93 FileMode.cs (the .NET values).
    [DataRow("System.IO.FileSystem", "System.IO.FileMode", "Create", 2)]
    [DataRow("System.IO.FileSystem", "System.IO.FileMode", "Open", 3)]
    [DataRow("System.Device.I2c", "System.Device.I2c.I2cTransferStatus", "UnknownError", 0)]
    [DataRow("System.Device.I2c", "System.Device.I2c.I2cTransferStatus", "FullTransfer", 1)]
    [DataRow("System.Device.I2c", "System.Device.I2c.I2cTransferStatus", "ClockStretchTimeout", 2)]
    [DataRow("System.Device.I2c", "System.Device.I2c.I2cTransferStatus", "PartialTransfer", 3)]
    [DataRow("System.Device.I2c", "System.Device.I2c.I2cTransferStatus", "SlaveAddressNotAcknowledged", 4)]
    [DataRow("System.Device.I2c", "System.Device.I2c.I2cBusSpeed", "StandardMode", 0)]
    [DataRow("System.Device.I2c", "System.Device.I2c.I2cBusSpeed", "FastMode", 1)]
    [DataRow("System.Device.Gpio", "System.Device.Gpio.PinMode", "Input", 0)]
    [DataRow("System.Device.Gpio", "System.Device.Gpio.PinMode", "InputPullDown", 1)]
    [DataRow("System.Device.Gpio", "System.Device.Gpio.PinMode", "InputPullUp", 2)]
    [DataRow("System.Device.Gpio", "System.Device.Gpio.PinMode", "Output", 3)]
    [DataRow("System.Device.Spi", "System.Device.Spi.SpiMode", "Mode0", 0)]
    [DataRow("System.Device.Spi", "System.Device.Spi.SpiMode", "Mode3", 3)]
    [DataRow("System.IO.Ports", "System.IO.Ports.Parity", "None", 0)]
    [DataRow("System.IO.Ports", "System.IO.Ports.Parity", "Even", 2)]
    [DataRow("System.IO.Ports", "System.IO.Ports.StopBits", "One", 1)]
    [DataRow("System.IO.Ports", "System.IO.Ports.StopBits", "Two", 2)]
    [DataRow("System.IO.Ports", "System.IO.Ports.StopBits", "OnePointFive", 3)]
    [DataRow("Iot.Device.Bmxx80", "Iot.Device.Bmxx80.Bme280", "DefaultI2cAddress", 0x77)] // §2: Bmx280Base.DefaultI2cAddress = 0x77
    [DataRow("Iot.Device.Bmxx80", "Iot.Device.Bmxx80.Bme280", "SecondaryI2cAddress", 0x76)]
    [DataRow("Iot.Device.Bmxx80", "Iot.Device.Bmxx80.Bme680", "DefaultI2cAddress", 0x76)] // §2: Bme680.DefaultI2cAddress = 0x76
    [DataRow("Iot.Device.Bmxx80", "Iot.Device.Bmxx80.Bme680", "SecondaryI2cAddress", 0x77)]
    public void Facade_constant_has_the_packages_value(string assembly, string type, string member, int expected)
    {
        var path = BuiltAssemblies.FacadeAssemblyPaths().Single(p => Path.GetFileNameWithoutExtension(p) == assembly);
        using var pe = BuiltAssemblies.Open(path);
        var reader = pe.GetMetadataReader();
        var definition = BuiltAssemblies.FindType(reader, type);

        var field = definition.GetFields().Select(reader.GetFieldDefinition).Single(f => reader.GetString(f.Name) == member);
        var constant = reader.GetConstant(field.GetDefaultValue());
        var blob = reader.GetBlobReader(constant.Value);
        long actual = constant.TypeCode switch
        {
            ConstantTypeCode.Int32 => blob.ReadInt32(),
            ConstantTypeCode.Byte => blob.ReadByte(),
            ConstantTypeCode.UInt64 => checked((long)blob.ReadUInt64()),
            _ => throw new AssertFailedException($"unexpected constant type {constant.TypeCode}"),
        };

        Assert.AreEqual(expected, actual);
    }

    /// <summary>
    /// The C# compiler adds its own attribute types to every assembly it builds for a corlib that lacks them
    /// (RefSafetyRulesAttribute, IsReadOnlyAttribute), each marked [Microsoft.CodeAnalysis.Embedded]: not facade code.
    /// </summary>
    private static bool IsCompilerEmbedded(MetadataReader reader, TypeDefinition type)
    {
        if (BuiltAssemblies.FullName(reader, type) == "Microsoft.CodeAnalysis.EmbeddedAttribute")
        {
            return true;
        }

        foreach (var attributeHandle in type.GetCustomAttributes())
        {
            var constructor = reader.GetCustomAttribute(attributeHandle).Constructor;
            if (constructor.Kind == HandleKind.MethodDefinition)
            {
                var declaring = reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
                if (BuiltAssemblies.FullName(reader, declaring) == "Microsoft.CodeAnalysis.EmbeddedAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Optional nops, then (constructors only) `ldarg.0; call base..ctor`, then exactly `ldnull; throw`.</summary>
    private static bool IsThrowNull(byte[] il, bool isConstructor)
    {
        var i = 0;
        while (i < il.Length && il[i] == Nop)
        {
            i++;
        }

        if (isConstructor && i + 6 <= il.Length && il[i] == Ldarg0 && il[i + 1] == Call)
        {
            i += 6;
            while (i < il.Length && il[i] == Nop)
            {
                i++;
            }
        }

        return il.Length - i == 2 && il[i] == Ldnull && il[i + 1] == Throw;
    }
}
