package org.dashboard.snapshot.adapters.http;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The upstream's HTTP contract (declarative Quarkus REST client, config key {@value #CONFIG_KEY}; base URL
 * {@code quarkus.rest-client.oracle-upstream.url}): {@code GET {base}/sections/{section_id}/oracles/{oracle_key}
 * ?container_type=&container_id=&request_token=} answers one oracle result envelope. Null query parameters
 * (the course scope's container id) are left out. The raw response is returned; {@link OracleUpstream} reads it.
 */
@RegisterRestClient(configKey = OracleUpstreamClient.CONFIG_KEY)
@Path("/sections")
public interface OracleUpstreamClient {
    /** The REST client's configuration key: {@code quarkus.rest-client.oracle-upstream.*}. */
    String CONFIG_KEY = "oracle-upstream";

    /** One oracle of one section and scope. */
    @GET
    @Path("/{section_id}/oracles/{oracle_key}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> fetch(@PathParam("section_id") long sectionId, @PathParam("oracle_key") String oracleKey,
                        @QueryParam("container_type") String containerType,
                        @QueryParam("container_id") Long containerId,
                        @QueryParam("request_token") String requestToken);
}
