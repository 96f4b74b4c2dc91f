// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using DeviceCleanup = nanoFramework.TestFramework.CleanupAttribute;
using DeviceSetup = nanoFramework.TestFramework.SetupAttribute;
using DeviceTestMethod = nanoFramework.TestFramework.TestMethodAttribute;

namespace SmartCityNodes.DeviceTests.Host;

/// <summary>
/// Runs every device test of tests/Device on the host, one MSTest test case per device [TestMethod] or [DataRow], so
/// `dotnet test` counts and names them (Run_device_test ("Namespace.Class.Method[row]")).
/// </summary>
[TestClass]
public sealed class DeviceTestRunner
{
    /// <summary>The device test cases, by name.</summary>
    public static IEnumerable<object[]> DeviceTests() => DeviceTestCase.All().Select(c => new object[] { c.Name });

    [TestMethod]
    [DynamicData(nameof(DeviceTests))]
    public void Run_device_test(string name) => DeviceTestCase.Find(name).Run();

    [TestMethod]
    public void Every_device_test_project_contributes_tests()
    {
        var namespaces = DeviceTestCase.All().Select(c => c.TestClass.Namespace).Distinct().ToList();
        CollectionAssert.IsSubsetOf(
            new[] { "SmartCityNodes.DeviceTests.Frames", "SmartCityNodes.DeviceTests.Mac", "SmartCityNodes.DeviceTests.Payloads", "SmartCityNodes.DeviceTests.RuntimeStore" },
            namespaces);
        Assert.IsGreaterThanOrEqualTo(25, DeviceTestCase.All().Count);
    }

    /// <summary>
    /// What nanoFramework's UnitTestLauncher (package source/UnitTestLauncher/Program.cs) needs: it calls each method with
    /// <c>method.Invoke(null, parameters)</c>, so a test class must keep its state in static fields; methods are public and
    /// return void; a method has parameters only when it has [DataRow]s, each with one argument per parameter of the
    /// parameter's exact type (no conversions on nanoCLR); Setup and Cleanup take no parameters.
    /// </summary>
    [TestMethod]
    public void Device_test_classes_follow_the_launchers_rules()
    {
        foreach (var type in DeviceTestCase.All().Select(c => c.TestClass).Distinct())
        {
            var instanceFields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            Assert.IsEmpty(instanceFields, $"{type.Name}: instance fields are never initialised on the device (the launcher has no instance)");
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var isTest = method.GetCustomAttribute<DeviceTestMethod>() is not null;
                var isHook = method.GetCustomAttribute<DeviceSetup>() is not null || method.GetCustomAttribute<DeviceCleanup>() is not null;
                if (!isTest && !isHook)
                {
                    continue;
                }

                Assert.IsTrue(method.IsPublic, $"{type.Name}.{method.Name} must be public");
                Assert.AreEqual(typeof(void), method.ReturnType, $"{type.Name}.{method.Name} must return void");
                if (isHook)
                {
                    Assert.IsEmpty(method.GetParameters(), $"{type.Name}.{method.Name}: Setup/Cleanup take no parameters");
                }
            }
        }

        foreach (var test in DeviceTestCase.All())
        {
            var parameters = test.Method.GetParameters();
            var arguments = test.Arguments ?? Array.Empty<object>();
            Assert.HasCount(parameters.Length, arguments, $"{test.Name}: arguments");
            for (var i = 0; i < parameters.Length; i++)
            {
                Assert.AreEqual(parameters[i].ParameterType, arguments[i].GetType(), $"{test.Name}: argument {i}");
            }
        }
    }
}
