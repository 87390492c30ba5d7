package dev.roundup.importer;

/** A post that cannot be imported, with the line (1-based, in the file) where that was found, 0 if unknown. */
public class ContentException extends Exception {

    private final int line;

    public ContentException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
