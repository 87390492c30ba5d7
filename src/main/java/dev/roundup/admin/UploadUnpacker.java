package dev.roundup.admin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import dev.roundup.common.error.ProblemException;
import dev.roundup.importer.FileOutcome;

/**
 * Unpacks an uploaded .zip or .tar.gz into a folder, defensively: an entry that would land outside the
 * folder (zip slip) rejects the whole upload; so do too many entries or too many unpacked bytes (zip
 * bombs), counted as they are written, never trusted from the archive's headers. Anything but markdown
 * is skipped and reported.
 */
final class UploadUnpacker {

    enum Format {
        ZIP, TAR_GZ, MARKDOWN
    }

    private final long maxUnpackedBytes;
    private final int maxEntries;
    private final List<FileOutcome> skipped = new ArrayList<>();
    private long unpackedBytes;
    private int entries;

    UploadUnpacker(ImportLimits limits) {
        this.maxUnpackedBytes = limits.maxUnpackedBytes().asLongValue();
        this.maxEntries = limits.maxEntries();
    }

    /** The format by the upload's first bytes: the content type a client sends is only a hint. */
    static Format formatOf(Path upload) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(upload)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Format.ZIP;
        }
        if (read >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Format.TAR_GZ;
        }
        return Format.MARKDOWN;
    }

    List<FileOutcome> skipped() {
        return List.copyOf(skipped);
    }

    void unpack(Path upload, Format format, Path target) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(upload));
                ArchiveInputStream<? extends ArchiveEntry> archive = open(raw, format)) {
            unpack(archive, target);
        }
    }

    private void unpack(ArchiveInputStream<? extends ArchiveEntry> archive, Path target) throws IOException {
        ArchiveEntry entry;
        while ((entry = nextEntry(archive)) != null) {
            if (++entries > maxEntries) {
                throw tooLarge("the archive holds more than " + maxEntries + " entries");
            }
            take(archive, entry, target);
        }
    }

    private static ArchiveInputStream<? extends ArchiveEntry> open(InputStream raw, Format format) {
        if (format == Format.ZIP) {
            return new ZipArchiveInputStream(raw);
        }
        try {
            return new TarArchiveInputStream(new GzipCompressorInputStream(raw));
        } catch (IOException | RuntimeException e) {
            throw invalidArchive();
        }
    }

    private static ProblemException invalidArchive() {
        return new ProblemException(400, "invalid-archive", "Invalid archive",
                "the upload is not a readable .zip or .tar.gz archive");
    }

    private static ArchiveEntry nextEntry(ArchiveInputStream<? extends ArchiveEntry> archive) {
        try {
            return archive.getNextEntry();
        } catch (IOException | RuntimeException e) {
            throw invalidArchive();
        }
    }

    private void take(InputStream archive, ArchiveEntry entry, Path target) throws IOException {
        String name = entry.getName().replace('\\', '/');
        Path destination = safeDestination(name, target);
        if (entry.isDirectory() || destination.equals(target.toAbsolutePath().normalize())) {
            return;
        }
        if (entry instanceof TarArchiveEntry tar && !tar.isFile()) {
            skipped.add(FileOutcome.skipped(name, "not a regular file (link or device)"));
            return;
        }
        if (isHidden(name)) {
            skipped.add(FileOutcome.skipped(name, "a hidden or metadata file"));
            return;
        }
        if (!isMarkdown(name)) {
            skipped.add(FileOutcome.skipped(name, "not a markdown file (.md or .markdown)"));
            return;
        }
        Files.createDirectories(destination.getParent());
        try (OutputStream out = Files.newOutputStream(destination)) {
            copyWithinBudget(archive, out);
        }
    }

    /** Where an entry goes; absolute names and names climbing out of the folder reject the upload. */
    static Path safeDestination(String name, Path target) {
        Path root = target.toAbsolutePath().normalize();
        boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        Path destination = root.resolve(name).normalize();
        if (absolute || name.isBlank() || !destination.startsWith(root) || List.of(name.split("/")).contains("..")) {
            throw new ProblemException(400, "unsafe-archive-entry", "Unsafe archive entry", "the archive entry '"
                    + abbreviate(name) + "' points outside the content folder; nothing was imported");
        }
        return destination;
    }

    private void copyWithinBudget(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        int read;
        while ((read = readArchive(in, buffer)) != -1) {
            unpackedBytes += read;
            if (unpackedBytes > maxUnpackedBytes) {
                throw tooLarge("the archive unpacks to more than " + maxUnpackedBytes + " bytes");
            }
            out.write(buffer, 0, read);
        }
    }

    private static int readArchive(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException | RuntimeException e) {
            throw invalidArchive();
        }
    }

    static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private static boolean isHidden(String name) {
        for (String segment : name.split("/")) {
            if (!segment.equals(".") && (segment.startsWith(".") || segment.equals("__MACOSX"))) {
                return true;
            }
        }
        return false;
    }

    static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "upload-too-large", "Content Too Large", detail + "; nothing was imported");
    }

    private static String abbreviate(String value) {
        return value.length() <= 100 ? value : value.substring(0, 97) + "...";
    }
}
