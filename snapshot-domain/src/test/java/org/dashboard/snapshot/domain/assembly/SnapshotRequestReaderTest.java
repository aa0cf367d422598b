package org.dashboard.snapshot.domain.assembly;

import static org.dashboard.snapshot.domain.assembly.Requests.assertRejected;
import static org.dashboard.snapshot.domain.assembly.Requests.body;
import static org.dashboard.snapshot.domain.assembly.Requests.bodyWithout;
import static org.dashboard.snapshot.domain.assembly.Requests.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SnapshotRequestReaderTest {

    @Nested
    class AcceptedBodies {

        @Test
        void fullBodyIsReadIntoTypedValues() {
            String json = "{'context': {'dashboard_context_type': 'section', 'dashboard_context_id': 42, 'user_id': 7},"
                    + " 'scope': {'container_type': 'container', 'container_id': 1001},"
                    + " 'request_token': 'dash-7-0001', 'projection_version': 2, 'snapshot_version': 1,"
                    + " 'capabilities': ['progress', 'summary', 'progress'],"
                    + " 'parameters': {'timezone': 'America/New_York', 'progress': {'completion_threshold': 50}},"
                    + " 'metadata': {'source': 'lms'},"
                    + " 'oracle_results': {"
                    + "   'oracle_instructor_progress_bins': {'status': 'ok', 'oracle_version': 2, 'stale': true,"
                    + "      'payload': {'total_students': 2}, 'metadata': {'rows': 2}},"
                    + "   'oracle_instructor_grades': {'status': 'error', 'reason': 'timeout'}},"
                    + " 'include_oracles': true}";

            SnapshotRequest request = read(json).value();

            AssemblyOptions options = new AssemblyOptions(Scope.container(1001), Optional.empty(),
                    List.of(Capability.of("progress"), Capability.of("summary")), Optional.of(2), Optional.of(1),
                    TestJson.object("{'timezone': 'America/New_York', 'progress': {'completion_threshold': 50}}"),
                    Map.of("source", JsonValue.of("lms")));
            assertEquals(new SnapshotRequest(DashboardContext.section(42, 7), Optional.of("dash-7-0001"), Map.of(
                    OracleKey.PROGRESS_BINS, new OracleResult.Ok(2, true, TestJson.parse("{'total_students': 2}"),
                            Map.of("rows", JsonValue.of(2))),
                    OracleKey.GRADES, new OracleResult.Error(0, false, JsonValue.of("timeout"), Map.of())),
                    options, true), request);
        }

        @Test
        void minimalBodyDefaultsEverythingElse() {
            SnapshotRequest request = read(body("")).value();

            assertEquals(new SnapshotRequest(DashboardContext.section(42, 7), Optional.empty(), Map.of(),
                    AssemblyOptions.of(Scope.course(), List.of()), false), request);
        }

        @Test
        void nullOptionalMembersCountAsAbsent() {
            SnapshotRequest request = read(body("'request_token': null, 'parameters': null, 'capabilities': null,"
                    + " 'projection_version': null, 'snapshot_version': null, 'metadata': null,"
                    + " 'include_oracles': null")).value();

            assertEquals(new SnapshotRequest(DashboardContext.section(42, 7), Optional.empty(), Map.of(),
                    AssemblyOptions.of(Scope.course(), List.of()), false), request);
        }

        @Test
        void blankRequestTokenIsLeftToBeMinted() {
            assertEquals(Optional.empty(), read(body("'request_token': '   '")).value().requestToken());
            assertEquals(Optional.empty(), read(body("'request_token': ''")).value().requestToken());
        }

        @Test
        void requestTokenOf256CharactersIsAccepted() {
            String token = "t".repeat(256);

            assertEquals(Optional.of(token), read(body("'request_token': '" + token + "'")).value().requestToken());
        }

        @Test
        void includeOraclesFalseIsRead() {
            assertFalse(read(body("'include_oracles': false")).value().includeOracles());
            assertTrue(read(body("'include_oracles': true")).value().includeOracles());
        }

        @Test
        void scopeMayComeFromTheContextAlone() {
            String json = "{'context': {'dashboard_context_type': 'section', 'dashboard_context_id': 42, 'user_id': 7,"
                    + " 'scope': {'container_type': 'container', 'container_id': 9}}, 'oracle_results': {}}";

            SnapshotRequest request = read(json).value();

            assertEquals(Scope.container(9), request.options().scope());
            assertEquals(Optional.of(Scope.container(9)), request.options().contextScope());
        }

        @Test
        void contextScopeNullIsNoContextScope() {
            String json = "{'context': {'dashboard_context_type': 'section', 'dashboard_context_id': 42, 'user_id': 7,"
                    + " 'scope': null}, 'scope': {'container_type': 'course'}, 'oracle_results': {}}";

            assertEquals(Optional.empty(), read(json).value().options().contextScope());
        }

        @Test
        void courseScopeMayNameANullContainerId() {
            assertEquals(Scope.course(), read(body("'scope': {'container_type': 'course', 'container_id': null}"))
                    .value().options().scope());
        }

        @Test
        void oracleResultsMayBeAListNamingTheirKeys() {
            SnapshotRequest request = read(body("'oracle_results': ["
                    + "{'oracle_key': 'oracle_instructor_grades', 'status': 'ok', 'payload': {'grades': []}},"
                    + "{'oracle_key': 'oracle_instructor_grades', 'status': 'ok', 'payload': {'grades': [1]}},"
                    + "{'oracle_key': 'oracle_b', 'status': 'error', 'reason': {'code': 'timeout'}}]")).value();

            assertEquals(Map.of(OracleKey.GRADES, OracleResult.ok(TestJson.parse("{'grades': [1]}")),
                    OracleKey.of("oracle_b"), OracleResult.error(TestJson.parse("{'code': 'timeout'}"))),
                    request.oracleResults());
        }

        @Test
        void anEmbeddedOracleKeyThatAgreesIsAccepted() {
            SnapshotRequest request = read(body("'oracle_results': {'oracle_a': {'oracle_key': 'oracle_a',"
                    + " 'status': 'ok', 'payload': 1}}")).value();

            assertEquals(Map.of(OracleKey.of("oracle_a"), OracleResult.ok(JsonValue.of(1))), request.oracleResults());
        }

        @Test
        void okWithoutPayloadCarriesNullAndErrorWithoutReasonCarriesNull() {
            SnapshotRequest request = read(body("'oracle_results': {'oracle_a': {'status': 'ok'},"
                    + " 'oracle_b': {'status': 'error', 'stale': false, 'oracle_version': 0}}")).value();

            assertEquals(Map.of(OracleKey.of("oracle_a"), OracleResult.ok(JsonValue.nullValue()),
                    OracleKey.of("oracle_b"), OracleResult.error(JsonValue.nullValue())), request.oracleResults());
        }

        @Test
        void oracleVersionMayBeWrittenAsAWholeDecimalAndUpToIntMax() {
            SnapshotRequest request = read(body("'oracle_results': {'oracle_a': {'status': 'ok', 'payload': 1,"
                    + " 'oracle_version': 3.0}, 'oracle_b': {'status': 'ok', 'payload': 1,"
                    + " 'oracle_version': 2147483647}}")).value();

            assertEquals(3, request.oracleResults().get(OracleKey.of("oracle_a")).oracleVersion());
            assertEquals(Integer.MAX_VALUE, request.oracleResults().get(OracleKey.of("oracle_b")).oracleVersion());
        }

        @Test
        void oracleMetadataKeepsScalarsIncludingNull() {
            SnapshotRequest request = read(body("'oracle_results': {'oracle_a': {'status': 'ok', 'payload': 1,"
                    + " 'metadata': {'n': null, 's': 'x', 'b': true, 'i': 1}}}")).value();

            assertEquals(Map.of("n", JsonValue.nullValue(), "s", JsonValue.of("x"), "b", JsonValue.of(true), "i",
                    JsonValue.of(1)), request.oracleResults().get(OracleKey.of("oracle_a")).metadata());
        }

        @Test
        void fieldsTheCallerAllowsAreNotUnknown() {
            Outcome<SnapshotRequest> outcome = Requests.reader().read(TestJson.parse(body("'export': {'profile':"
                    + " 'default'}")), Set.of("export"));

            assertTrue(outcome.isAccepted());
        }

        @Test
        void projectionVersionIsPassedOnForTheAssemblerToCheck() {
            assertEquals(Optional.of(3), read(body("'projection_version': 3")).value().options().projectionVersion());
            assertEquals(Optional.of(2147483647), read(body("'snapshot_version': 2147483647")).value().options()
                    .snapshotVersion());
        }
    }

    @Nested
    class RequestShape {

        @Test
        void bodyThatIsNotAnObjectIsMalformed() {
            assertRejected(Requests.reader().read(TestJson.parse("[1]")), RequestReason.MALFORMED_REQUEST, "$",
                    "[1]");
            assertRejected(Requests.reader().read(JsonValue.nullValue()), RequestReason.MALFORMED_REQUEST, "$",
                    "null");
        }

        @Test
        void unknownTopLevelFieldIsRefused() {
            assertRejected(read(body("'colour': 'red'")), RequestReason.UNKNOWN_FIELD, "colour", "'red'");
        }

        @Test
        void extraFieldsAreUnknownUnlessAllowed() {
            assertRejected(Requests.reader().read(TestJson.parse(body("'export': {}, 'other': 1")), Set.of("export")),
                    RequestReason.UNKNOWN_FIELD, "other", "1");
            assertRejected(read(body("'export': {}")), RequestReason.UNKNOWN_FIELD, "export", "{}");
        }

        @Test
        void capabilitiesMustBeANonEmptyArray() {
            assertRejected(read(body("'capabilities': 'summary'")), RequestReason.INVALID_FIELD, "capabilities",
                    "'summary'");
            assertRejected(read(body("'capabilities': []")), RequestReason.INVALID_FIELD, "capabilities", "[]");
        }

        @Test
        void unknownCapabilityIsRefused() {
            Requests.assertRejected(read(body("'capabilities': ['summary', 'weather']")),
                    RequestReason.UNKNOWN_CAPABILITY, "capabilities", "'weather'");
            assertRejected(read(body("'capabilities': [5]")), RequestReason.UNKNOWN_CAPABILITY, "capabilities", "5");
            assertRejected(read(body("'capabilities': ['Summary']")), RequestReason.UNKNOWN_CAPABILITY,
                    "capabilities", "'Summary'");
        }

        @Test
        void includeOraclesMustBeABoolean() {
            assertRejected(read(body("'include_oracles': 'yes'")), RequestReason.INVALID_FIELD, "include_oracles",
                    "'yes'");
        }
    }

    @Nested
    class Token {

        @Test
        void nonStringTokenIsInvalid() {
            assertRejected(read(body("'request_token': 42")), AssemblyReason.INVALID_REQUEST_TOKEN, "request_token",
                    "42");
            assertRejected(read(body("'request_token': {'t': 1}")), AssemblyReason.INVALID_REQUEST_TOKEN,
                    "request_token", "{'t': 1}");
        }

        @Test
        void tokenLongerThan256CharactersIsInvalid() {
            String token = "t".repeat(257);

            assertRejected(read(body("'request_token': '" + token + "'")), AssemblyReason.INVALID_REQUEST_TOKEN,
                    "request_token", "'" + "t".repeat(197) + "...'");
        }
    }

    @Nested
    class Context {
        private static final String SCOPE = "'scope': {'container_type': 'course'}, 'oracle_results': {}";

        private Outcome<SnapshotRequest> withContext(String context) {
            return read("{'context': " + context + ", " + SCOPE + "}");
        }

        @Test
        void missingContextIsInvalid() {
            assertRejected(read(bodyWithout("context")), AssemblyReason.INVALID_CONTEXT, "context", "null");
        }

        @Test
        void contextThatIsNotAnObjectIsInvalid() {
            assertRejected(withContext("'section'"), AssemblyReason.INVALID_CONTEXT, "context", "'section'");
        }

        @Test
        void contextTypeMustBeAKnownString() {
            assertRejected(withContext("{'dashboard_context_id': 42, 'user_id': 7}"), AssemblyReason.INVALID_CONTEXT,
                    "context.dashboard_context_type", "null");
            assertRejected(withContext("{'dashboard_context_type': 1, 'dashboard_context_id': 42, 'user_id': 7}"),
                    AssemblyReason.INVALID_CONTEXT, "context.dashboard_context_type", "1");
            assertRejected(withContext("{'dashboard_context_type': 'course', 'dashboard_context_id': 42,"
                    + " 'user_id': 7}"), AssemblyReason.INVALID_CONTEXT, "context.dashboard_context_type", "'course'");
        }

        @Test
        void projectDashboardsAreNotServed() {
            assertRejected(withContext("{'dashboard_context_type': 'project', 'dashboard_context_id': 42,"
                            + " 'user_id': 7}"), AssemblyReason.UNSUPPORTED_DASHBOARD_CONTEXT_TYPE,
                    "context.dashboard_context_type", "'project'");
        }

        @Test
        void contextIdMustBeAPositiveInteger() {
            for (String bad : List.of("0", "-3", "1.5", "'42'", "null", "true", "1e30")) {
                assertRejected(withContext("{'dashboard_context_type': 'section', 'dashboard_context_id': " + bad
                        + ", 'user_id': 7}"), AssemblyReason.INVALID_CONTEXT, "context.dashboard_context_id", bad);
            }
            assertRejected(withContext("{'dashboard_context_type': 'section', 'user_id': 7}"),
                    AssemblyReason.INVALID_CONTEXT, "context.dashboard_context_id", "null");
        }

        @Test
        void userIdMustBeAPositiveInteger() {
            for (String bad : List.of("0", "-1", "2.5", "'7'")) {
                assertRejected(withContext("{'dashboard_context_type': 'section', 'dashboard_context_id': 42,"
                        + " 'user_id': " + bad + "}"), AssemblyReason.INVALID_CONTEXT, "context.user_id", bad);
            }
            assertRejected(withContext("{'dashboard_context_type': 'section', 'dashboard_context_id': 42}"),
                    AssemblyReason.INVALID_CONTEXT, "context.user_id", "null");
        }

        @Test
        void idOfOneIsPositive() {
            assertEquals(DashboardContext.section(1, 1), withContext("{'dashboard_context_type': 'section',"
                    + " 'dashboard_context_id': 1, 'user_id': 1}").value().context());
        }

        @Test
        void invalidContextScopeIsAnInvalidScope() {
            assertRejected(withContext("{'dashboard_context_type': 'section', 'dashboard_context_id': 42,"
                            + " 'user_id': 7, 'scope': {'container_type': 'unit'}}"), AssemblyReason.INVALID_SCOPE,
                    "context.scope.container_type", "'unit'");
        }
    }

    @Nested
    class ScopeMember {

        @Test
        void missingScopeIsInvalidWhenTheContextHasNone() {
            assertRejected(read(bodyWithout("scope")), AssemblyReason.INVALID_SCOPE, "scope", "null");
        }

        @Test
        void scopeThatIsNotAnObjectIsInvalid() {
            assertRejected(read(body("'scope': 'course'")), AssemblyReason.INVALID_SCOPE, "scope", "'course'");
        }

        @Test
        void courseScopeWithAContainerIdIsInvalid() {
            assertRejected(read(body("'scope': {'container_type': 'course', 'container_id': 5}")),
                    AssemblyReason.INVALID_SCOPE, "scope.container_id", "5");
        }

        @Test
        void containerScopeWithoutAnIdIsInvalid() {
            assertRejected(read(body("'scope': {'container_type': 'container'}")), AssemblyReason.INVALID_SCOPE,
                    "scope.container_id", "null");
            assertRejected(read(body("'scope': {'container_type': 'container', 'container_id': 0}")),
                    AssemblyReason.INVALID_SCOPE, "scope.container_id", "0");
            assertRejected(read(body("'scope': {'container_type': 'container', 'container_id': '5'}")),
                    AssemblyReason.INVALID_SCOPE, "scope.container_id", "'5'");
        }

        @Test
        void unknownContainerTypeIsInvalid() {
            assertRejected(read(body("'scope': {'container_type': 'module', 'container_id': 5}")),
                    AssemblyReason.INVALID_SCOPE, "scope.container_type", "'module'");
            assertRejected(read(body("'scope': {'container_id': 5}")), AssemblyReason.INVALID_SCOPE,
                    "scope.container_type", "null");
            assertRejected(read(body("'scope': {'container_type': 3}")), AssemblyReason.INVALID_SCOPE,
                    "scope.container_type", "3");
        }

        @Test
        void containerScopeIsRead() {
            assertEquals(Scope.container(1001), read(body("'scope': {'container_type': 'container',"
                    + " 'container_id': 1001}")).value().options().scope());
        }
    }

    @Nested
    class OracleResults {

        private Outcome<SnapshotRequest> withResult(String envelope) {
            return read(body("'oracle_results': {'oracle_k': " + envelope + "}"));
        }

        @Test
        void missingOracleResultsAreInvalid() {
            assertRejected(read(bodyWithout("oracle_results")), AssemblyReason.INVALID_ORACLE_RESULT,
                    "oracle_results", "null");
            assertRejected(read(body("'oracle_results': 5")), AssemblyReason.INVALID_ORACLE_RESULT,
                    "oracle_results", "5");
        }

        @Test
        void malformedOracleKeyIsInvalid() {
            assertRejected(read(body("'oracle_results': {'Oracle-K': {'status': 'ok', 'payload': 1}}")),
                    AssemblyReason.INVALID_ORACLE_KEY, "oracle_results.Oracle-K", "'Oracle-K'");
        }

        @Test
        void embeddedOracleKeyThatContradictsItsEntryIsInvalid() {
            assertRejected(withResult("{'oracle_key': 'oracle_other', 'status': 'ok', 'payload': 1}"),
                    AssemblyReason.INVALID_ORACLE_KEY, "oracle_results.oracle_k.oracle_key", "'oracle_other'");
        }

        @Test
        void listedResultWithoutAValidKeyIsInvalid() {
            assertRejected(read(body("'oracle_results': [{'status': 'ok', 'payload': 1}]")),
                    AssemblyReason.INVALID_ORACLE_KEY, "oracle_results[0].oracle_key", "null");
            assertRejected(read(body("'oracle_results': [{'oracle_key': 'oracle_a', 'status': 'ok'},"
                    + " {'oracle_key': 'Bad', 'status': 'ok'}]")), AssemblyReason.INVALID_ORACLE_KEY,
                    "oracle_results[1].oracle_key", "'Bad'");
            assertRejected(read(body("'oracle_results': ['oracle_a']")), AssemblyReason.INVALID_ORACLE_KEY,
                    "oracle_results[0].oracle_key", "null");
            assertRejected(read(body("'oracle_results': [{'oracle_key': 7}]")), AssemblyReason.INVALID_ORACLE_KEY,
                    "oracle_results[0].oracle_key", "7");
        }

        @Test
        void listedEnvelopeIsValidatedUnderItsIndex() {
            assertRejected(read(body("'oracle_results': [{'oracle_key': 'oracle_a', 'status': 'done'}]")),
                    AssemblyReason.INVALID_ORACLE_STATUS, "oracle_results[0].status", "'done'");
        }

        @Test
        void resultThatIsNotAnObjectIsInvalid() {
            assertRejected(withResult("'ok'"), AssemblyReason.INVALID_ORACLE_RESULT, "oracle_results.oracle_k",
                    "'ok'");
        }

        @Test
        void statusOtherThanOkOrErrorIsInvalid() {
            assertRejected(withResult("{'status': 'done', 'payload': 1}"), AssemblyReason.INVALID_ORACLE_STATUS,
                    "oracle_results.oracle_k.status", "'done'");
            assertRejected(withResult("{'payload': 1}"), AssemblyReason.INVALID_ORACLE_STATUS,
                    "oracle_results.oracle_k.status", "null");
            assertRejected(withResult("{'status': 'OK'}"), AssemblyReason.INVALID_ORACLE_STATUS,
                    "oracle_results.oracle_k.status", "'OK'");
        }

        @Test
        void oracleVersionMustBeANonNegativeInteger() {
            for (String bad : List.of("-1", "1.5", "'2'", "2147483648", "true")) {
                assertRejected(withResult("{'status': 'ok', 'payload': 1, 'oracle_version': " + bad + "}"),
                        AssemblyReason.INVALID_ORACLE_RESULT, "oracle_results.oracle_k.oracle_version", bad);
            }
        }

        @Test
        void staleMustBeABoolean() {
            assertRejected(withResult("{'status': 'ok', 'payload': 1, 'stale': 'yes'}"),
                    AssemblyReason.INVALID_ORACLE_RESULT, "oracle_results.oracle_k.stale", "'yes'");
            assertRejected(withResult("{'status': 'ok', 'payload': 1, 'stale': 0}"),
                    AssemblyReason.INVALID_ORACLE_RESULT, "oracle_results.oracle_k.stale", "0");
        }

        @Test
        void okResultWithAReasonIsInvalid() {
            assertRejected(withResult("{'status': 'ok', 'payload': 1, 'reason': 'timeout'}"),
                    AssemblyReason.INVALID_ORACLE_RESULT, "oracle_results.oracle_k.reason", "'timeout'");
        }

        @Test
        void errorResultWithAPayloadIsInvalid() {
            assertRejected(withResult("{'status': 'error', 'reason': 'x', 'payload': {'a': 1}}"),
                    AssemblyReason.INVALID_ORACLE_RESULT, "oracle_results.oracle_k.payload", "{'a': 1}");
        }

        @Test
        void numericOrListReasonIsInvalid() {
            assertRejected(withResult("{'status': 'error', 'reason': 504}"), AssemblyReason.INVALID_ORACLE_RESULT,
                    "oracle_results.oracle_k.reason", "504");
            assertRejected(withResult("{'status': 'error', 'reason': ['timeout']}"),
                    AssemblyReason.INVALID_ORACLE_RESULT, "oracle_results.oracle_k.reason", "['timeout']");
            assertRejected(withResult("{'status': 'error', 'reason': false}"), AssemblyReason.INVALID_ORACLE_RESULT,
                    "oracle_results.oracle_k.reason", "false");
        }

        @Test
        void oracleMetadataMustBeAnObjectOfScalars() {
            assertRejected(withResult("{'status': 'ok', 'payload': 1, 'metadata': [1]}"),
                    AssemblyReason.INVALID_METADATA, "oracle_results.oracle_k.metadata", "[1]");
            assertRejected(withResult("{'status': 'ok', 'payload': 1, 'metadata': {'rows': 2, 'nested': {'a': 1}}}"),
                    AssemblyReason.INVALID_METADATA, "oracle_results.oracle_k.metadata.nested", "{'a': 1}");
            assertRejected(withResult("{'status': 'error', 'metadata': {'list': [1, 2]}}"),
                    AssemblyReason.INVALID_METADATA, "oracle_results.oracle_k.metadata.list", "[1, 2]");
        }
    }

    @Nested
    class PinsAndBlocks {

        @Test
        void parametersMustBeAnObject() {
            assertRejected(read(body("'parameters': [1]")), AssemblyReason.INVALID_PARAMETERS, "parameters", "[1]");
        }

        @Test
        void projectionVersionMustBeAPositiveInteger() {
            for (String bad : List.of("0", "-1", "1.5", "'1'", "2147483648")) {
                assertRejected(read(body("'projection_version': " + bad)),
                        AssemblyReason.UNSUPPORTED_PROJECTION_VERSION, "projection_version", bad);
            }
        }

        @Test
        void snapshotVersionMustBeAPositiveInteger() {
            for (String bad : List.of("0", "'1'", "1.5")) {
                assertRejected(read(body("'snapshot_version': " + bad)), AssemblyReason.UNSUPPORTED_SNAPSHOT_VERSION,
                        "snapshot_version", bad);
            }
        }

        @Test
        void metadataMustBeAnObject() {
            assertRejected(read(body("'metadata': 'lms'")), AssemblyReason.INVALID_METADATA, "metadata", "'lms'");
        }

        @Test
        void metadataIsPassedOnAsGiven() {
            assertEquals(Map.of("a", JsonValue.of(1)), read(body("'metadata': {'a': 1}")).value().options()
                    .metadata());
            assertEquals(JsonObject.EMPTY, read(body("'parameters': {}")).value().options().parameters());
        }
    }

    @Nested
    class WithTheAssembler {

        @Test
        void scopeThatContradictsTheContextScopeIsAMismatch() {
            String json = "{'context': {'dashboard_context_type': 'section', 'dashboard_context_id': 42, 'user_id': 7,"
                    + " 'scope': {'container_type': 'course'}},"
                    + " 'scope': {'container_type': 'container', 'container_id': 1001}, 'oracle_results': {}}";

            var rejection = assertRejected(Requests.readAndAssemble(json), AssemblyReason.SCOPE_CONTEXT_MISMATCH,
                    "scope", "'container:1001'");

            assertEquals(JsonValue.of("course"), rejection.details().getOrNull("context_scope"));
            assertEquals("scope container:1001 contradicts the context's scope course", rejection.message());
        }

        @Test
        void scopeThatAgreesWithTheContextScopeIsAccepted() {
            String json = "{'context': {'dashboard_context_type': 'section', 'dashboard_context_id': 42, 'user_id': 7,"
                    + " 'scope': {'container_type': 'container', 'container_id': 1001}},"
                    + " 'scope': {'container_type': 'container', 'container_id': 1001}, 'oracle_results': {}}";

            assertEquals(Scope.container(1001), Requests.readAndAssemble(json).value().scope());
        }

        @Test
        void projectionVersionThreeIsUnsupported() {
            assertRejected(Requests.readAndAssemble(body("'projection_version': 3")),
                    AssemblyReason.UNSUPPORTED_PROJECTION_VERSION, "projection_version", "3");
        }

        @Test
        void snapshotVersionTwoIsUnsupported() {
            assertRejected(Requests.readAndAssemble(body("'snapshot_version': 2")),
                    AssemblyReason.UNSUPPORTED_SNAPSHOT_VERSION, "snapshot_version", "2");
        }

        @Test
        void absentTokenIsMintedAndAGivenOneIsKept() {
            assertEquals("minted-token", Requests.readAndAssemble(body("")).value().requestToken());
            assertEquals("minted-token", Requests.readAndAssemble(body("'request_token': null")).value()
                    .requestToken());
            assertEquals("minted-token", Requests.readAndAssemble(body("'request_token': ' '")).value()
                    .requestToken());
            assertEquals("dash-7", Requests.readAndAssemble(body("'request_token': 'dash-7'")).value()
                    .requestToken());
        }
    }
}
