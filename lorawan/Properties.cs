// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Runtime.CompilerServices;

// MacState's fields are read-only outside the stack (applications change them only through LoRaWanNode's validated
// setters); the MAC tests put a state into corners (DevNonce 0xFFFF, ADR off) directly.
[assembly: InternalsVisibleTo("SmartCityNodes.LoRaWan.Tests")]
[assembly: InternalsVisibleTo("SmartCityNodes.Radio.Tests")]
