// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Reflection.Metadata.Ecma335;
using SmartCityNodes.Tools.NanoCompat;

namespace SmartCityNodes.Firmware.Tests;

/// <summary>
/// Reads the built netnano1.0 SmartCityNodes.Firmware.Esp32.dll: each adapter implements the HAL interface it claims and
/// wraps the nanoFramework type it claims; the assembly was compiled against the real nanoFramework mscorlib and
/// references nothing a device deployment would lack.
/// </summary>
[TestClass]
public sealed class AdapterAssemblyTests
{
    [TestMethod]
    [DataRow("SmartCityNodes.Firmware.Esp32.SpiDeviceAdapter", "[SmartCityNodes.Hal]SmartCityNodes.Hal.ISpiDevice", "[System.Device.Spi]System.Device.Spi.SpiDevice")]
    [DataRow("SmartCityNodes.Firmware.Esp32.I2cDeviceAdapter", "[SmartCityNodes.Hal]SmartCityNodes.Hal.II2cDevice", "[System.Device.I2c]System.Device.I2c.I2cDevice")]
    [DataRow("SmartCityNodes.Firmware.Esp32.GpioOutputPin", "[SmartCityNodes.Hal]SmartCityNodes.Hal.IOutputPin", "[System.Device.Gpio]System.Device.Gpio.GpioPin")]
    [DataRow("SmartCityNodes.Firmware.Esp32.GpioInputPin", "[SmartCityNodes.Hal]SmartCityNodes.Hal.IInputPin", "[System.Device.Gpio]System.Device.Gpio.GpioPin")]
    [DataRow("SmartCityNodes.Firmware.Esp32.SerialPortAdapter", "[SmartCityNodes.Hal]SmartCityNodes.Hal.ISerialPort", "[System.IO.Ports]System.IO.Ports.SerialPort")]
    [DataRow("SmartCityNodes.Firmware.Esp32.AdcChannelAdapter", "[SmartCityNodes.Hal]SmartCityNodes.Hal.IAdcChannel", "[System.Device.Adc]System.Device.Adc.AdcChannel")]
    [DataRow("SmartCityNodes.Firmware.Esp32.Sensors.Bmxx80EnvironmentSensor", "[SmartCityNodes.Drivers.Sensors]SmartCityNodes.Drivers.Sensors.Environment.IEnvironmentSensor", "[Iot.Device.Bmxx80]Iot.Device.Bmxx80.Bme280")]
    [DataRow("SmartCityNodes.Firmware.Esp32.Sensors.Bmxx80EnvironmentSensor", "[SmartCityNodes.Drivers.Sensors]SmartCityNodes.Drivers.Sensors.Environment.IEnvironmentSensor", "[Iot.Device.Bmxx80]Iot.Device.Bmxx80.Bme680")]
    public void Adapter_is_public_sealed_implements_its_hal_interface_and_wraps_its_nanoframework_type(string adapter, string halInterface, string wrappedType)
    {
        using var pe = BuiltAssemblies.Open(BuiltAssemblies.AdapterAssemblyPath);
        var reader = pe.GetMetadataReader();
        var type = BuiltAssemblies.FindType(reader, adapter);

        Assert.AreEqual(TypeAttributes.Public, type.Attributes & TypeAttributes.VisibilityMask, "public");
        Assert.AreEqual(TypeAttributes.Sealed, type.Attributes & TypeAttributes.Sealed, "sealed");

        var interfaces = type.GetInterfaceImplementations()
            .Select(h => BuiltAssemblies.QualifiedName(reader, reader.GetInterfaceImplementation(h).Interface))
            .ToList();
        CollectionAssert.Contains(interfaces, halInterface);

        var names = new TypeNames(reader);
        var fieldTypes = type.GetFields()
            .Select(h => reader.GetFieldDefinition(h))
            .Where(f => (f.Attributes & FieldAttributes.Static) == 0)
            .Select(f => f.DecodeSignature(names, null))
            .ToList();
        CollectionAssert.Contains(fieldTypes, wrappedType, "instance fields: " + string.Join(", ", fieldTypes));
    }

    // Sleep and file access are static APIs (Sleep, File, Directory) or per-call objects (FileStream), so these adapters
    // hold no device field; instead every call their bodies make must land in mscorlib, our HAL or the one assembly named.
    [TestMethod]
    [DataRow("SmartCityNodes.Firmware.Esp32.Esp32SleepNative", "[SmartCityNodes.Hal]SmartCityNodes.Hal.Power.IEsp32SleepNative", "nanoFramework.Hardware.Esp32")]
    // The watchdog resets through the ISleepController it is given: no device package of its own.
    [DataRow("SmartCityNodes.Firmware.Esp32.Esp32Watchdog", "[SmartCityNodes.Hal]SmartCityNodes.Hal.Power.IWatchdog", "SmartCityNodes.Hal")]
    [DataRow("SmartCityNodes.Firmware.Esp32.FlashFileStorage", "[SmartCityNodes.Hal]SmartCityNodes.Hal.IPersistentStorage", "System.IO.FileSystem")]
    // The true reset: Power.RebootDevice of nanoFramework.Runtime.Native (and Thread.Sleep of mscorlib while it is carried out).
    [DataRow("SmartCityNodes.Firmware.Esp32.Esp32ResetController", "[SmartCityNodes.Hal]SmartCityNodes.Hal.Power.IResetController", "nanoFramework.Runtime.Native")]
    public void Static_api_adapter_implements_its_hal_interface_and_calls_only_its_package(string adapter, string halInterface, string package)
    {
        using var pe = BuiltAssemblies.Open(BuiltAssemblies.AdapterAssemblyPath);
        var reader = pe.GetMetadataReader();
        var type = BuiltAssemblies.FindType(reader, adapter);

        Assert.AreEqual(TypeAttributes.Public, type.Attributes & TypeAttributes.VisibilityMask, "public");
        Assert.AreEqual(TypeAttributes.Sealed, type.Attributes & TypeAttributes.Sealed, "sealed");
        var interfaces = type.GetInterfaceImplementations()
            .Select(h => BuiltAssemblies.QualifiedName(reader, reader.GetInterfaceImplementation(h).Interface))
            .ToList();
        CollectionAssert.AreEqual(new[] { halInterface }, interfaces);

        var called = CalledAssemblies(pe, reader, type);
        CollectionAssert.Contains(called, package, "the adapter goes through the package");
        CollectionAssert.IsSubsetOf(called, new[] { "mscorlib", "SmartCityNodes.Hal", package }, "called: " + string.Join(", ", called));
    }

    [TestMethod]
    public void Sleep_controller_is_the_portable_sequence_over_the_native_calls()
    {
        using var pe = BuiltAssemblies.Open(BuiltAssemblies.AdapterAssemblyPath);
        var reader = pe.GetMetadataReader();
        var type = BuiltAssemblies.FindType(reader, "SmartCityNodes.Firmware.Esp32.Esp32SleepController");

        Assert.AreEqual(TypeAttributes.Sealed, type.Attributes & TypeAttributes.Sealed, "sealed");
        var interfaces = type.GetInterfaceImplementations()
            .Select(h => BuiltAssemblies.QualifiedName(reader, reader.GetInterfaceImplementation(h).Interface))
            .ToList();
        CollectionAssert.AreEqual(new[] { "[SmartCityNodes.Hal]SmartCityNodes.Hal.Power.ISleepController" }, interfaces);

        var names = new TypeNames(reader);
        var fieldTypes = type.GetFields().Select(h => reader.GetFieldDefinition(h).DecodeSignature(names, null)).ToList();
        CollectionAssert.AreEqual(new[] { "[SmartCityNodes.Hal]SmartCityNodes.Hal.Power.Esp32SleepSequence" }, fieldTypes);
        CollectionAssert.IsSubsetOf(CalledAssemblies(pe, reader, type), new[] { "mscorlib", "SmartCityNodes.Hal" }, "no Sleep call of its own");
    }

    private static List<string> CalledAssemblies(PEReader pe, MetadataReader reader, TypeDefinition type)
    {
        var calledAssemblies = new HashSet<string>();
        foreach (var methodHandle in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(methodHandle);
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            foreach (var token in CallTokens(pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!))
            {
                var handle = MetadataTokens.EntityHandle(token);
                if (handle.Kind == HandleKind.MemberReference)
                {
                    var parent = reader.GetMemberReference((MemberReferenceHandle)handle).Parent;
                    var qualified = BuiltAssemblies.QualifiedName(reader, parent);
                    calledAssemblies.Add(qualified[1..qualified.IndexOf(']')]);
                }
            }
        }

        return calledAssemblies.ToList();
    }

    [TestMethod]
    public void SystemClock_implements_IClock_on_mscorlib_alone()
    {
        using var pe = BuiltAssemblies.Open(BuiltAssemblies.AdapterAssemblyPath);
        var reader = pe.GetMetadataReader();
        var type = BuiltAssemblies.FindType(reader, "SmartCityNodes.Firmware.Esp32.SystemClock");

        var interfaces = type.GetInterfaceImplementations()
            .Select(h => BuiltAssemblies.QualifiedName(reader, reader.GetInterfaceImplementation(h).Interface))
            .ToList();
        CollectionAssert.AreEqual(new[] { "[SmartCityNodes.Hal]SmartCityNodes.Hal.IClock" }, interfaces);

        // Every member the clock's bodies call lives in mscorlib (DateTime, Thread, Monitor): it needs no device package.
        var calledAssemblies = CalledAssemblies(pe, reader, type);
        CollectionAssert.Contains(calledAssemblies, "mscorlib", "the clock reads DateTime and sleeps");
        CollectionAssert.AreEquivalent(new[] { "mscorlib" }, calledAssemblies);
    }

    [TestMethod]
    public void References_exactly_the_declared_nanoFramework_assemblies_besides_mscorlib_and_our_own()
    {
        using var pe = BuiltAssemblies.Open(BuiltAssemblies.AdapterAssemblyPath);
        var reader = pe.GetMetadataReader();
        var referenced = BuiltAssemblies.References(reader).Select(r => reader.GetString(r.Name)).ToList();

        var ours = referenced.Where(n => n.StartsWith("SmartCityNodes.", StringComparison.Ordinal)).ToList();
        var others = referenced.Except(ours).Except(new[] { "mscorlib" }).ToList();

        CollectionAssert.Contains(referenced, "mscorlib");
        CollectionAssert.IsSubsetOf(new[] { "SmartCityNodes.Hal", "SmartCityNodes.Drivers.Sensors" }, ours);
        CollectionAssert.AreEquivalent(BuiltAssemblies.DevicePackageAssemblies, others, "references: " + string.Join(", ", referenced));
    }

    [TestMethod]
    public void Was_compiled_against_the_real_nanoFramework_mscorlib()
    {
        using var mscorlibPe = BuiltAssemblies.Open(BuiltAssemblies.MscorlibPath);
        var mscorlib = mscorlibPe.GetMetadataReader();
        var definition = mscorlib.GetAssemblyDefinition();
        var expectedToken = PublicKeyToken(mscorlib.GetBlobBytes(definition.PublicKey));

        using var pe = BuiltAssemblies.Open(BuiltAssemblies.AdapterAssemblyPath);
        var reader = pe.GetMetadataReader();
        var reference = BuiltAssemblies.References(reader).Single(r => reader.GetString(r.Name) == "mscorlib");

        Assert.AreEqual(definition.Version, reference.Version);
        Assert.AreEqual(new Version(1, 17, 11, 0), reference.Version, "CoreLibrary 1.17.11");
        CollectionAssert.AreEqual(expectedToken, reader.GetBlobBytes(reference.PublicKeyOrToken));
    }

    [TestMethod]
    public void Passes_the_nano_compatibility_checker_with_only_the_declared_references()
    {
        var allowed = BuiltAssemblies.DevicePackageAssemblies.Concat(new[] { "SmartCityNodes.Hal", "SmartCityNodes.Drivers.Sensors", "SmartCityNodes.Drivers.Radio", "SmartCityNodes.LoRaWan", "SmartCityNodes.Boards", "SmartCityNodes.Runtime", "SmartCityNodes.Applications" });

        var violations = CompatibilityChecker.Check(BuiltAssemblies.AdapterAssemblyPath, allowed);
        Assert.AreEqual(0, violations.Count, string.Join(Environment.NewLine, violations));

        // The checker does see the packages: without them allowed, each is a foreign reference.
        var withoutPackages = CompatibilityChecker.Check(BuiltAssemblies.AdapterAssemblyPath, new[] { "SmartCityNodes.Hal", "SmartCityNodes.Drivers.Sensors", "SmartCityNodes.Drivers.Radio", "SmartCityNodes.LoRaWan", "SmartCityNodes.Boards", "SmartCityNodes.Runtime", "SmartCityNodes.Applications" });
        Assert.AreEqual(BuiltAssemblies.DevicePackageAssemblies.Length, withoutPackages.Count(v => v.Rule == Rule.ForeignReference));
    }

    private static byte[] PublicKeyToken(byte[] publicKey)
    {
        // ECMA-335 II.6.2.1.3: the token is the last 8 bytes of the SHA-1 of the public key, reversed.
        var hash = System.Security.Cryptography.SHA1.HashData(publicKey);
        return hash.Skip(hash.Length - 8).Reverse().ToArray();
    }

    /// <summary>Tokens of call/callvirt/newobj instructions (0x28, 0x6F, 0x73), found by walking the IL with its operand sizes.</summary>
    private static IEnumerable<int> CallTokens(byte[] il) => IlWalker.Instructions(il)
        .Where(i => i.OpCode is 0x28 or 0x6F or 0x73)
        .Select(i => BitConverter.ToInt32(il, i.OperandOffset));
}
