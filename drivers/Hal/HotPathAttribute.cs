// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Hal
{
    /// <summary>
    /// Marks a method (or every method of a type, constructors excepted) that runs on every wake, uplink, reading or
    /// encode. On nanoCLR such a method must take nothing from the managed heap: no <c>new</c>, no arrays, no boxing,
    /// no string building, and no struct locals, parameters, return values or copies (nanoCLR keeps every struct as
    /// a heap block). The NanoCompat checker fails the <c>netnano1.0</c> build (NANO006) on any such allocation, also
    /// one level down in unmarked methods of the same assembly; allocations only on the way to a <c>throw</c> are
    /// allowed. Rules and reasons: docs/nano-allocation-rules.md.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class HotPathAttribute : Attribute
    {
    }
}
