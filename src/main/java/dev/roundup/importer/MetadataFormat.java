package dev.roundup.importer;

/** How a content file writes its metadata (see {@link SourceDocument}). */
public enum MetadataFormat {
    /** YAML between {@code ---} lines: Hugo, Jekyll. */
    YAML,
    /** TOML between {@code +++} lines: Hugo. */
    TOML,
    /** A JSON object at the top of the file: Hugo. */
    JSON,
    /** {@code Key: value} lines up to the first blank line: Pelican, MultiMarkdown. */
    HEADERS,
    /** No metadata: the whole file is the body. */
    NONE
}
