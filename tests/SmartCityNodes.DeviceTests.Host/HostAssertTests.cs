// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

#nullable enable

using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using DeviceAssert = nanoFramework.TestFramework.Assert;

namespace SmartCityNodes.DeviceTests.Host;

/// <summary>
/// The host implementation of nanoFramework.TestFramework's Assert can fail: each assertion given a false case throws
/// MSTest's AssertFailedException, and passes a true one (so a device test that passes on the host passed for real).
/// </summary>
[TestClass]
public sealed class HostAssertTests
{
    [TestMethod]
    public void Failing_assertions_fail()
    {
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.AreEqual(1, 2));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.AreEqual(1u, 2u));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.AreEqual((byte)1, (byte)2));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.AreEqual("AB", "ab"));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.AreEqual(0.1 + 0.2, 0.3));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.AreNotEqual(5L, 5L));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.IsTrue(false));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.IsFalse(true));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.IsNull(new object()));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.IsNotNull(null));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.AreSame(new object(), new object()));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.Contains("x", "abc"));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.ThrowsException(typeof(ArgumentException), () => { }));
    }

    [TestMethod]
    public void ThrowsException_wants_the_exact_type_as_the_package_does()
    {
        DeviceAssert.ThrowsException(typeof(ArgumentNullException), () => throw new ArgumentNullException("x"));
        Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.ThrowsException(typeof(ArgumentException), () => throw new ArgumentNullException("x")));
    }

    [TestMethod]
    public void Passing_assertions_pass()
    {
        DeviceAssert.AreEqual(7, 7);
        DeviceAssert.AreEqual("4C57", "4C57");
        DeviceAssert.AreEqual(0xCBF43926u, 0xCBF43926u);
        DeviceAssert.AreNotEqual(1, 2);
        DeviceAssert.IsTrue(true);
        DeviceAssert.IsFalse(false);
        DeviceAssert.IsNull(null);
        DeviceAssert.IsNotNull("x");
        DeviceAssert.StartsWith("ab", "abc");
        DeviceAssert.EndsWith("bc", "abc");
    }

    [TestMethod]
    public void The_failure_message_carries_both_values_and_the_expression()
    {
        var failure = Assert.ThrowsExactly<AssertFailedException>(() => DeviceAssert.AreEqual("95437876", "95437877"));
        Assert.Contains("95437876", failure.Message);
        Assert.Contains("95437877", failure.Message);
        Assert.Contains("\"95437877\"", failure.Message, "CallerArgumentExpression of actual");
    }
}
