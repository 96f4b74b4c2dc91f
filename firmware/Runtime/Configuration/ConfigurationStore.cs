// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal;
using SmartCityNodes.LoRaWan.Mac;
using SmartCityNodes.Runtime.Storage;

namespace SmartCityNodes.Runtime.Configuration
{
    /// <summary>
    /// The configuration record kept power-loss-safe in its own slot pair. <see cref="Load"/> puts the stored
    /// configuration in force, or the built-in defaults when none is valid; <see cref="Commit"/> validates a
    /// staged configuration whole and writes it to the other slot, so a power cut at any byte leaves either the
    /// previous or the new configuration in force, never a mix.
    /// </summary>
    public sealed class ConfigurationStore
    {
        private readonly SlotPair pair;
        private readonly NodeConfiguration scratch = new NodeConfiguration();
        private readonly IApplicationParameterValidator applicationValidator;

        /// <summary>Creates the store (once, at start-up).</summary>
        /// <param name="storage">The slots.</param>
        /// <param name="slotA">First slot of the pair.</param>
        /// <param name="slotB">Second slot of the pair.</param>
        /// <param name="applicationValidator">The application's parameter check (may be null).</param>
        public ConfigurationStore(IPersistentStorage storage, int slotA, int slotB, IApplicationParameterValidator applicationValidator)
        {
            pair = new SlotPair(storage, slotA, slotB, (byte)'C', (byte)'F', ConfigurationRecord.MaxLength);
            this.applicationValidator = applicationValidator;
        }

        /// <summary>The application's parameter check and threshold setter (null when the application has none).</summary>
        public IApplicationParameterValidator ApplicationValidator => applicationValidator;

        /// <summary>The configuration in force.</summary>
        public NodeConfiguration Active { get; } = new NodeConfiguration();

        /// <summary>CRC-32 of the configuration in force (carried by the status uplink).</summary>
        public uint Crc { get; private set; }

        /// <summary>Sequence number of the stored record (0 when none): how many commits this node has seen.</summary>
        public uint Sequence => pair.Sequence;

        /// <summary>Field named by the last failed <see cref="Load"/> or <see cref="Commit"/>.</summary>
        public ConfigField LastErrorField { get; private set; }

        /// <summary>
        /// Loads the stored configuration into <see cref="Active"/>. On NoRecord or RecordInvalid (unknown version,
        /// bad length, a value out of range) the factory defaults are put in force instead, and the status says why.
        /// </summary>
        [HotPath]
        public ConfigStatus Load()
        {
            LastErrorField = ConfigField.None;
            StoreStatus loaded = pair.Load();
            ConfigStatus status;
            if (loaded != StoreStatus.Ok)
            {
                status = ConfigStatus.NoRecord;
            }
            else if (ConfigurationRecord.Read(pair.Image, SlotPair.PayloadOffset, pair.PayloadLength, pair.LoadedVersion, scratch) != ConfigStatus.Ok)
            {
                status = ConfigStatus.RecordInvalid;
            }
            else
            {
                ConfigField field;
                status = scratch.Validate(applicationValidator, out field) == ConfigStatus.Ok ? ConfigStatus.Ok : ConfigStatus.RecordInvalid;
                LastErrorField = field;
            }

            if (status == ConfigStatus.Ok)
            {
                Active.CopyFrom(scratch);
            }
            else
            {
                Active.ResetToDefaults();
            }

            Crc = ConfigurationRecord.ComputeCrc(Active, pair.Image);
            return status;
        }

        /// <summary>
        /// Validates <paramref name="staged"/>, writes it and puts it in force. On any failure nothing changes:
        /// <see cref="Active"/> and the stored record stay as they were; <see cref="LastErrorField"/> names the field.
        /// </summary>
        /// <param name="staged">The new configuration.</param>
        public ConfigStatus Commit(NodeConfiguration staged)
        {
            ConfigField field;
            ConfigStatus status = staged.Validate(applicationValidator, out field);
            LastErrorField = field;
            if (status != ConfigStatus.Ok)
            {
                return status;
            }

            int length = ConfigurationRecord.Write(staged, pair.Image, SlotPair.PayloadOffset);
            if (pair.Save(length, ConfigurationRecord.Version, 0) != StoreStatus.Ok)
            {
                return ConfigStatus.StorageFailed;
            }

            Crc = Crc32.Compute(pair.Image, SlotPair.PayloadOffset, length);
            Active.CopyFrom(staged);
            return ConfigStatus.Ok;
        }
    }
}
