// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// HOST IMPLEMENTATION of nanoFramework.TestFramework's API (package 3.0.77), so device test sources compile and run on the
// host unchanged. Same namespace, type names and signatures as the package; behaviour per the package's launcher and Assert.

#nullable enable

using System;
using System.Runtime.CompilerServices;
using MSTestAssert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The package's assertions with its overloads, failing through MSTest's Assert so the host run reports them as
    /// MSTest failures. Equality is the package's: exact (<c>Equals</c>; no delta for doubles), strings ordinal.
    /// </summary>
    public sealed class Assert
    {
        private Assert()
        {
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(bool expected, bool actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(byte expected, byte actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(char expected, char actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(DateTime expected, DateTime actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(double expected, double actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(float expected, float actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(int expected, int actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(long expected, long actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(object expected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(sbyte expected, sbyte actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(short expected, short actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(string expected, string actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(uint expected, uint actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(ulong expected, ulong actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreEqual(ushort expected, ushort actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!Equals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreEqual failed. Expected: <{Show(expected)}>, actual: <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(bool notExpected, bool actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(byte notExpected, byte actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(char notExpected, char actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(DateTime notExpected, DateTime actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(double notExpected, double actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(float notExpected, float actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(int notExpected, int actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(long notExpected, long actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(object notExpected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(sbyte notExpected, sbyte actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(short notExpected, short actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(string notExpected, string actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (string.Equals(notExpected, actual, StringComparison.Ordinal))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(uint notExpected, uint actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(ulong notExpected, ulong actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">Value not expected.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotEqual(ushort notExpected, ushort actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (Equals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotEqual failed. Both are <{Show(actual)}>. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="condition"/> is true.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="message">Shown on failure.</param>
        public static void IsTrue(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "")
        {
            if (!condition)
            {
                MSTestAssert.Fail($"Assert.IsTrue failed. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="condition"/> is false.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="message">Shown on failure.</param>
        public static void IsFalse(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "")
        {
            if (condition)
            {
                MSTestAssert.Fail($"Assert.IsFalse failed. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="value"/> is null.</summary>
        /// <param name="value">The value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void IsNull(object? value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value is not null)
            {
                MSTestAssert.Fail($"Assert.IsNull failed. {message}");
            }
        }

        /// <summary>Fails when <paramref name="value"/> is null.</summary>
        /// <param name="value">The value.</param>
        /// <param name="message">Shown on failure.</param>
        public static void IsNotNull(object? value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value is null)
            {
                MSTestAssert.Fail($"Assert.IsNotNull failed. {message}");
            }
        }

        /// <summary>Fails unless both refer to the same object.</summary>
        /// <param name="expected">Expected object.</param>
        /// <param name="actual">Actual object.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreSame(object? expected, object? actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!ReferenceEquals(expected, actual))
            {
                MSTestAssert.Fail($"Assert.AreSame failed. {message}");
            }
        }

        /// <summary>Fails when both refer to the same object.</summary>
        /// <param name="notExpected">Object not expected.</param>
        /// <param name="actual">Actual object.</param>
        /// <param name="message">Shown on failure.</param>
        public static void AreNotSame(object? notExpected, object? actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (ReferenceEquals(notExpected, actual))
            {
                MSTestAssert.Fail($"Assert.AreNotSame failed. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="value"/> is an instance of <paramref name="expected"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="expected">The type.</param>
        /// <param name="message">Shown on failure.</param>
        public static void IsInstanceOfType(object? value, Type expected, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value is null || !expected.IsInstanceOfType(value))
            {
                MSTestAssert.Fail($"Assert.IsInstanceOfType failed. {message}");
            }
        }

        /// <summary>Fails when <paramref name="value"/> is an instance of <paramref name="notExpected"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="notExpected">The type.</param>
        /// <param name="message">Shown on failure.</param>
        public static void IsNotInstanceOfType(object? value, Type notExpected, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value is not null && notExpected.IsInstanceOfType(value))
            {
                MSTestAssert.Fail($"Assert.IsNotInstanceOfType failed. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="value"/> contains <paramref name="expected"/>.</summary>
        /// <param name="expected">Substring.</param>
        /// <param name="value">String.</param>
        /// <param name="message">Shown on failure.</param>
        public static void Contains(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value is null || !value.Contains(expected, StringComparison.Ordinal))
            {
                MSTestAssert.Fail($"Assert.Contains failed: '{value}' does not contain '{expected}'. {message}");
            }
        }

        /// <summary>Fails when <paramref name="value"/> contains <paramref name="notExpected"/> (the package's spelling).</summary>
        /// <param name="notExpected">Substring.</param>
        /// <param name="value">String.</param>
        /// <param name="message">Shown on failure.</param>
        public static void DoesNotContains(string notExpected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value is not null && value.Contains(notExpected, StringComparison.Ordinal))
            {
                MSTestAssert.Fail($"Assert.DoesNotContains failed: '{value}' contains '{notExpected}'. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="value"/> starts with <paramref name="expected"/>.</summary>
        /// <param name="expected">Prefix.</param>
        /// <param name="value">String.</param>
        /// <param name="message">Shown on failure.</param>
        public static void StartsWith(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value is null || !value.StartsWith(expected, StringComparison.Ordinal))
            {
                MSTestAssert.Fail($"Assert.StartsWith failed: '{value}' does not start with '{expected}'. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="value"/> ends with <paramref name="expected"/>.</summary>
        /// <param name="expected">Suffix.</param>
        /// <param name="value">String.</param>
        /// <param name="message">Shown on failure.</param>
        public static void EndsWith(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value is null || !value.EndsWith(expected, StringComparison.Ordinal))
            {
                MSTestAssert.Fail($"Assert.EndsWith failed: '{value}' does not end with '{expected}'. {message}");
            }
        }

        /// <summary>Fails unless <paramref name="action"/> throws exactly <paramref name="exception"/> (a derived type fails, as in the package).</summary>
        /// <param name="exception">The exception type.</param>
        /// <param name="action">The code.</param>
        /// <param name="message">Shown on failure.</param>
        public static void ThrowsException(Type exception, Action action, [CallerArgumentExpression(nameof(action))] string message = "")
        {
            ArgumentNullException.ThrowIfNull(exception);
            ArgumentNullException.ThrowIfNull(action);
            try
            {
                action();
            }
            catch (Exception thrown)
            {
                if (thrown.GetType() == exception)
                {
                    return;
                }

                MSTestAssert.Fail($"Assert.ThrowsException failed: threw {thrown.GetType().Name}, expected {exception.Name}. {message}");
            }

            MSTestAssert.Fail($"Assert.ThrowsException failed: no exception thrown, expected {exception.Name}. {message}");
        }

        /// <summary>Ends the test as skipped (MSTest: inconclusive).</summary>
        /// <param name="message">Why.</param>
        public static void SkipTest(string? message = null)
        {
            MSTestAssert.Inconclusive(message ?? "skipped");
        }

        private static string Show(object? value) => value is null ? "(null)" : value is DateTime time ? time.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
