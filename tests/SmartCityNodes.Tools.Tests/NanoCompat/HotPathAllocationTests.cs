// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Tools.NanoCompat;

namespace SmartCityNodes.Tools.Tests.NanoCompat;

/// <summary>
/// The hot-path rule (NANO006) on Roslyn-compiled fixtures against the device mscorlib. Each fixture method breaks
/// one allocation rule of docs/nano-allocation-rules.md; the expected kind follows from the IL the C# compiler emits
/// for that construct (ECMA-335 Partition III) and from how nanoCLR executes it (src/CLR/Core/Interpreter.cpp).
/// </summary>
[TestClass]
public sealed class HotPathAllocationTests
{
    // Our marker, declared in the fixture under its real full name (the checker matches it by name).
    private const string Prelude = """
        using System;
        using SmartCityNodes.Hal;
        namespace SmartCityNodes.Hal { public sealed class HotPathAttribute : Attribute { } }
        namespace Fixture
        {
            public struct Reading { public int Value; public int Scale; }
            public struct Pair { public int A; public Pair(int a) { A = a; } }
            public enum Status { Ok = 0, Timeout = 1 }
            public delegate int Op(int x);
            public sealed class Buffer { public byte[] Bytes = new byte[16]; public int Length; }
        """;

    private static IReadOnlyList<MethodAllocations> Analyze(string body)
        => AllocationAnalyzer.Analyze(NanoFixtureCompiler.Compile("Fixture", Prelude + body + "\n}"), new[] { NanoFixtureCompiler.MscorlibPath });

    private static IReadOnlyList<Violation> Check(string body)
        => CompatibilityChecker.Check(NanoFixtureCompiler.Compile("Fixture", Prelude + body + "\n}"), Array.Empty<string>(), new[] { NanoFixtureCompiler.MscorlibPath });

    private static MethodAllocations Method(IReadOnlyList<MethodAllocations> methods, string name)
        => methods.Single(m => m.Method == name);

    [TestMethod]
    [DataRow("public static Reading Make(int v) { Reading r; r.Value = v; r.Scale = 1; return r; }", "Make", AllocationKind.StructReturn, "Fixture.Reading")]
    [DataRow("public static int Use(Reading r) { return r.Value; }", "Use", AllocationKind.StructParameter, "Fixture.Reading")]
    [DataRow("public static int Use(Reading r) { return r.Value; }", "Use", AllocationKind.StructCopy, "Fixture.Reading")]
    [DataRow("public static int Local(int v) { Reading r = default; r.Value = v; return r.Value + r.Scale; }", "Local", AllocationKind.StructLocal, "Fixture.Reading")]
    [DataRow("public static object Box(int v) { return v; }", "Box", AllocationKind.Box, "Int32")]
    [DataRow("public static object Box(Status s) { return s; }", "Box", AllocationKind.Box, "Fixture.Status")]
    [DataRow("public static Buffer New() { return new Buffer(); }", "New", AllocationKind.NewObject, "Fixture.Buffer")]
    [DataRow("public static int Initialised(int v) { return Take(new Reading { Value = v }); } static int Take(Reading r) { return 0; }", "Initialised", AllocationKind.StructLocal, "Fixture.Reading")]
    [DataRow("public static int Constructed(int v) { return Take(new Pair(v)); } static int Take(Pair p) { return 0; }", "Constructed", AllocationKind.NewStruct, "Fixture.Pair")]
    [DataRow("public static byte[] Array(int n) { return new byte[n]; }", "Array", AllocationKind.NewArray, "Byte[]")]
    [DataRow("public static string Concat(string a, int b) { return a + b; }", "Concat", AllocationKind.StringBuilding, "System.String.Concat")]
    [DataRow("public static string Text(int b) { return b.ToString(); }", "Text", AllocationKind.StringBuilding, "System.Int32.ToString")]
    [DataRow("public static string Literal() { return \"node\"; }", "Literal", AllocationKind.StringLiteral, "string")]
    [DataRow("public static int Lambda(int k) { Op f = Twice; return f(k); } static int Twice(int x) { return 2 * x; }", "Lambda", AllocationKind.NewDelegate, "Fixture.Op")]
    [DataRow("public static int Capture(int k) { Op f = x => x + k; return f(1); }", "Capture", AllocationKind.Closure, "Fixture.HotPaths+<>c__DisplayClass0_0")]
    [DataRow("public static int Call() { return Make().Value; } static Reading Make() { return default; }", "Call", AllocationKind.StructCallResult, "Fixture.Reading from Fixture.HotPaths.Make")]
    public void EachConstructFailsTheHotPathWithItsKind(string member, string method, AllocationKind kind, string subject)
    {
        var source = "public static class HotPaths { [HotPath] " + member + " }";
        var analysed = Method(Analyze(source), "Fixture.HotPaths." + method);
        Assert.IsTrue(analysed.IsHotPath);
        Assert.IsTrue(analysed.Counted.Any(f => f.Kind == kind && f.Subject.EndsWith(subject, StringComparison.Ordinal)),
            $"expected {kind} {subject}; found:\n" + string.Join("\n", analysed.Findings.Select(f => f.Kind + " " + f.Describe())));

        var errors = Check(source).Where(v => v.Rule == Rule.HotPathAllocation && v.Location == "Fixture.HotPaths." + method).ToList();
        Assert.IsTrue(errors.Any(e => e.Detail.StartsWith("allocates on nanoCLR: " + Allocation.KindName(kind) + " ", StringComparison.Ordinal)),
            "errors:\n" + string.Join("\n", errors));
        Assert.AreEqual("error", errors[0].Severity);
        Assert.AreEqual("NANO006", errors[0].Code);
    }

    [TestMethod]
    public void StructLocalErrorNamesTypeAndSlot()
    {
        // One local, slot 0: the struct nanoCLR allocates when the frame is entered (CLR_RT_ExecutionEngine::InitializeLocals).
        var errors = Check("public static class HotPaths { [HotPath] public static int F(int v) { Reading r; r.Value = v; r.Scale = 2; return r.Value * r.Scale; } }");
        var hit = errors.Single(v => v.Rule == Rule.HotPathAllocation && v.Detail.Contains("struct local", StringComparison.Ordinal));
        Assert.AreEqual("Fixture.HotPaths.F", hit.Location);
        Assert.AreEqual("allocates on nanoCLR: struct local Fixture.Reading (local 0, frame entry)", hit.Detail);

        // Reading r.Value compiles to ldloc.0; ldfld (ECMA-335 III.4.10 accepts a value on the stack), and that ldloc
        // clones the struct (Execute_LoadAndPromote -> CloneObject): one copy per read, two reads.
        Assert.AreEqual(2, errors.Count(v => v.Rule == Rule.HotPathAllocation && v.Detail.Contains("struct copy Fixture.Reading (IL_", StringComparison.Ordinal)), string.Join("\n", errors));
    }

    [TestMethod]
    public void CleanHotPathPasses()
    {
        // Primitives, enums, DateTime/TimeSpan (inline in nanoCLR), byte[] fields filled in place, calls returning
        // int/bool/enum, struct fields reached by address (ldflda/ldloca never clone), and a throw for misuse.
        const string source = """
            public sealed class Encoder
            {
                private readonly byte[] _frame = new byte[32];
                private readonly Buffer _buffer = new Buffer();
                private Reading _last;
                private Status _status;
                [HotPath]
                public Status Encode(byte[] payload, int offset, int length, long nowMs, DateTime stamp, TimeSpan window)
                {
                    if (payload == null) { throw new ArgumentNullException("payload"); }
                    if (length > _frame.Length) { throw new ArgumentOutOfRangeException("length", "payload longer than " + _frame.Length); }
                    var sum = 0;
                    for (var i = 0; i < length; i++) { _frame[i] = payload[offset + i]; sum += Checksum(payload[offset + i]); }
                    _buffer.Bytes[0] = (byte)sum;
                    _buffer.Length = length;
                    _last.Value = sum;
                    var ticks = stamp.Ticks + window.Ticks;
                    _status = IsReady(ticks) ? Status.Ok : Status.Timeout;
                    return nowMs > 0 && ticks > 0 ? _status : Status.Timeout;
                }
                private static int Checksum(byte b) { return b ^ 0x5A; }
                private bool IsReady(long ticks) { return ticks != 0 && _last.Value >= 0; }
            }
            """;
        var encode = Method(Analyze(source), "Fixture.Encoder.Encode");
        Assert.AreEqual(0, encode.Counted.Count(), string.Join("\n", encode.Counted.Select(f => f.Describe())));
        Assert.IsTrue(encode.Findings.Any(f => f.OnThrowPath && f.Kind == AllocationKind.StringBuilding), "the misuse message is seen, and excused as a throw path");
        Assert.AreEqual(0, Check(source).Count(v => v.Rule == Rule.HotPathAllocation));
    }

    [TestMethod]
    public void UnmarkedMethodMayAllocate()
    {
        var errors = Check("public static class Setup { public static Reading[] Table() { return new Reading[] { new Reading { Value = 1 } }; } }");
        Assert.AreEqual(0, errors.Count(v => v.Rule == Rule.HotPathAllocation));
    }

    [TestMethod]
    public void MarkedTypeCoversItsMethodsButNotItsConstructor()
    {
        const string source = """
            [HotPath]
            public sealed class Sampler
            {
                private readonly int[] _window;
                public Sampler() { _window = new int[8]; }
                public int Sample(int v) { _window[0] = v; return _window.Length; }
                public int[] Leak() { return new int[2]; }
            }
            """;
        var methods = Analyze(source);
        Assert.IsFalse(Method(methods, "Fixture.Sampler..ctor").IsHotPath);
        Assert.IsTrue(Method(methods, "Fixture.Sampler.Sample").IsHotPath);
        var errors = Check(source).Where(v => v.Rule == Rule.HotPathAllocation).ToList();
        Assert.AreEqual(1, errors.Count, string.Join("\n", errors));
        Assert.AreEqual("Fixture.Sampler.Leak", errors[0].Location);
    }

    [TestMethod]
    public void UnmarkedCalleeThatAllocatesIsReportedOneLevelDown()
    {
        const string source = """
            public sealed class Mac
            {
                [HotPath] public int Send(int v) { return Helper(v) + Clean(v); }
                private static int Helper(int v) { var r = new Reading(); r.Value = v; return r.Value; }
                private static int Clean(int v) { return v + 1; }
            }
            """;
        var hit = Check(source).Single(v => v.Rule == Rule.HotPathAllocation);
        Assert.AreEqual("Fixture.Mac.Send", hit.Location);
        StringAssert.StartsWith(hit.Detail, "allocates on nanoCLR: call to allocating method Fixture.Mac.Helper [1 struct local, 1 struct copy]");
    }

    [TestMethod]
    public void MarkedCalleeIsCheckedOnItsOwnNotThroughTheCaller()
    {
        const string source = """
            public sealed class Mac
            {
                [HotPath] public int Send(int v) { return Helper(v); }
                [HotPath] private static int Helper(int v) { return new int[v].Length; }
            }
            """;
        var errors = Check(source).Where(v => v.Rule == Rule.HotPathAllocation).ToList();
        Assert.AreEqual(1, errors.Count, string.Join("\n", errors));
        Assert.AreEqual("Fixture.Mac.Helper", errors[0].Location);
    }

    [TestMethod]
    public void EnumsDateTimeAndTimeSpanAreInline()
    {
        // nanoCLR stores enums as their underlying integer and DateTime/TimeSpan as DATATYPE_DATETIME/DATATYPE_TIMESPAN
        // (8 bytes inside the stack slot), so none of these locals, parameters or returns allocates.
        var methods = Analyze("public static class HotPaths { [HotPath] public static TimeSpan F(Status s, DateTime t, TimeSpan d) { var u = t; var e = s; return e == Status.Ok ? d : new TimeSpan(u.Ticks); } }");
        // new TimeSpan(..) neither: CLR_RT_ExecutionEngine::NewObject only sets the data type of a non-reference type.
        var f = Method(methods, "Fixture.HotPaths.F");
        Assert.AreEqual(0, f.Counted.Count(), string.Join("\n", f.Counted.Select(x => x.Describe())));
    }

    [TestMethod]
    public void StaticConstructorThatAllocatesIsAWarning()
    {
        const string source = "public static class Tables { public static readonly byte[] Sbox = { 1, 2, 3 }; public static readonly Buffer Scratch = new Buffer(); }";
        var warnings = Check(source).Where(v => v.Rule == Rule.StaticConstructorCost).ToList();
        var hit = warnings.Single();
        Assert.AreEqual("warning", hit.Severity);
        Assert.AreEqual("NANO007", hit.Code);
        Assert.AreEqual("Fixture.Tables..cctor", hit.Location);
        // The array, the object, and Buffer's constructor (one level down), which makes its 16-byte array.
        StringAssert.Contains(hit.Detail, "3 allocation sites (1 new object, 1 new array, 1 call to allocating method (Fixture.Buffer..ctor [1 new array]))");
    }

    [TestMethod]
    public void StaticConstructorCountsWhatItsInitialisersCall()
    {
        // static readonly byte[] Table = Build(); compiles to a .cctor that only calls Build: the array is Build's.
        const string source = "public static class Tables { public static readonly byte[] Table = Build(); private static byte[] Build() { var t = new byte[256]; t[1] = 1; return t; } }";
        var hit = Check(source).Single(v => v.Rule == Rule.StaticConstructorCost);
        StringAssert.Contains(hit.Detail, "1 allocation sites (1 call to allocating method (Fixture.Tables.Build [1 new array]))");
        var cctor = Method(Analyze(source), "Fixture.Tables..cctor");
        Assert.AreEqual("Fixture.Tables.Build [1 new array]", cctor.Findings.Single().Subject);
    }

    [TestMethod]
    public void CommandLineFailsTheBuildOnAHotPathAndOnlyWarnsOnAStaticConstructor()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nanocompat-hot-{Guid.NewGuid():N}.dll");
        File.WriteAllBytes(path, NanoFixtureCompiler.Compile("Fixture", Prelude + "public static class S { static readonly int[] T = new int[4]; [HotPath] public static Reading Get() { return default; } }\n}"));
        try
        {
            var checker = typeof(CompatibilityChecker).Assembly.Location;
            var (exit, stderr) = CommandLine.Run("dotnet", $"\"{checker}\" \"{path}\" --references \"{NanoFixtureCompiler.MscorlibPath}\"");
            Assert.AreEqual(1, exit, stderr);
            StringAssert.Contains(stderr, "error NANO006: Fixture.S.Get: allocates on nanoCLR: struct return value Fixture.Reading (signature)");
            StringAssert.Contains(stderr, "warning NANO007: Fixture.S..cctor: static constructor runs at every boot");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
