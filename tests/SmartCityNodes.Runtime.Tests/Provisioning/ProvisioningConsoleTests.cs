// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Runtime.Configuration;
using SmartCityNodes.Runtime.Provisioning;
using SmartCityNodes.Runtime.Tests.Configuration;
using SmartCityNodes.TestSupport.Storage;

namespace SmartCityNodes.Runtime.Tests.Provisioning
{
    [TestClass]
    public sealed class ProvisioningConsoleTests
    {
        private const string AppKeyHex = "2B7E151628AED2A6ABF7158809CF4F3C";

        private SimulatedFlashStorage storage = null!;
        private ConfigurationStore store = null!;
        private InMemorySerialPair serial = null!;
        private FakeNodeControl node = null!;
        private ProvisioningConsole console = null!;

        [TestInitialize]
        public void Start()
        {
            storage = new SimulatedFlashStorage(2);
            store = new ConfigurationStore(storage, 0, 1, null);
            store.Load();
            serial = new InMemorySerialPair();
            node = new FakeNodeControl();
            console = new ProvisioningConsole(serial.Node, store, node);
        }

        /// <summary>The test's own checksum: XOR of the characters, two uppercase hex digits (NMEA 0183 style).</summary>
        private static string WithChecksum(string body)
        {
            int x = 0;
            foreach (char c in body)
            {
                x ^= c;
            }

            return $"{body}*{x:X2}";
        }

        private string Send(string rawLine)
        {
            serial.Host.WriteText(rawLine + "\n");
            console.Poll();
            return serial.Host.ReadAllText();
        }

        private string Request(string body)
        {
            string reply = Send(WithChecksum(body));
            Assert.EndsWith("\r\n", reply);
            string text = reply[..^2];
            int star = text.LastIndexOf('*');
            Assert.AreEqual(WithChecksum(text[..star]), text, "reply checksum");
            return text[..star];
        }

        [TestMethod]
        public void HandWorkedChecksumsAreAccepted()
        {
            // 'I' 0x49 XOR 'D' 0x44 = 0x0D.
            string reply = Send("ID*0D");
            Assert.AreEqual("OK ID model=SCN-NODE fw=1.0.0 deveui=0000000000000000 state=unprovisioned", reply[..reply.LastIndexOf('*')]);
            // Lower-case checksum digits are accepted too; CR LF endings as well.
            Assert.StartsWith("OK ID", Send("id*0d\r"));
        }

        [TestMethod]
        public void HandWorkedReplyChecksum()
        {
            Provision();
            // "OK JOIN": 4F^4B = 04, ^20 = 24, ^4A = 6E, ^4F = 21, ^49 = 68, ^4E = 26.
            Assert.AreEqual("OK JOIN*26\r\n", Send(WithChecksum("JOIN")));
            Assert.AreEqual(1, node.JoinRequests);
        }

        private void Provision()
        {
            string[] session =
            [
                "SET activation otaa", "SET deveui 70B3D57ED0001234", "SET joineui 0000000000000001", "SET appkey " + AppKeyHex,
                "SET region US915", "SET subband 2", "SET report_s 300", "SET heartbeat_s 3600", "SET threshold_low -5",
                "SET threshold_high 100", "SET confirmed on", "SET adr on", "SET app_params 03ABCD",
            ];
            foreach (string request in session)
            {
                Assert.AreEqual("OK SET " + request.Split(' ')[1], Request(request));
            }

            // Same content as ConfigurationTests.Provisioned(): CRC 0x16D851F3 from Python zlib.crc32.
            Assert.AreEqual("OK COMMIT crc=16D851F3", Request("COMMIT"));
        }

        [TestMethod]
        public void AFullProvisioningSessionCommitsAndKeysAreNeverPrinted()
        {
            Assert.AreEqual(ConfigStatus.Ok, store.Active.Validate(null, out _));
            Assert.AreEqual("OK GET appkey unset", Request("GET appkey"));
            Provision();
            Assert.IsTrue(store.Active.IsProvisioned);
            Assert.AreEqual("OK GET appkey set", Request("GET appkey"));
            Assert.AreEqual("OK GET nwkskey unset", Request("GET nwkskey"));
            Assert.AreEqual("OK GET deveui 70B3D57ED0001234", Request("GET deveui"));
            Assert.AreEqual("OK GET region US915", Request("GET region"));
            Assert.AreEqual("OK GET threshold_low -5", Request("GET threshold_low"));
            Assert.AreEqual("OK GET app_params 03ABCD", Request("GET app_params"));
            node.UplinkCounter = 42;
            Assert.AreEqual("OK STATUS state=provisioned staged=0 crc=16D851F3 commits=1 joined=0 fcntup=42", Request("STATUS"));
            Assert.AreEqual("OK ID model=SCN-NODE fw=1.0.0 deveui=70B3D57ED0001234 state=provisioned", Request("ID"));

            // A second node boot reads the same configuration back.
            var again = new ConfigurationStore(storage, 0, 1, null);
            Assert.AreEqual(ConfigStatus.Ok, again.Load());
            Assert.AreEqual(0x16D851F3u, again.Crc);
            CollectionAssert.AreEqual(ConfigurationTests.TestAppKey, again.Active.AppKey);
        }

        [TestMethod]
        [DataRow("ID*0E", "ERR 1 - checksum mismatch", DisplayName = "wrong checksum")]
        [DataRow("ID", "ERR 1 - missing checksum", DisplayName = "no checksum")]
        [DataRow("ID*G0", "ERR 1 - checksum mismatch", DisplayName = "checksum not hex")]
        [DataRow("*00", "ERR 3 - empty command")]
        [DataRow("$FOO", "ERR 3 - unknown command", DisplayName = "unknown command")]
        [DataRow("$ID extra", "ERR 4 - too many arguments")]
        [DataRow("$SET", "ERR 4 - missing argument")]
        [DataRow("$SET report_s  300", "ERR 4 - bad spacing or too many arguments", DisplayName = "double space")]
        [DataRow("$SET report_s 300 400", "ERR 4 - bad spacing or too many arguments")]
        [DataRow("$ SET report_s 300", "ERR 4 - bad spacing or too many arguments", DisplayName = "leading space")]
        [DataRow("$SET colour red", "ERR 5 - unknown field")]
        [DataRow("$GET colour", "ERR 5 - unknown field")]
        [DataRow("$SET appkey 2B7E151628AED2A6ABF7158809CF4F3G", "ERR 6 appkey bad value", DisplayName = "bad hex")]
        [DataRow("$SET appkey 2B7E151628AED2A6ABF7158809CF4F", "ERR 7 appkey wrong length", DisplayName = "15-byte key")]
        [DataRow("$SET appkey 2B7E151628AED2A6ABF7158809CF4F3C00", "ERR 7 appkey wrong length", DisplayName = "17-byte key")]
        [DataRow("$SET deveui 70B3D57ED000123", "ERR 7 deveui wrong length")]
        [DataRow("$SET devaddr 0x260B1234", "ERR 6 devaddr bad value")]
        [DataRow("$SET report_s 59", "ERR 8 report_s out of range")]
        [DataRow("$SET report_s 2592001", "ERR 8 report_s out of range")]
        [DataRow("$SET report_s 12a", "ERR 6 report_s bad value")]
        [DataRow("$SET report_s -60", "ERR 8 report_s out of range")]
        [DataRow("$SET heartbeat_s 99999999999", "ERR 6 heartbeat_s bad value")]
        [DataRow("$SET subband 9", "ERR 8 subband out of range")]
        [DataRow("$SET sample_s 0", "ERR 8 sample_s out of range", DisplayName = "sample 0 s (range 1..86400)")]
        [DataRow("$SET sample_s 86401", "ERR 8 sample_s out of range")]
        [DataRow("$SET status_s 2592001", "ERR 8 status_s out of range")]
        [DataRow("$SET threshold_low 2147483648", "ERR 8 threshold_low out of range")]
        [DataRow("$SET region EU433", "ERR 6 region bad value")]
        [DataRow("$SET activation lorawan", "ERR 6 activation bad value")]
        [DataRow("$SET adr yes", "ERR 6 adr bad value")]
        [DataRow("$SET app_params 0", "ERR 7 app_params wrong length", DisplayName = "odd hex digits")]
        [DataRow("$SET app_params 01XY", "ERR 6 app_params bad value")]
        public void MalformedInputGetsAClearErrorAndChangesNothing(string line, string expected)
        {
            Provision();
            uint crcBefore = store.Crc;
            byte[] stagedBefore = StagedBytes();
            string reply = line.StartsWith('$') ? Request(line[1..]) : Send(line)[..^5];
            Assert.AreEqual(expected, reply);
            CollectionAssert.AreEqual(stagedBefore, StagedBytes(), "staged copy unchanged");
            Assert.AreEqual(crcBefore, store.Crc, "configuration in force unchanged");
            Assert.IsFalse(console.HasStagedChanges);
            Assert.AreEqual("OK COMMIT crc=16D851F3", Request("COMMIT"), "a later COMMIT writes the unchanged configuration");
        }

        private byte[] StagedBytes()
        {
            var buffer = new byte[ConfigurationRecord.MaxLength];
            int length = ConfigurationRecord.Write(console.Staged, buffer, 0);
            return buffer[..length];
        }

        [TestMethod]
        public void AnOverlongLineIsRejectedWithoutOverrunAndTheNextLineWorks()
        {
            string overlong = new string('A', 5000);
            Assert.AreEqual("ERR 2 - line too long", Send(overlong)[..^5]);
            Assert.AreEqual("ERR 2 - line too long", Send(WithChecksum("SET app_params " + new string('0', 150)))[..^5]);
            Assert.StartsWith("OK ID", Request("ID"));

            // Exactly the limit (160 characters before CR LF) is read as a line: here an unknown field, not "too long".
            string body = "GET " + new string('x', ProvisioningConsole.MaxLineLength - 4 - 3);
            Assert.AreEqual(ProvisioningConsole.MaxLineLength, WithChecksum(body).Length);
            Assert.AreEqual("ERR 5 - unknown field", Send(WithChecksum(body) + "\r")[..^5]);
        }

        [TestMethod]
        public void ANonPrintableCharacterIsASyntaxError()
        {
            Assert.AreEqual("ERR 4 - non-printable character", Send("I\u0001D*0C")[..^5]);
        }

        [TestMethod]
        public void InconsistentFieldsAreRefusedAtCommitNamingTheField()
        {
            Provision();
            Assert.AreEqual("OK SET heartbeat_s", Request("SET heartbeat_s 300"));
            Assert.AreEqual("OK SET report_s", Request("SET report_s 600"));
            Assert.AreEqual("ERR 9 heartbeat_s inconsistent with other fields", Request("COMMIT"));
            Assert.AreEqual("OK SET region", Request("SET region EU868"));
            Assert.AreEqual("ERR 9 subband inconsistent with other fields", Request("COMMIT"));
            Assert.AreEqual(0x16D851F3u, store.Crc);
            Assert.AreEqual("OK DISCARD", Request("DISCARD"));
            Assert.AreEqual("OK GET report_s 300", Request("GET report_s"));
        }

        [TestMethod]
        public void TheRemoteConfigurationIntervalsAreConsoleFieldsToo()
        {
            // docs/payloads/remote-config.md "Intervals": sample 1..86400, status 0 (off) or 3600..2592000.
            Provision();
            Assert.AreEqual("OK GET sample_s 300", Request("GET sample_s"));
            Assert.AreEqual("OK GET status_s 86400", Request("GET status_s"));
            Assert.AreEqual("OK SET status_s", Request("SET status_s 1800"));
            Assert.AreEqual("ERR 8 status_s rejected", Request("COMMIT"), "1..3599 is refused by the whole-record check (COMMIT words every range refusal so)");
            Assert.AreEqual(0x16D851F3u, store.Crc);
            Assert.AreEqual("OK SET status_s", Request("SET status_s 0"));
            Assert.AreEqual("OK SET sample_s", Request("SET sample_s 60"));
            // Python: zlib.crc32 of the Provisioned() version-2 bytes with pack('<II',60,0) at 89..96 = 0xC68BD7B3.
            Assert.AreEqual("OK COMMIT crc=C68BD7B3", Request("COMMIT"));
            Assert.AreEqual(0u, store.Active.StatusIntervalSeconds);
            Assert.AreEqual(60u, store.Active.SampleIntervalSeconds);
        }

        [TestMethod]
        public void AHalfWrittenSessionLeavesThePreviousConfigurationInForce()
        {
            Provision();
            Assert.AreEqual("OK SET report_s", Request("SET report_s 1200"));
            Assert.AreEqual("OK SET appkey", Request("SET appkey 00112233445566778899AABBCCDDEEFF"));
            Assert.AreEqual("OK STATUS state=provisioned staged=1 crc=16D851F3 commits=1 joined=0 fcntup=0", Request("STATUS"));

            // The cable is pulled and the node reboots: a new console on the stored configuration.
            var reloaded = new ConfigurationStore(storage, 0, 1, null);
            Assert.AreEqual(ConfigStatus.Ok, reloaded.Load());
            Assert.AreEqual(0x16D851F3u, reloaded.Crc);
            Assert.AreEqual(300u, reloaded.Active.ReportIntervalSeconds);
            CollectionAssert.AreEqual(ConfigurationTests.TestAppKey, reloaded.Active.AppKey);
        }

        [TestMethod]
        public void APowerCutDuringCommitLeavesThePreviousConfigurationInForce()
        {
            Provision();
            Assert.AreEqual("OK SET report_s", Request("SET report_s 1200"));
            storage.ArmPowerCut(40, TornWriteModel.ErasedTail);
            Assert.AreEqual("ERR 11 - flash write failed, previous configuration kept", Request("COMMIT"));
            storage.PowerOn();
            var reloaded = new ConfigurationStore(storage, 0, 1, null);
            Assert.AreEqual(ConfigStatus.Ok, reloaded.Load());
            Assert.AreEqual(0x16D851F3u, reloaded.Crc);
        }

        [TestMethod]
        public void JoinNeedsKeysAndRebootIsRequestedAfterTheReply()
        {
            Assert.AreEqual("ERR 12 - unprovisioned", Request("JOIN"));
            Assert.AreEqual(0, node.JoinRequests);
            Assert.AreEqual("OK REBOOT", Request("REBOOT"));
            Assert.AreEqual(1, node.RebootRequests);
        }
    }
}
