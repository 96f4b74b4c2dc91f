// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using BenchmarkDotNet.Running;

namespace SmartCityNodes.Benchmarks
{
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
