// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Tools.NanoCompat;

namespace SmartCityNodes.Tools.Tests.NanoCompat;

/// <summary>
/// Each fixture breaks exactly one rule that nanoCLR 1.x enforces at load time (docs/architecture.md "Two builds of the same code"),
/// compiled against the real device mscorlib; one fixture breaks none.
/// </summary>
[TestClass]
public sealed class CompatibilityCheckerTests
{
    private static readonly string[] NoExtraReferences = Array.Empty<string>();

    private static IReadOnlyList<Violation> CheckSource(string source, bool allowUnsafe = false)
        => CompatibilityChecker.Check(NanoFixtureCompiler.Compile("Fixture", source, allowUnsafe), NoExtraReferences);

    [TestMethod]
    public void CleanAssemblyHasNoViolations()
    {
        // Everything nanoFramework 1.17's mscorlib has: structs, interfaces, arrays, ArrayList,
        // non-generic delegates with closures, switch on strings, static constructors, exceptions.
        const string source = """
            using System;
            using System.Collections;
            namespace Fixture
            {
                public delegate int Op(int x);
                public interface IShape { int Area(); }
                public struct Point { public int X; public int Y; }
                public sealed class Square : IShape
                {
                    private static readonly byte[] Table = { 1, 2, 3 };
                    private readonly int _side;
                    static Square() { }
                    public Square(int side) { _side = side; }
                    public int Area() => _side * _side;
                    public static int Apply(int k)
                    {
                        Op add = x => x + k;
                        var list = new ArrayList { 1, "two" };
                        switch ("a" + k) { case "a1": return add(Table[0]) + list.Count; default: return Table.Length; }
                    }
                    public event EventHandler Changed;
                    public void Raise() { if (Changed != null) Changed(this, EventArgs.Empty); }
                    public static void Fail() { throw new ArgumentException("side"); }
                }
            }
            """;
        // The static constructor (Table's array) is only a NANO007 warning; no errors.
        var violations = CheckSource(source).Where(v => v.Severity == "error").ToList();
        Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
    }

    [TestMethod]
    public void GenericTypeDefinitionIsNamed()
    {
        var violations = CheckSource("namespace Fixture { public class Box<T> { public T Value; } }");
        Assert.IsTrue(violations.Any(v => v.Rule == Rule.GenericDefinition && v.Location == "Fixture.Box`1"), Describe(violations));
    }

    [TestMethod]
    public void GenericMethodDefinitionIsNamed()
    {
        var violations = CheckSource("namespace Fixture { public static class Util { public static T Same<T>(T x) => x; } }");
        Assert.IsTrue(violations.Any(v => v.Rule == Rule.GenericDefinition && v.Location == "Fixture.Util.Same"), Describe(violations));
    }

    [TestMethod]
    public void MscorlibActionOfTFieldIsAnInstantiation()
    {
        // nanoCLR 1.x cannot load even mscorlib's own Action<T> instantiated (docs/architecture.md).
        var violations = CheckSource("namespace Fixture { public class Holder { public System.Action<int> Callback; } }");
        var hit = violations.Single(v => v.Rule == Rule.GenericInstantiation);
        Assert.AreEqual("Fixture.Holder.Callback", hit.Location);
        StringAssert.Contains(hit.Detail, "System.Action`1<int>");
    }

    [TestMethod]
    public void FuncLambdaInMethodBodyIsAnInstantiation()
    {
        const string source = "namespace Fixture { public static class Calc { public static int Twice(int v) { System.Func<int, int> f = x => 2 * x; return f(v); } } }";
        var violations = CheckSource(source);
        Assert.IsTrue(violations.Any(v => v.Rule == Rule.GenericInstantiation && v.Location == "Fixture.Calc.Twice" && v.Detail.Contains("Func`2<int, int>")), Describe(violations));
    }

    [TestMethod]
    public void EventHandlerOfTIsAnInstantiation()
    {
        const string source = "namespace Fixture { public class Args : System.EventArgs { } public class Source { public event System.EventHandler<Args> Fired; public void F() { Fired?.Invoke(this, new Args()); } } }";
        var violations = CheckSource(source);
        Assert.IsTrue(violations.Any(v => v.Rule == Rule.GenericInstantiation && v.Detail.Contains("EventHandler`1<Fixture.Args>")), Describe(violations));
    }

    [TestMethod]
    public void GenericMethodCallIsAMethodSpec()
    {
        // The definition is in another assembly, so the only finding here is the MethodSpec at the call site.
        var library = NanoFixtureCompiler.Compile("Lib", "namespace Lib { public static class G { public static T Id<T>(T x) => x; } }");
        var image = NanoFixtureCompiler.Compile("Fixture", "namespace Fixture { public static class C { public static int F() => Lib.G.Id(3); } }", false, library);
        var violations = CompatibilityChecker.Check(image, new[] { "Lib" });
        var hit = violations.Single();
        Assert.AreEqual(Rule.GenericInstantiation, hit.Rule);
        Assert.AreEqual("Fixture.C.F", hit.Location);
        StringAssert.Contains(hit.Detail, "Lib.G.Id<int>");
    }

    [TestMethod]
    public void ForeignReferenceIsRejectedUnlessDeclared()
    {
        var library = NanoFixtureCompiler.Compile("System.Device.Gpio", "namespace System.Device.Gpio { public class GpioController { } }");
        var image = NanoFixtureCompiler.Compile("Fixture", "namespace Fixture { public class UsesGpio { public System.Device.Gpio.GpioController C = new System.Device.Gpio.GpioController(); } }", false, library);

        var undeclared = CompatibilityChecker.Check(image, NoExtraReferences);
        var hit = undeclared.Single();
        Assert.AreEqual(Rule.ForeignReference, hit.Rule);
        StringAssert.Contains(hit.Detail, "'System.Device.Gpio'");

        var declared = CompatibilityChecker.Check(image, new[] { "System.Device.Gpio" });
        Assert.AreEqual(0, declared.Count, Describe(declared));
    }

    [TestMethod]
    public void PInvokeIsNativeCode()
    {
        // nano mscorlib has no DllImportAttribute; the compiler honours the pseudo-attribute by its full name.
        const string source = """
            namespace System.Runtime.InteropServices { public sealed class DllImportAttribute : System.Attribute { public DllImportAttribute(string dll) { } } }
            namespace Fixture { public static class Native { [System.Runtime.InteropServices.DllImport("libc")] public static extern int getpid(); } }
            """;
        var violations = CheckSource(source);
        Assert.IsTrue(violations.Any(v => v.Rule == Rule.NativeCode && v.Location == "Fixture.Native.getpid" && v.Detail.Contains("P/Invoke")), Describe(violations));
    }

    [TestMethod]
    public void InternalCallIsNativeCode()
    {
        const string source = "using System.Runtime.CompilerServices; namespace Fixture { public static class Native { [MethodImpl(MethodImplOptions.InternalCall)] public static extern int Peek(); } }";
        var violations = CheckSource(source);
        Assert.IsTrue(violations.Any(v => v.Rule == Rule.NativeCode && v.Location == "Fixture.Native.Peek"), Describe(violations));
    }

    [TestMethod]
    public void PointerParameterIsUnsafe()
    {
        var violations = CheckSource("namespace Fixture { public static unsafe class Raw { public static int Read(byte* p) => *p; } }", allowUnsafe: true);
        Assert.IsTrue(violations.Any(v => v.Rule == Rule.UnsafeCode && v.Location == "Fixture.Raw.Read" && v.Detail.Contains("byte*")), Describe(violations));
    }

    [TestMethod]
    public void StackallocIsUnsafe()
    {
        var violations = CheckSource("namespace Fixture { public static unsafe class Raw { public static int Sum() { byte* b = stackalloc byte[4]; b[0] = 1; return b[0]; } } }", allowUnsafe: true);
        Assert.IsTrue(violations.Any(v => v.Rule == Rule.UnsafeCode && v.Location == "Fixture.Raw.Sum" && v.Detail.Contains("stackalloc")), Describe(violations));
    }

    [TestMethod]
    public void CommandLineExitsOneAndNamesTheMember()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nanocompat-{Guid.NewGuid():N}.dll");
        File.WriteAllBytes(path, NanoFixtureCompiler.Compile("Fixture", "namespace Fixture { public class Box<T> { } }"));
        try
        {
            var checker = typeof(CompatibilityChecker).Assembly.Location;
            var (exit, stderr) = CommandLine.Run("dotnet", $"\"{checker}\" \"{path}\"");
            Assert.AreEqual(1, exit, stderr);
            StringAssert.Contains(stderr, "error NANO001: Fixture.Box`1: generic type definition");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Describe(IReadOnlyList<Violation> violations) => "found:\n" + string.Join("\n", violations);
}
