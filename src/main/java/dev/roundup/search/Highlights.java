package dev.roundup.search;

/** Turns PostgreSQL's marked snippets into HTML: escape everything, then mark the matches. */
final class Highlights {

    private Highlights() {
    }

    static String html(String marked) {
        if (marked == null) {
            return null;
        }
        // Markdown line breaks and indentation mean nothing in a snippet.
        String text = marked.replaceAll("\\s+", " ").strip();
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\uE000' -> html.append("<mark>");
                case '\uE001' -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
