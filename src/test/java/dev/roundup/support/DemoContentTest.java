package dev.roundup.support;

import org.junit.jupiter.api.BeforeEach;

import dev.roundup.importer.ImportService;
import dev.roundup.importer.StartupImport;
import io.quarkus.arc.Arc;

/**
 * The base of the tests that read the demo content: before each test the start-up import has finished, the hidden
 * posts are there, and what other tests left behind is gone (see {@link DemoContent#ready}).
 */
public abstract class DemoContentTest {

    @BeforeEach
    void demoContentReady() {
        DemoContent.ready(Arc.container().instance(StartupImport.class).get(),
                Arc.container().instance(ImportService.class).get());
    }
}
