// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.TestFramework 3.0.77.
// Signatures from nanoframework/nanoFramework.TestFramework v3.0.77 (source/TestFrameworkShared, source/TestFramework); every body is `throw null`.

using System;
using System.Runtime.CompilerServices;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The package's assertions: non-generic overloads per type (nanoCLR 1.x has no generics), each ending with a
    /// <c>[CallerArgumentExpression]</c> message; a failed assertion throws.
    /// </summary>
    public sealed class Assert
    {
        private Assert() => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(bool expected, bool actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(byte expected, byte actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(char expected, char actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(DateTime expected, DateTime actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(double expected, double actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(float expected, float actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(int expected, int actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(long expected, long actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(object expected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(sbyte expected, sbyte actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(short expected, short actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(string expected, string actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(uint expected, uint actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(ulong expected, ulong actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="expected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreEqual(ushort expected, ushort actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(bool notExpected, bool actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(byte notExpected, byte actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(char notExpected, char actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(DateTime notExpected, DateTime actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(double notExpected, double actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(float notExpected, float actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(int notExpected, int actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(long notExpected, long actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(object notExpected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(sbyte notExpected, sbyte actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(short notExpected, short actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(string notExpected, string actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(uint notExpected, uint actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(ulong notExpected, ulong actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="notExpected"/> equals <paramref name="actual"/>.</summary>
        /// <param name="notExpected">The value the test expects not to see.</param>
        /// <param name="actual">The value the code under test produced.</param>
        /// <param name="message">Shown on failure; defaults to the expression of <paramref name="actual"/>.</param>
        public static void AreNotEqual(ushort notExpected, ushort actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="condition"/> is true.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void IsTrue(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="condition"/> is false.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void IsFalse(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="value"/> is null.</summary>
        /// <param name="value">The value.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void IsNull(object value, [CallerArgumentExpression(nameof(value))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="value"/> is null.</summary>
        /// <param name="value">The value.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void IsNotNull(object value, [CallerArgumentExpression(nameof(value))] string message = "") => throw null;

        /// <summary>Fails unless both refer to the same object.</summary>
        /// <param name="expected">The expected object.</param>
        /// <param name="actual">The actual object.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void AreSame(object expected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails when both refer to the same object.</summary>
        /// <param name="notExpected">The object not expected.</param>
        /// <param name="actual">The actual object.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void AreNotSame(object notExpected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="value"/> is an instance of <paramref name="expected"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="expected">The type.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void IsInstanceOfType(object value, Type expected, [CallerArgumentExpression(nameof(value))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="value"/> is an instance of <paramref name="notExpected"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="notExpected">The type.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void IsNotInstanceOfType(object value, Type notExpected, [CallerArgumentExpression(nameof(value))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="value"/> contains <paramref name="expected"/>.</summary>
        /// <param name="expected">The substring.</param>
        /// <param name="value">The string.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void Contains(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "") => throw null;

        /// <summary>Fails when <paramref name="value"/> contains <paramref name="notExpected"/> (the package's spelling).</summary>
        /// <param name="notExpected">The substring.</param>
        /// <param name="value">The string.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void DoesNotContains(string notExpected, string value, [CallerArgumentExpression(nameof(value))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="value"/> starts with <paramref name="expected"/>.</summary>
        /// <param name="expected">The prefix.</param>
        /// <param name="value">The string.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void StartsWith(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="value"/> ends with <paramref name="expected"/>.</summary>
        /// <param name="expected">The suffix.</param>
        /// <param name="value">The string.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void EndsWith(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "") => throw null;

        /// <summary>Fails unless <paramref name="action"/> throws exactly <paramref name="exception"/> (not a derived type).</summary>
        /// <param name="exception">The exception type.</param>
        /// <param name="action">The code.</param>
        /// <param name="message">Shown on failure; defaults to the expression of the checked argument.</param>
        public static void ThrowsException(Type exception, Action action, [CallerArgumentExpression(nameof(action))] string message = "") => throw null;

        /// <summary>Ends the test as skipped.</summary>
        /// <param name="message">Why.</param>
        public static void SkipTest(string message = null) => throw null;
    }
}
