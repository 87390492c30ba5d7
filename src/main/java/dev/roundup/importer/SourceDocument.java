package dev.roundup.importer;

/**
 * A Hugo content file cut into its YAML front matter and its markdown body.
 *
 * @param frontMatter the YAML between the fences
 * @param frontMatterLine the file line (1-based) of the first YAML line
 * @param body the markdown after the closing fence
 * @param bodyLine the file line (1-based) of the first body line
 */
public record SourceDocument(String frontMatter, int frontMatterLine, String body, int bodyLine) {

    private static final String FENCE = "---";

    public static SourceDocument split(String text) throws ContentException {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = withoutBom.replace("\r\n", "\n").split("\n", -1);
        int open = firstNonBlank(lines);
        if (open == lines.length || !lines[open].strip().equals(FENCE)) {
            throw new ContentException(open + 1, "no YAML front matter: the file must start with a '---' line");
        }
        int close = closingFence(lines, open + 1);
        if (close == -1) {
            throw new ContentException(open + 1, "the front matter opened at this line is never closed with '---'");
        }
        return new SourceDocument(join(lines, open + 1, close), open + 2, join(lines, close + 1, lines.length),
                close + 2);
    }

    private static int firstNonBlank(String[] lines) {
        int index = 0;
        while (index < lines.length && lines[index].isBlank()) {
            index++;
        }
        return index;
    }

    private static int closingFence(String[] lines, int from) {
        for (int index = from; index < lines.length; index++) {
            String line = lines[index].stripTrailing();
            if (line.equals(FENCE) || line.equals("...")) {
                return index;
            }
        }
        return -1;
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
    }
}
