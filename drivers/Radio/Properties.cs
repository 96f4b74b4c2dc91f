// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Runtime.CompilerServices;

// The register arithmetic and airtime helpers are internal; the host tests and benchmarks check them directly.
[assembly: InternalsVisibleTo("SmartCityNodes.Radio.Tests")]
[assembly: InternalsVisibleTo("SmartCityNodes.Benchmarks")]
