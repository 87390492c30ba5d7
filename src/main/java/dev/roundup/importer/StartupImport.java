package dev.roundup.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.roundup.common.DatabaseBootstrap;
import dev.roundup.common.RoundupConfig;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * Imports the demo content and the configured directories after start-up, in the background: the HTTP
 * server answers meanwhile, and readiness stays DOWN until the import is done.
 */
@ApplicationScoped
public class StartupImport {

    static final String DEMO_RESOURCE = "demo/content/post";
    public static final String DEMO_LABEL = "classpath:demo";
    private static final Logger LOG = Logger.getLogger(StartupImport.class);

    @Inject
    RunLiveness liveness;

    @Inject
    RoundupConfig config;

    @Inject
    ImportService importService;

    @Inject
    DatabaseBootstrap database;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "startup-import");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean finished;

    void onStart(@Observes @Priority(DatabaseBootstrap.FIRST + 10) StartupEvent event) {
        if (!database.isReady()) {
            return;
        }
        List<Path> directories = config.importDirs().orElse(List.of());
        for (Path directory : directories) {
            if (!Files.isDirectory(directory) && !Files.isRegularFile(directory)) {
                LOG.errorf("ROUNDUP_IMPORT_DIR names %s, which is neither a directory nor a file: fix the setting"
                        + " (a Hugo content folder such as /srv/blog/content/post)", directory.toAbsolutePath());
                Quarkus.asyncExit(1);
                return;
            }
        }
        executor.submit(() -> run(directories));
    }

    public boolean isFinished() {
        return finished;
    }

    private void run(List<Path> directories) {
        try {
            liveness.markInterrupted();
            if (config.demo().enabled()) {
                importDemo();
            }
            for (Path directory : directories) {
                importService.importAtStartup(ImportSource.of(directory), config.importSync());
            }
        } catch (RuntimeException e) {
            LOG.error("the start-up import stopped early", e);
        } finally {
            finished = true;
        }
    }

    private void importDemo() {
        URL resource = Thread.currentThread().getContextClassLoader().getResource(DEMO_RESOURCE);
        if (resource == null) {
            resource = StartupImport.class.getClassLoader().getResource(DEMO_RESOURCE);
        }
        if (resource == null) {
            LOG.warn("the demo content is missing from the class path");
            return;
        }
        try {
            URI uri = resource.toURI();
            if (uri.getScheme().equals("jar")) {
                try (var jar = openJar(uri)) {
                    importService.importTree(new ImportSource(jar.provider().getPath(uri), DEMO_LABEL), true);
                }
            } else {
                importService.importTree(new ImportSource(Path.of(uri), DEMO_LABEL), true);
            }
        } catch (IOException | URISyntaxException e) {
            LOG.error("the demo content cannot be read", e);
        }
    }

    private static java.nio.file.FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IOException("the demo content's jar is already open", e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
