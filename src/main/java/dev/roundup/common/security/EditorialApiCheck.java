package dev.roundup.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports whether the editorial API is on; a read-only service is ready all the same. */
@Readiness
@ApplicationScoped
public class EditorialApiCheck implements HealthCheck {

    @Inject
    EditorialApi editorialApi;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("editorial-api").up()
                .withData("state", editorialApi.enabled() ? "on" : "off")
                .build();
    }
}
