package dev.roundup.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.roundup.common.DatabaseBootstrap;

/** Not ready before the schema is migrated and the start-up import has finished. */
@Readiness
@ApplicationScoped
public class StartupImportCheck implements HealthCheck {

    @Inject
    DatabaseBootstrap database;

    @Inject
    StartupImport startupImport;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("startup-import")
                .status(database.isReady() && startupImport.isFinished())
                .withData("schemaMigrated", database.isReady())
                .withData("startupImportFinished", startupImport.isFinished())
                .build();
    }
}
