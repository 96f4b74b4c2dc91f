// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Runtime.CompilerServices;

// The register arithmetic (frequency words, PA tables, timer steps) is internal; the host tests and benchmarks check it directly.
[assembly: InternalsVisibleTo("SmartCityNodes.Radio.Tests")]
[assembly: InternalsVisibleTo("SmartCityNodes.Benchmarks")]
