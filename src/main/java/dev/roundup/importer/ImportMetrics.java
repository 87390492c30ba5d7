package dev.roundup.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

/** The importer's counters at /q/metrics: files by outcome, link items, warnings, run durations. */
@ApplicationScoped
public class ImportMetrics {

    @Inject
    MeterRegistry registry;

    void record(ImportReport report) {
        files("imported", report.imported());
        files("updated", report.updated());
        files("unchanged", report.unchanged());
        files("failed", report.failed());
        files("removed", report.removed());
        registry.counter("roundup.import.link.items").increment(report.linkItems());
        registry.counter("roundup.import.warnings").increment(report.warnings());
        registry.timer("roundup.import.duration").record(report.duration());
    }

    private void files(String outcome, int count) {
        registry.counter("roundup.import.files", "outcome", outcome).increment(count);
    }
}
