package dev.roundup.change;

/**
 * A public change announced by the database (NOTIFY roundup_changes), fired as a CDI event on every instance.
 * {@link #everything()} means notifications may have been missed (the listener was disconnected): forget all.
 */
public record ContentChanged(String type, String key, String postSlug) {

    public static final ContentChanged EVERYTHING = new ContentChanged("*", "*", null);

    public boolean everything() {
        return this == EVERYTHING || "*".equals(type);
    }

    static ContentChanged parse(String payload) {
        String[] parts = payload.split("\t", -1);
        if (parts.length != 3) {
            return EVERYTHING;
        }
        return new ContentChanged(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2]);
    }
}
