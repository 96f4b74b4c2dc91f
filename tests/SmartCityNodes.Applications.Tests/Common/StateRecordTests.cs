// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Applications.Common;

namespace SmartCityNodes.Applications.Tests.Common
{
    [TestClass]
    public sealed class StateRecordTests
    {
        [TestMethod]
        public void SignedFields_AreLittleEndianTwosComplement()
        {
            var buffer = new byte[14];
            StateRecord.WriteInt16(buffer, 0, -2);               // 0xFFFE → FE FF
            StateRecord.WriteInt32(buffer, 2, -4800);            // 0xFFFFED40 → 40 ED FF FF
            StateRecord.WriteInt64(buffer, 6, 0x0102030405060708);
            CollectionAssert.AreEqual(new byte[] { 0xFE, 0xFF, 0x40, 0xED, 0xFF, 0xFF, 0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01 }, buffer);
            Assert.AreEqual(-2, StateRecord.ReadInt16(buffer, 0));
            Assert.AreEqual(-4800, StateRecord.ReadInt32(buffer, 2));
            Assert.AreEqual(0x0102030405060708L, StateRecord.ReadInt64(buffer, 6));
        }

        [TestMethod]
        public void CheckHeader()
        {
            var buffer = new byte[] { 0, 1, 0, 0 };
            Assert.AreEqual(StateRecordStatus.Ok, StateRecord.CheckHeader(buffer, 1, 3, 1, 3));
            Assert.AreEqual(StateRecordStatus.WrongVersion, StateRecord.CheckHeader(buffer, 1, 3, 2, 3));
            Assert.AreEqual(StateRecordStatus.TooShort, StateRecord.CheckHeader(buffer, 1, 2, 1, 3));
            Assert.AreEqual(StateRecordStatus.TooShort, StateRecord.CheckHeader(buffer, 2, 3, 1, 3));
            Assert.AreEqual(StateRecordStatus.TooShort, StateRecord.CheckHeader(buffer, -1, 3, 1, 3));
            Assert.AreEqual(StateRecordStatus.TooShort, StateRecord.CheckHeader(null!, 0, 3, 1, 3));
        }
    }
}
