package org.dashboard.snapshot.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** How one raw outcome of the REST client settles: a reply, or a failure the fault tolerance acts on. */
class OracleUpstreamTest {

    @Test
    void answersBelow500AreReplies() {
        assertEquals(new UpstreamReply(200, "{}"), settled(Response.ok("{}").build(), null));
        assertEquals(404, settled(Response.status(404).build(), null).status());
        assertEquals(401, settled(null, new WebApplicationException(Response.status(401).build())).status());
    }

    @Test
    void a5xxAnswerIsARetryableFailureWithItsStatus() {
        assertEquals(Optional.of(503), unavailable(Response.status(503).build(), null).status());
        assertEquals(Optional.of(500),
                unavailable(null, new WebApplicationException(Response.serverError().build())).status());
    }

    @Test
    void noConnectionIsARetryableFailureWithoutAStatus() {
        assertEquals(Optional.empty(), unavailable(null, new RuntimeException(new ConnectException("refused")))
                .status());
    }

    @Test
    void aClientSideTimeoutIsATimeout() {
        Throwable failure = failure(null, new RuntimeException(new java.util.concurrent.TimeoutException("read")));
        assertInstanceOf(TimeoutException.class, failure);
    }

    private static UpstreamReply settled(Response response, Throwable failure) {
        return OracleUpstream.settle(response, failure).await().indefinitely();
    }

    private static UpstreamUnavailable unavailable(Response response, Throwable failure) {
        return assertInstanceOf(UpstreamUnavailable.class, failure(response, failure));
    }

    private static Throwable failure(Response response, Throwable failure) {
        Uni<UpstreamReply> settled = OracleUpstream.settle(response, failure);
        return settled.map(reply -> (Throwable) null).onFailure().recoverWithItem(thrown -> thrown)
                .await().indefinitely();
    }
}
