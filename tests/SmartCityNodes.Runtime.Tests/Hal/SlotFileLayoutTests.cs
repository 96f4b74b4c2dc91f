// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using Microsoft.VisualStudio.TestTools.UnitTesting;
using SmartCityNodes.Hal;

namespace SmartCityNodes.Runtime.Tests.Hal;

[TestClass]
public sealed class SlotFileLayoutTests
{
    [TestMethod]
    [DataRow(0, @"I:\scn\slot-0.bin")]
    [DataRow(3, @"I:\scn\slot-3.bin")]
    [DataRow(11, @"I:\scn\slot-11.bin")]
    public void Slot_n_is_i_scn_slot_n_bin(int slot, string expected)
    {
        var layout = new SlotFileLayout(SlotFileLayout.InternalFlashDirectory, 12, 512);

        Assert.AreEqual(expected, layout.PathOf(slot));
        Assert.AreEqual(@"I:\scn", layout.Directory);
    }

    [TestMethod]
    public void Path_is_built_once_not_per_call()
    {
        var layout = new SlotFileLayout(SlotFileLayout.InternalFlashDirectory, 4, 512);

        Assert.AreSame(layout.PathOf(2), layout.PathOf(2));
    }

    [TestMethod]
    [DataRow(-1)]
    [DataRow(4)]
    public void Slot_outside_the_range_has_no_path(int slot)
    {
        var layout = new SlotFileLayout(SlotFileLayout.InternalFlashDirectory, 4, 512);

        Assert.IsNull(layout.PathOf(slot));
        Assert.AreEqual(StorageStatus.InvalidArgument, layout.CheckRead(slot, new byte[8], 0, 8));
        Assert.AreEqual(StorageStatus.InvalidArgument, layout.CheckWrite(slot, new byte[8], 0, 8));
    }

    [TestMethod]
    [DataRow(0, 16, StorageStatus.Ok)]
    [DataRow(16, 0, StorageStatus.Ok)]
    [DataRow(4, 12, StorageStatus.Ok)]
    [DataRow(4, 13, StorageStatus.InvalidArgument)]
    [DataRow(17, 0, StorageStatus.InvalidArgument)]
    [DataRow(-1, 4, StorageStatus.InvalidArgument)]
    [DataRow(0, -1, StorageStatus.InvalidArgument)]
    [DataRow(1, int.MaxValue, StorageStatus.InvalidArgument)]
    public void Byte_range_must_lie_inside_a_16_byte_buffer(int offset, int count, StorageStatus expected)
    {
        var layout = new SlotFileLayout(SlotFileLayout.InternalFlashDirectory, 4, 512);

        Assert.AreEqual(expected, layout.CheckRead(0, new byte[16], offset, count));
        Assert.AreEqual(expected, layout.CheckWrite(0, new byte[16], offset, count));
    }

    [TestMethod]
    public void Null_buffer_is_an_invalid_argument()
    {
        var layout = new SlotFileLayout(SlotFileLayout.InternalFlashDirectory, 4, 512);

        Assert.AreEqual(StorageStatus.InvalidArgument, layout.CheckRead(0, null!, 0, 0));
        Assert.AreEqual(StorageStatus.InvalidArgument, layout.CheckWrite(0, null!, 0, 0));
    }

    [TestMethod]
    [DataRow(64, StorageStatus.Ok)]
    [DataRow(65, StorageStatus.TooLarge)]
    public void Write_above_the_capacity_is_too_large_read_is_not_limited_by_it(int count, StorageStatus expectedWrite)
    {
        var layout = new SlotFileLayout(SlotFileLayout.InternalFlashDirectory, 4, 64);

        Assert.AreEqual(expectedWrite, layout.CheckWrite(1, new byte[100], 0, count));
        Assert.AreEqual(StorageStatus.Ok, layout.CheckRead(1, new byte[100], 0, count));
    }

    [TestMethod]
    [DataRow("", 4, 64)]
    [DataRow(@"I:\scn\", 4, 64)]
    [DataRow("I:/scn/", 4, 64)]
    public void Bad_directory_throws(string directory, int slots, int capacity)
    {
        Assert.ThrowsExactly<ArgumentException>(() => new SlotFileLayout(directory, slots, capacity));
    }

    [TestMethod]
    [DataRow(0, 64)]
    [DataRow(4, 0)]
    [DataRow(-1, 64)]
    public void Slot_count_or_capacity_below_1_throws(int slots, int capacity)
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new SlotFileLayout(@"I:\scn", slots, capacity));
    }
}
