using BenchmarkDotNet.Running;

// dotnet run -c Release --project tools/Benchmarks -- --filter '*'   (BenchmarkDotNet's own switches apply)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
