// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Applications.Common
{
    /// <summary>Taking parameters into an application: checked at construction, applied whole or not at all afterwards.</summary>
    public static class ApplicationParameters
    {
        /// <summary>Copies valid start-up parameters; invalid ones are a programming error.</summary>
        /// <param name="target">The application's own parameter instance.</param>
        /// <param name="parameters">The configured parameters.</param>
        /// <exception cref="ArgumentNullException">No parameters.</exception>
        /// <exception cref="ArgumentException">A field is out of range; the message is the field's name.</exception>
        public static void Initialize(IApplicationParameters target, IApplicationParameters parameters)
        {
            if (parameters == null)
            {
                throw new ArgumentNullException(nameof(parameters));
            }

            string bad = parameters.Validate();
            if (bad != null)
            {
                throw new ArgumentException(bad);
            }

            target.CopyFrom(parameters);
        }

        /// <summary>Copies <paramref name="candidate"/> (from a remote-config downlink) only if all of it is valid.</summary>
        /// <param name="target">The application's own parameter instance.</param>
        /// <param name="candidate">Proposed parameters.</param>
        /// <returns>Null when applied, else the name of the first bad field (<c>candidate</c> when it is null).</returns>
        public static string TryApply(IApplicationParameters target, IApplicationParameters candidate)
        {
            if (candidate == null)
            {
                return nameof(candidate);
            }

            string bad = candidate.Validate();
            if (bad == null)
            {
                target.CopyFrom(candidate);
            }

            return bad;
        }
    }
}
