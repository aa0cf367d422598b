package org.dashboard.snapshot.domain.assembly;

import static org.dashboard.snapshot.domain.assembly.Requests.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ContextType;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleReason;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.SnapshotMetadata;
import org.dashboard.snapshot.domain.contract.Versions;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssemblerTest {
    private static final DashboardContext SECTION = DashboardContext.section(42, 7);
    private static final Capability SUMMARY = Capability.of("summary");
    private static final Capability PROGRESS = Capability.of("progress");
    private static final Capability GRADES_VIEW = Capability.of("grades_view");
    private static final OracleKey EXTRA = OracleKey.of("oracle_extra");
    private static final String DEFAULT_PARAMETERS = "{'progress': {'completion_threshold': 100}}";

    private final Assembler assembler = Requests.assembler();

    private static AssemblyOptions options(Capability... capabilities) {
        return AssemblyOptions.of(Scope.course(), List.of(capabilities));
    }

    private Outcome<Snapshot> assemble(AssemblyOptions options) {
        return assembler.assemble(SECTION, Optional.of("tok-1"), Map.of(), options);
    }

    private Outcome<Snapshot> assembleWithParameters(String parameters) {
        return assemble(options().withParameters(TestJson.object(parameters)));
    }

    private Outcome<Snapshot> assembleWithMetadata(String metadata) {
        return assemble(options().withMetadata(TestJson.object(metadata).members()));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Nested
    class Identity {

        @Test
        void projectDashboardContextIsUnsupported() {
            Outcome<Snapshot> outcome = assembler.assemble(new DashboardContext(ContextType.PROJECT, 42, 7),
                    Optional.of("t"), Map.of(), options());

            assertRejected(outcome, AssemblyReason.UNSUPPORTED_DASHBOARD_CONTEXT_TYPE,
                    "context.dashboard_context_type", "'project'");
        }

        @Test
        void scopeThatDiffersFromTheContextScopeIsAMismatch() {
            Outcome<Snapshot> outcome = assemble(AssemblyOptions.of(Scope.course(), List.of())
                    .withContextScope(Scope.container(9)));

            Rejection rejection = assertRejected(outcome, AssemblyReason.SCOPE_CONTEXT_MISMATCH, "scope", "'course'");
            assertEquals(JsonValue.of("container:9"), rejection.details().getOrNull("context_scope"));
        }

        @Test
        void scopeThatEqualsTheContextScopeIsAccepted() {
            Snapshot snapshot = assemble(AssemblyOptions.of(Scope.container(9), List.of())
                    .withContextScope(Scope.container(9))).value();

            assertEquals(Scope.container(9), snapshot.scope());
        }

        @Test
        void metadataCarriesTheDerivedIdentity() {
            Snapshot snapshot = assembler.assemble(DashboardContext.section(42, 7), Optional.of("t"), Map.of(),
                    AssemblyOptions.of(Scope.container(1001), List.of())).value();

            SnapshotMetadata metadata = snapshot.metadata();
            assertEquals(ContextType.SECTION, metadata.contextType());
            assertEquals(42, metadata.contextId());
            assertEquals(Scope.container(1001), metadata.scope());
            assertEquals(Scope.container(1001), snapshot.scope());
        }
    }

    @Nested
    class Versioning {

        @Test
        void snapshotVersionOtherThanTheCurrentIsUnsupported() {
            Rejection rejection = assertRejected(assemble(options().withSnapshotVersion(2)),
                    AssemblyReason.UNSUPPORTED_SNAPSHOT_VERSION, "snapshot_version", "2");
            assertEquals("supported snapshot version: 1", rejection.message());
        }

        @Test
        void pinnedCurrentSnapshotVersionIsAccepted() {
            assertEquals(1, assemble(options().withSnapshotVersion(1)).value().snapshotVersion());
        }

        @Test
        void absentProjectionVersionMeansTheDefaultOne() {
            Snapshot snapshot = assemble(options()).value();

            assertEquals(1, snapshot.projectionVersion());
            assertEquals(1, snapshot.snapshotVersion());
        }

        @Test
        void projectionVersionTwoIsAcceptedWhenPinned() {
            assertEquals(2, assemble(options().withProjectionVersion(2)).value().projectionVersion());
        }

        @Test
        void projectionVersionThreeIsUnsupported() {
            Rejection rejection = assertRejected(assemble(options().withProjectionVersion(3)),
                    AssemblyReason.UNSUPPORTED_PROJECTION_VERSION, "projection_version", "3");
            assertEquals("supported projection versions: [1, 2]", rejection.message());
        }

        @Test
        void theDefaultIsTheDeploymentsConfiguredDefault() {
            Assembler pinnedToTwo = new Assembler(Requests.CATALOG, new Versions(1, new java.util.TreeSet<>(
                    List.of(1, 2)), 2), SnapshotFixtures.CLOCK, () -> "m");

            assertEquals(2, pinnedToTwo.assemble(SECTION, Optional.empty(), Map.of(), options()).value()
                    .projectionVersion());
        }
    }

    @Nested
    class Capabilities {

        @Test
        void unknownCapabilityIsRefused() {
            assertRejected(assemble(options(SUMMARY, Capability.of("weather"))), RequestReason.UNKNOWN_CAPABILITY,
                    "capabilities", "'weather'");
        }

        @Test
        void noCapabilitiesMeansEveryRegisteredOneInOrder() {
            AssemblyPlan plan = assembler.plan(SECTION, Optional.of("t"), options()).value();

            assertEquals(List.of(SUMMARY, PROGRESS, GRADES_VIEW), plan.capabilities());
        }

        @Test
        void planNamesTheRequiredExpectedAndOptionalOraclesOfTheRequestedCapabilities() {
            AssemblyPlan plan = assembler.plan(SECTION, Optional.of("t"), options(PROGRESS, SUMMARY)).value();

            assertEquals(List.of(PROGRESS, SUMMARY), plan.capabilities());
            assertEquals(List.of(OracleKey.PROGRESS_BINS, OracleKey.SCOPE_RESOURCES),
                    List.copyOf(plan.requiredOracles()));
            assertEquals(List.of(OracleKey.PROGRESS_BINS, OracleKey.RECOMMENDATION, OracleKey.SCHEDULE_POSITION,
                    OracleKey.SCOPE_RESOURCES), List.copyOf(plan.expectedOracles()));
            assertEquals(List.of(OracleKey.RECOMMENDATION, OracleKey.SCHEDULE_POSITION),
                    List.copyOf(plan.optionalOracles()));
        }
    }

    @Nested
    class Token {

        @Test
        void absentTokenIsMintedFromTheInjectedSupplier() {
            AtomicInteger minted = new AtomicInteger();
            Assembler minting = new Assembler(Requests.CATALOG, Versions.standard(), SnapshotFixtures.CLOCK,
                    () -> "minted-" + minted.incrementAndGet());

            assertEquals("minted-1", minting.assemble(SECTION, Optional.empty(), Map.of(), options()).value()
                    .requestToken());
            assertEquals("minted-2", minting.assemble(SECTION, Optional.of(""), Map.of(), options()).value()
                    .requestToken());
            assertEquals("minted-3", minting.assemble(SECTION, Optional.of(" \t"), Map.of(), options()).value()
                    .requestToken());
        }

        @Test
        void givenTokenIsKeptAndNothingIsMinted() {
            AtomicInteger minted = new AtomicInteger();
            Assembler minting = new Assembler(Requests.CATALOG, Versions.standard(), SnapshotFixtures.CLOCK,
                    () -> "minted-" + minted.incrementAndGet());

            assertEquals("dash-7-0001", minting.assemble(SECTION, Optional.of("dash-7-0001"), Map.of(), options())
                    .value().requestToken());
            assertEquals(0, minted.get());
        }

        @Test
        void rejectedRequestMintsNothing() {
            AtomicInteger minted = new AtomicInteger();
            Assembler minting = new Assembler(Requests.CATALOG, Versions.standard(), SnapshotFixtures.CLOCK,
                    () -> "minted-" + minted.incrementAndGet());

            minting.assemble(SECTION, Optional.empty(), Map.of(), options().withProjectionVersion(9));

            assertEquals(0, minted.get());
        }
    }

    @Nested
    class CallerMetadata {

        @Test
        void nonScalarCallerMetadataIsInvalid() {
            Rejection array = assertRejected(assembleWithMetadata("{'tags': ['a']}"), AssemblyReason.INVALID_METADATA,
                    "metadata.tags", "['a']");
            assertRejected(assembleWithMetadata("{'nested': {'a': 1}}"), AssemblyReason.INVALID_METADATA,
                    "metadata.nested", "{'a': 1}");
            assertEquals("metadata values are scalars", array.message());
        }

        @Test
        void computedMetadataKeysCannotBeSupplied() {
            Rejection parameters = assertRejected(assembleWithMetadata("{'parameters': 1}"),
                    AssemblyReason.INVALID_METADATA, "metadata.parameters", "1");
            assertRejected(assembleWithMetadata("{'config_signature': 'abc'}"), AssemblyReason.INVALID_METADATA,
                    "metadata.config_signature", "'abc'");
            assertEquals("metadata.parameters is computed", parameters.message());
        }

        @Test
        void extraScalarMetadataIsKeptOrderedByKey() {
            Snapshot snapshot = assembleWithMetadata("{'source': 'lms', 'attempt': 2, 'flag': null}").value();

            assertEquals(List.of("attempt", "flag", "source"), List.copyOf(snapshot.metadata().extra().keySet()));
            assertEquals(Map.of("source", JsonValue.of("lms"), "attempt", JsonValue.of(2), "flag",
                    JsonValue.nullValue()), snapshot.metadata().extra());
        }

        @Test
        void contextTypeThatContradictsTheContextIsAMismatch() {
            Rejection rejection = assertRejected(assembleWithMetadata("{'dashboard_context_type': 'project'}"),
                    AssemblyReason.METADATA_IDENTITY_MISMATCH, "metadata.dashboard_context_type", "'project'");

            assertEquals(JsonValue.of("section"), rejection.details().getOrNull("expected"));
            assertEquals("metadata.dashboard_context_type contradicts the request's identity", rejection.message());
        }

        @Test
        void contextIdThatContradictsTheContextIsAMismatch() {
            Rejection rejection = assertRejected(assembleWithMetadata("{'dashboard_context_id': 43}"),
                    AssemblyReason.METADATA_IDENTITY_MISMATCH, "metadata.dashboard_context_id", "43");
            assertEquals(JsonValue.of(42), rejection.details().getOrNull("expected"));
            assertRejected(assembleWithMetadata("{'dashboard_context_id': '42'}"),
                    AssemblyReason.METADATA_IDENTITY_MISMATCH, "metadata.dashboard_context_id", "'42'");
        }

        @Test
        void containerTypeThatContradictsTheScopeIsAMismatch() {
            Rejection rejection = assertRejected(assembleWithMetadata("{'container_type': 'container'}"),
                    AssemblyReason.METADATA_IDENTITY_MISMATCH, "metadata.container_type", "'container'");
            assertEquals(JsonValue.of("course"), rejection.details().getOrNull("expected"));
        }

        @Test
        void containerIdThatContradictsTheScopeIsAMismatch() {
            Rejection course = assertRejected(assembleWithMetadata("{'container_id': 5}"),
                    AssemblyReason.METADATA_IDENTITY_MISMATCH, "metadata.container_id", "5");
            assertEquals(JsonValue.nullValue(), course.details().getOrNull("expected"));

            Outcome<Snapshot> container = assemble(AssemblyOptions.of(Scope.container(1001), List.of())
                    .withMetadata(Map.of("container_id", JsonValue.of(1002))));
            Rejection rejection = assertRejected(container, AssemblyReason.METADATA_IDENTITY_MISMATCH,
                    "metadata.container_id", "1002");
            assertEquals(JsonValue.of(1001), rejection.details().getOrNull("expected"));
        }

        @Test
        void generatedAtThatContradictsTheParametersIsAMismatch() {
            Outcome<Snapshot> outcome = assemble(options()
                    .withParameters(TestJson.object("{'generated_at': '2026-02-04T16:25:18Z'}"))
                    .withMetadata(Map.of("generated_at", JsonValue.of("2026-01-01T00:00:00Z"))));

            Rejection rejection = assertRejected(outcome, AssemblyReason.METADATA_IDENTITY_MISMATCH,
                    "metadata.generated_at", "'2026-01-01T00:00:00Z'");
            assertEquals(JsonValue.of("2026-02-04T16:25:18Z"), rejection.details().getOrNull("expected"));
        }

        @Test
        void generatedAtThatIsNotATimestampContradictsTheParameters() {
            Outcome<Snapshot> outcome = assemble(options()
                    .withParameters(TestJson.object("{'generated_at': '2026-02-04T16:25:18Z'}"))
                    .withMetadata(Map.of("generated_at", JsonValue.of("Tuesday"))));

            assertRejected(outcome, AssemblyReason.METADATA_IDENTITY_MISMATCH, "metadata.generated_at", "'Tuesday'");
        }

        @Test
        void timezoneThatContradictsTheParametersIsAMismatch() {
            Outcome<Snapshot> outcome = assemble(options()
                    .withParameters(TestJson.object("{'timezone': 'America/New_York'}"))
                    .withMetadata(Map.of("timezone", JsonValue.of("Europe/Paris"))));

            Rejection rejection = assertRejected(outcome, AssemblyReason.METADATA_IDENTITY_MISMATCH,
                    "metadata.timezone", "'Europe/Paris'");
            assertEquals(JsonValue.of("America/New_York"), rejection.details().getOrNull("expected"));
        }

        @Test
        void identityValuesThatAgreeAreAcceptedAndNotRepeatedAsExtras() {
            Snapshot snapshot = assemble(options().withParameters(TestJson.object(
                    "{'generated_at': '2026-02-04T16:25:18Z'}")).withMetadata(TestJson.object(
                    "{'dashboard_context_type': 'section', 'dashboard_context_id': 42.0, 'container_type': 'course',"
                            + " 'container_id': null, 'generated_at': '2026-02-04T17:25:18.400+01:00',"
                            + " 'timezone': 'Etc/UTC', 'source': 'lms'}").members())).value();

            assertEquals(Map.of("source", JsonValue.of("lms")), snapshot.metadata().extra());
        }

        @Test
        void callerTimezoneIsUsedWhenTheParametersHaveNone() {
            Snapshot snapshot = assembleWithMetadata("{'timezone': 'Asia/Tokyo'}").value();

            assertEquals(ZoneId.of("Asia/Tokyo"), snapshot.metadata().timezone());
            assertEquals(Map.of(), snapshot.metadata().extra());
        }

        @Test
        void callerGeneratedAtIsUsedWhenTheParametersHaveNone() {
            Snapshot snapshot = assembleWithMetadata("{'generated_at': '2026-03-01T08:00:00.250Z'}").value();

            assertEquals(Instant.parse("2026-03-01T08:00:00Z"), snapshot.metadata().generatedAt());
        }

        @Test
        void blankCallerTimezoneAndGeneratedAtFallBackToTheDefaults() {
            Snapshot snapshot = assembleWithMetadata("{'timezone': '', 'generated_at': null}").value();

            assertEquals(ZoneId.of("Etc/UTC"), snapshot.metadata().timezone());
            assertEquals(SnapshotFixtures.GENERATED_AT, snapshot.metadata().generatedAt());
            assertEquals(Map.of(), snapshot.metadata().extra());
        }

        @Test
        void invalidCallerTimezoneIsAnInvalidTimezone() {
            assertRejected(assembleWithMetadata("{'timezone': 'Mars/Olympus'}"), AssemblyReason.INVALID_TIMEZONE,
                    "metadata.timezone", "'Mars/Olympus'");
        }

        @Test
        void invalidCallerGeneratedAtIsAnInvalidParameter() {
            assertRejected(assembleWithMetadata("{'generated_at': 'soon'}"), AssemblyReason.INVALID_PARAMETERS,
                    "metadata.generated_at", "'soon'");
        }
    }

    @Nested
    class TimeAndZone {

        @Test
        void timezoneDefaultsToEtcUtc() {
            assertEquals(ZoneId.of("Etc/UTC"), assemble(options()).value().metadata().timezone());
            assertEquals(ZoneId.of("Etc/UTC"), assembleWithParameters("{'timezone': '  '}").value().metadata()
                    .timezone());
            assertEquals(ZoneId.of("Etc/UTC"), assembleWithParameters("{'timezone': null}").value().metadata()
                    .timezone());
        }

        @Test
        void requestedIanaTimezoneIsUsed() {
            assertEquals(ZoneId.of("America/New_York"), assembleWithParameters("{'timezone': 'America/New_York'}")
                    .value().metadata().timezone());
        }

        @Test
        void unknownTimezoneIsInvalid() {
            Rejection rejection = assertRejected(assembleWithParameters("{'timezone': 'Mars/Olympus'}"),
                    AssemblyReason.INVALID_TIMEZONE, "parameters.timezone", "'Mars/Olympus'");
            assertEquals("timezone must be an IANA time zone id such as America/New_York", rejection.message());
            assertRejected(assembleWithParameters("{'timezone': '+05:00'}"), AssemblyReason.INVALID_TIMEZONE,
                    "parameters.timezone", "'+05:00'");
            assertRejected(assembleWithParameters("{'timezone': 5}"), AssemblyReason.INVALID_TIMEZONE,
                    "parameters.timezone", "5");
        }

        @Test
        void requestedGeneratedAtIsTruncatedToSeconds() {
            assertEquals(Instant.parse("2026-03-01T08:00:00Z"),
                    assembleWithParameters("{'generated_at': '2026-03-01T08:00:00.750Z'}").value().metadata()
                            .generatedAt());
        }

        @Test
        void requestedGeneratedAtWithAnOffsetIsConvertedToUtc() {
            assertEquals(Instant.parse("2026-03-01T08:00:00Z"),
                    assembleWithParameters("{'generated_at': '2026-03-01T09:00:00+01:00'}").value().metadata()
                            .generatedAt());
        }

        @Test
        void requestedGeneratedAtWithoutAnOffsetIsUtc() {
            assertEquals(Instant.parse("2026-03-01T08:00:00Z"),
                    assembleWithParameters("{'generated_at': '2026-03-01T08:00:00'}").value().metadata()
                            .generatedAt());
        }

        @Test
        void withoutARequestedGeneratedAtTheInjectedClockIsReadAndTruncatedToSeconds() {
            Clock clock = Clock.fixed(Instant.parse("2026-05-06T07:08:09.999Z"), ZoneOffset.UTC);
            Assembler assembler = new Assembler(Requests.CATALOG, Versions.standard(), clock, () -> "m");

            Snapshot snapshot = assembler.assemble(SECTION, Optional.empty(), Map.of(), options()).value();
            Snapshot blank = assembler.assemble(SECTION, Optional.empty(), Map.of(),
                    options().withParameters(TestJson.object("{'generated_at': ''}"))).value();

            assertEquals(Instant.parse("2026-05-06T07:08:09Z"), snapshot.metadata().generatedAt());
            assertEquals(Instant.parse("2026-05-06T07:08:09Z"), blank.metadata().generatedAt());
        }

        @Test
        void generatedAtThatIsNotATimestampIsAnInvalidParameter() {
            Rejection rejection = assertRejected(assembleWithParameters("{'generated_at': 'yesterday'}"),
                    AssemblyReason.INVALID_PARAMETERS, "parameters.generated_at", "'yesterday'");
            assertEquals("generated_at must be an ISO-8601 timestamp such as 2026-02-04T16:25:18Z",
                    rejection.message());
            assertRejected(assembleWithParameters("{'generated_at': 1770222318}"), AssemblyReason.INVALID_PARAMETERS,
                    "parameters.generated_at", "1770222318");
        }
    }

    @Nested
    class Parameters {

        @Test
        void unknownParameterBlockIsInvalid() {
            Rejection rejection = assertRejected(assembleWithParameters("{'weather': {'sunny': true}}"),
                    AssemblyReason.INVALID_PARAMETERS, "parameters.weather", "{'sunny': true}");
            assertEquals("unknown parameter block 'weather'", rejection.message());
            assertRejected(assembleWithParameters("{'Progress': {}}"), AssemblyReason.INVALID_PARAMETERS,
                    "parameters.Progress", "{}");
        }

        @Test
        void parameterBlockThatIsNotAnObjectIsInvalid() {
            Rejection rejection = assertRejected(assembleWithParameters("{'progress': 50}"),
                    AssemblyReason.INVALID_PARAMETERS, "parameters.progress", "50");
            assertEquals("parameters.progress must be an object", rejection.message());
        }

        @Test
        void capabilityRefusingAValueNamesTheFieldInsideItsBlock() {
            Rejection rejection = assertRejected(assembleWithParameters("{'progress': {'completion_threshold': 55}}"),
                    AssemblyReason.INVALID_PARAMETERS, "parameters.progress.completion_threshold", "55");
            assertEquals("completion_threshold must be 10..100 in steps of 10", rejection.message());
        }

        @Test
        void capabilityWithoutParametersRefusesAnyField() {
            Rejection rejection = assertRejected(assembleWithParameters("{'summary': {'x': 1}}"),
                    AssemblyReason.INVALID_PARAMETERS, "parameters.summary.x", "1");
            assertEquals("summary takes no parameters", rejection.message());
        }

        @Test
        void effectiveParametersHoldEveryDefaultedBlockThatIsNotEmpty() {
            Snapshot snapshot = assembleWithParameters("{'summary': {}, 'progress': null}").value();

            assertEquals(TestJson.object(DEFAULT_PARAMETERS), snapshot.metadata().parameters());
        }

        @Test
        void requestedParameterValuesAreEffective() {
            Snapshot snapshot = assembleWithParameters("{'progress': {'completion_threshold': 50}}").value();

            assertEquals(TestJson.object("{'progress': {'completion_threshold': 50}}"),
                    snapshot.metadata().parameters());
            assertEquals(TestJson.object("{'completion_threshold': 50}"),
                    snapshot.metadata().parametersOf(PROGRESS));
        }

        @Test
        void blocksOfCapabilitiesNotRequestedAreStillValidatedAndEffective() {
            Outcome<Snapshot> outcome = assemble(options(SUMMARY)
                    .withParameters(TestJson.object("{'progress': {'completion_threshold': 30}}")));

            assertEquals(TestJson.object("{'progress': {'completion_threshold': 30}}"),
                    outcome.value().metadata().parameters());
            assertRejected(assemble(options(SUMMARY).withParameters(TestJson.object(
                    "{'progress': {'completion_threshold': 5}}"))), AssemblyReason.INVALID_PARAMETERS,
                    "parameters.progress.completion_threshold", "5");
        }
    }

    @Nested
    class ConfigSignature {

        private String signature(AssemblyOptions options) {
            return assembler.assemble(SECTION, Optional.of("t"), Map.of(), options).value().metadata()
                    .configSignature();
        }

        @Test
        void signatureIsTheSha256OfTheCanonicalParametersZoneAndVersions() throws Exception {
            String expected = sha256("{\"parameters\":{\"progress\":{\"completion_threshold\":100}},"
                    + "\"projection_version\":1,\"snapshot_version\":1,\"timezone\":\"Etc/UTC\"}");

            assertEquals(expected, signature(options()));
        }

        @Test
        void signatureIsStableForEqualInputs() {
            AssemblyOptions options = options().withParameters(TestJson.object(
                    "{'progress': {'completion_threshold': 50}, 'timezone': 'America/New_York'}"));
            String first = signature(options);
            String second = assembler.assemble(DashboardContext.section(99, 1), Optional.of("other"),
                    Map.of(OracleKey.GRADES, OracleResult.ok(JsonValue.of(1))), options.withParameters(
                            TestJson.object("{'timezone': 'America/New_York', 'generated_at': '2020-01-01T00:00:00Z',"
                                    + " 'progress': {'completion_threshold': 50}}"))).value().metadata()
                    .configSignature();

            assertEquals(first, second);
        }

        @Test
        void signatureChangesWithAParameter() {
            assertNotEquals(signature(options()), signature(options().withParameters(TestJson.object(
                    "{'progress': {'completion_threshold': 90}}"))));
        }

        @Test
        void signatureChangesWithTheTimeZone() {
            assertNotEquals(signature(options()), signature(options().withParameters(TestJson.object(
                    "{'timezone': 'America/New_York'}"))));
        }

        @Test
        void signatureChangesWithTheProjectionVersion() {
            assertNotEquals(signature(options()), signature(options().withProjectionVersion(2)));
        }

        @Test
        void signatureChangesWithTheSnapshotVersion() {
            JsonObject parameters = JsonObject.EMPTY;
            ZoneId utc = ZoneId.of("Etc/UTC");

            assertNotEquals(Assembler.configSignature(parameters, utc, 1, 1),
                    Assembler.configSignature(parameters, utc, 2, 1));
            assertEquals(Assembler.configSignature(parameters, utc, 1, 1),
                    Assembler.configSignature(JsonObject.EMPTY, ZoneId.of("Etc/UTC"), 1, 1));
        }
    }

    @Nested
    class OracleStatuses {
        private final Map<OracleKey, OracleResult> results = Map.of(
                OracleKey.PROGRESS_BINS, new OracleResult.Ok(2, true, TestJson.parse("{'total_students': 2}"),
                        Map.of("rows", JsonValue.of(2))),
                OracleKey.SCOPE_RESOURCES, new OracleResult.Error(1, false, JsonValue.of("timeout"), Map.of()),
                OracleKey.SCHEDULE_POSITION, OracleResult.error(TestJson.parse("{'code': 'timeout'}")),
                OracleKey.GRADES, new OracleResult.Error(0, true, JsonValue.of("boom"),
                        Map.of("host", JsonValue.of("db1"))),
                EXTRA, OracleResult.ok(TestJson.parse("[1, 2]")));

        private Snapshot snapshot() {
            return assembler.assemble(SECTION, Optional.of("tok"), results, options(PROGRESS)).value();
        }

        @Test
        void okResultIsReadyWithStaleVersionAndMetadata() {
            assertEquals(new OracleStatus.Ready(true, 2, Map.of("rows", JsonValue.of(2))),
                    snapshot().oracleStatuses().get(OracleKey.PROGRESS_BINS));
        }

        @Test
        void timeoutStringIsAnOracleTimeout() {
            assertEquals(new OracleStatus.Failed(false, 1, Map.of(), JsonValue.of("timeout"),
                    OracleReason.ORACLE_TIMEOUT), snapshot().oracleStatuses().get(OracleKey.SCOPE_RESOURCES));
        }

        @Test
        void timeoutCodeObjectIsAnOracleTimeout() {
            assertEquals(new OracleStatus.Failed(false, 0, Map.of(), TestJson.parse("{'code': 'timeout'}"),
                    OracleReason.ORACLE_TIMEOUT), snapshot().oracleStatuses().get(OracleKey.SCHEDULE_POSITION));
        }

        @Test
        void anyOtherErrorIsAnOracleErrorAndKeptEvenIfNobodyAskedForIt() {
            assertEquals(new OracleStatus.Failed(true, 0, Map.of("host", JsonValue.of("db1")), JsonValue.of("boom"),
                    OracleReason.ORACLE_ERROR), snapshot().oracleStatuses().get(OracleKey.GRADES));
        }

        @Test
        void unrequestedOkResultIsKeptWithItsPayload() {
            Snapshot snapshot = snapshot();

            assertEquals(new OracleStatus.Ready(false, 0, Map.of()), snapshot.oracleStatuses().get(EXTRA));
            assertEquals(TestJson.parse("[1, 2]"), snapshot.oracles().get(EXTRA));
        }

        @Test
        void onlyOkPayloadsAreInOracles() {
            assertEquals(Map.of(OracleKey.PROGRESS_BINS, TestJson.parse("{'total_students': 2}"),
                    EXTRA, TestJson.parse("[1, 2]")), snapshot().oracles());
        }

        @Test
        void everyResultHasAStatusInKeyOrder() {
            assertEquals(List.of(EXTRA, OracleKey.GRADES, OracleKey.PROGRESS_BINS, OracleKey.SCHEDULE_POSITION,
                    OracleKey.SCOPE_RESOURCES), List.copyOf(snapshot().oracleStatuses().keySet()));
        }

        @Test
        void expectedButAbsentOraclesAreUnavailable() {
            Snapshot snapshot = assembler.assemble(SECTION, Optional.of("tok"), Map.of(), options(PROGRESS, SUMMARY))
                    .value();

            OracleStatus unavailable = OracleStatus.Unavailable.INSTANCE;
            assertEquals(Map.of(OracleKey.PROGRESS_BINS, unavailable, OracleKey.SCOPE_RESOURCES, unavailable,
                    OracleKey.SCHEDULE_POSITION, unavailable, OracleKey.RECOMMENDATION, unavailable),
                    snapshot.oracleStatuses());
            assertEquals(Map.of(), snapshot.oracles());
        }

        @Test
        void oraclesOfCapabilitiesNotRequestedAreNotExpected() {
            Snapshot snapshot = assembler.assemble(SECTION, Optional.of("tok"), Map.of(), options(GRADES_VIEW))
                    .value();

            assertEquals(Map.of(OracleKey.GRADES, OracleStatus.Unavailable.INSTANCE), snapshot.oracleStatuses());
        }

        @Test
        void assembledSnapshotHasEveryFieldAndNoProjectionsYet() {
            Snapshot snapshot = assembler.assemble(SECTION, Optional.of("tok"),
                    Map.of(EXTRA, OracleResult.ok(JsonValue.of(1))), options(GRADES_VIEW)).value();

            SnapshotMetadata metadata = new SnapshotMetadata(ContextType.SECTION, 42, Scope.course(),
                    SnapshotFixtures.GENERATED_AT, ZoneId.of("Etc/UTC"), TestJson.object(DEFAULT_PARAMETERS),
                    snapshot.metadata().configSignature(), Map.of());
            assertEquals(new Snapshot(1, 1, "tok", Scope.course(), metadata,
                    new TreeMap<>(Map.of(EXTRA, JsonValue.of(1))),
                    new TreeMap<>(Map.of(EXTRA, new OracleStatus.Ready(false, 0, Map.of()), OracleKey.GRADES,
                            OracleStatus.Unavailable.INSTANCE)),
                    new TreeMap<>(), new TreeMap<>(), new TreeMap<>()), snapshot);
        }
    }

    @Nested
    class Merging {

        @Test
        void incomingResultsWinAndEveryKeyIsKept() {
            OracleKey a = OracleKey.of("oracle_a");
            OracleKey b = OracleKey.of("oracle_b");
            OracleKey c = OracleKey.of("oracle_c");
            Map<OracleKey, OracleResult> existing = Map.of(a, OracleResult.ok(JsonValue.of(1)),
                    b, OracleResult.ok(JsonValue.of(1)));
            Map<OracleKey, OracleResult> incoming = Map.of(b, OracleResult.error(JsonValue.of("x")),
                    c, OracleResult.ok(JsonValue.of(3)));

            Map<OracleKey, OracleResult> merged = Assembler.merge(existing, incoming);

            assertEquals(Map.of(a, OracleResult.ok(JsonValue.of(1)), b, OracleResult.error(JsonValue.of("x")),
                    c, OracleResult.ok(JsonValue.of(3))), merged);
            assertEquals(List.of(a, b, c), List.copyOf(merged.keySet()));
            assertEquals(2, existing.size());
        }
    }

    @Test
    void assemblerExposesItsCatalogAndVersions() {
        assertSame(Requests.CATALOG, assembler.catalog());
        assertEquals(Versions.standard(), assembler.versions());
    }

    @Test
    void assemblerNeedsEveryCollaborator() {
        assertThrows(NullPointerException.class, () -> new Assembler(null, Versions.standard(),
                SnapshotFixtures.CLOCK, () -> "m"));
        assertThrows(NullPointerException.class, () -> new Assembler(Requests.CATALOG, null,
                SnapshotFixtures.CLOCK, () -> "m"));
        assertThrows(NullPointerException.class, () -> new Assembler(Requests.CATALOG, Versions.standard(), null,
                () -> "m"));
        assertThrows(NullPointerException.class, () -> new Assembler(Requests.CATALOG, Versions.standard(),
                SnapshotFixtures.CLOCK, null));
    }
}
