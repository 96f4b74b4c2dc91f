// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using nanoFramework.TestFramework;

namespace SmartCityNodes.DeviceTests.Host;

/// <summary>
/// One run of a device test as nanoFramework's UnitTestLauncher makes it: a [TestMethod] without arguments, or a
/// [DataRow] of a method (the launcher runs a method's rows instead of a plain call when it has rows).
/// </summary>
internal sealed record DeviceTestCase(Type TestClass, MethodInfo Method, object[]? Arguments, int Row)
{
    /// <summary>"Namespace.Class.Method" or "Namespace.Class.Method[row]": the name the host run shows.</summary>
    public string Name => TestClass.FullName + "." + Method.Name + (Arguments is null ? string.Empty : "[" + Row + "]");

    /// <summary>Every device test case compiled into this assembly, ordered by name.</summary>
    public static IReadOnlyList<DeviceTestCase> All()
    {
        var cases = new List<DeviceTestCase>();
        foreach (var type in typeof(DeviceTestCase).Assembly.GetTypes().Where(t => t.GetCustomAttribute<TestClassAttribute>() is not null))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var rows = method.GetCustomAttributes<DataRowAttribute>().ToList();
                if (rows.Count > 0)
                {
                    for (var i = 0; i < rows.Count; i++)
                    {
                        cases.Add(new DeviceTestCase(type, method, rows[i].MethodParameters, i));
                    }
                }
                else if (method.GetCustomAttribute<TestMethodAttribute>() is not null)
                {
                    cases.Add(new DeviceTestCase(type, method, null, 0));
                }
            }
        }

        return cases.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Finds a case by <see cref="Name"/>.</summary>
    public static DeviceTestCase Find(string name) => All().Single(c => c.Name == name);

    /// <summary>
    /// Runs [Setup], the test, then [Cleanup]. The device launcher runs Setup once per class and calls every method with
    /// a null instance; here each case gets its own Setup (stricter: a test cannot lean on another's leftovers) and a
    /// fresh instance, which is harmless because a device test class may hold no instance fields (checked by
    /// DeviceTestRunner.Device_test_classes_follow_the_launchers_rules).
    /// </summary>
    public void Run()
    {
        var instance = Activator.CreateInstance(TestClass)!;
        foreach (var setup in MethodsWith<SetupAttribute>())
        {
            Invoke(setup, instance, null);
        }

        try
        {
            Invoke(Method, instance, Arguments);
        }
        finally
        {
            foreach (var cleanup in MethodsWith<CleanupAttribute>())
            {
                Invoke(cleanup, instance, null);
            }
        }
    }

    private IEnumerable<MethodInfo> MethodsWith<TAttribute>()
        where TAttribute : Attribute
        => TestClass.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<TAttribute>() is not null);

    private static void Invoke(MethodInfo method, object instance, object[]? arguments)
    {
        try
        {
            method.Invoke(method.IsStatic ? null : instance, arguments);
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(wrapped.InnerException).Throw();
        }
    }
}
