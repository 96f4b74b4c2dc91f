// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.
// COMPILE-TIME REFERENCE FACADE — never deployed; the device build uses the real package nanoFramework.Runtime.Native 1.7.11.
// Signatures from the nanoFramework package's own source (github.com/nanoframework); every body is `throw null`.

namespace nanoFramework.Runtime.Native
{
    /// <summary>How <see cref="Power.RebootDevice"/> reboots (RebootOption.cs of the package, tag v1.7.11).</summary>
    public enum RebootOption
    {
        /// <summary>A hard reset of the CPU.</summary>
        NormalReboot = 0,

        /// <summary>Reboot into nanoBooter.</summary>
        EnterNanoBooter = 1,

        /// <summary>Restart the CLR only (the chip is not reset).</summary>
        ClrOnly = 2,

        /// <summary>Reboot into the vendor's bootloader.</summary>
        EnterProprietaryBooter = 8,
    }
}
