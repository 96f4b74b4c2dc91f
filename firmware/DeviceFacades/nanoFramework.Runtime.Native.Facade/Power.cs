// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.Runtime.Native 1.7.11.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace nanoFramework.Runtime.Native
{
    /// <summary>Power management common to every target (Power.cs of the package, tag v1.7.11; only the member our adapters use).</summary>
    public class Power
    {
        private Power() => throw null;

        /// <summary>
        /// Raises OnRebootEvent, then asks nanoCLR to reboot (NativeReboot): the reboot is carried out when the execution
        /// engine next looks at its pending-reboot flag, not inside this call.
        /// </summary>
        /// <param name="rebootOption">NormalReboot (0) resets the CPU.</param>
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) => throw null;
    }
}
