package dev.roundup.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.importer.FileOutcome;
import dev.roundup.importer.ImportReport;
import dev.roundup.importer.ImportRun;
import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

/** Runs the importer on an upload: received within its limit, unpacked into a temporary folder, then removed. */
@ApplicationScoped
public class AdminImportService {

    private static final Logger LOG = Logger.getLogger(AdminImportService.class);
    static final String FILE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,199}";

    @Inject
    ImportService importService;

    @Inject
    ImportLimits limits;

    public ImportRunView importUpload(InputStream body, String fileName) {
        Path work = null;
        try {
            work = Files.createTempDirectory("roundup-upload-");
            Path upload = work.resolve("upload");
            receive(body, upload);
            UploadUnpacker.Format format = UploadUnpacker.formatOf(upload);
            Path content = Files.createDirectory(work.resolve("content"));
            UploadUnpacker unpacker = new UploadUnpacker(limits);
            if (format == UploadUnpacker.Format.MARKDOWN) {
                Files.move(upload, content.resolve(markdownName(fileName)));
            } else {
                unpacker.unpack(upload, format, content);
            }
            String label = "upload:" + (fileName != null && !fileName.isBlank() ? checkedName(fileName)
                    : format.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
            ImportReport report = importService.importTree(new ImportSource(content, label), false);
            return QuarkusTransaction.requiringNew().call(() -> {
                ImportRun run = ImportRun.findById(report.runId());
                if (!unpacker.skipped().isEmpty()) {
                    List<FileOutcome> files = new ArrayList<>(run.report);
                    files.addAll(unpacker.skipped());
                    run.report = files;
                }
                return ImportRunView.of(run);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored for import", e);
        } finally {
            removeQuietly(work);
        }
    }

    @Transactional
    public Page<ImportRunSummary> list(PageRequest request) {
        long total = ImportRun.count();
        List<ImportRunSummary> items = ImportRun.<ImportRun>findAll(Sort.descending("startedAt", "id"))
                .page(io.quarkus.panache.common.Page.of(request.page() - 1, request.size())).list().stream()
                .map(ImportRunSummary::of).toList();
        return Page.of(items, request, total, null);
    }

    @Transactional
    public ImportRunView get(long id) {
        return ImportRun.<ImportRun>findByIdOptional(id).map(ImportRunView::of)
                .orElseThrow(() -> new NotFoundException("no import run has the id " + id));
    }

    private void receive(InputStream body, Path upload) throws IOException {
        long max = limits.maxBytes().asLongValue();
        long received = 0;
        byte[] buffer = new byte[8192];
        try (InputStream in = body; OutputStream out = Files.newOutputStream(upload)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                received += read;
                if (received > max) {
                    throw UploadUnpacker.tooLarge("the upload is larger than " + max + " bytes");
                }
                out.write(buffer, 0, read);
            }
        }
        if (received == 0) {
            throw new InvalidParameterException("body", "the upload is empty: send a markdown file, a .zip or a .tar.gz");
        }
    }

    private static String markdownName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidParameterException("filename", "a single markdown file needs its file name (filename="
                    + "2026-11-22-interesting-stuff-week-47-2026.md): it gives the post's slug and date");
        }
        String name = checkedName(fileName);
        if (!UploadUnpacker.isMarkdown(name)) {
            throw new InvalidParameterException("filename", "a single file upload must be markdown (.md or .markdown),"
                    + " or a .zip or .tar.gz archive");
        }
        return name;
    }

    private static String checkedName(String fileName) {
        String name = fileName.strip();
        if (!name.matches(FILE_NAME)) {
            throw new InvalidParameterException("filename", "filename must be a plain file name of letters, digits,"
                    + " '.', '-' and '_', at most 200 characters");
        }
        return name;
    }

    private static void removeQuietly(Path work) {
        if (work == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("could not remove the upload folder %s: %s", work, e.getMessage());
        }
    }
}
