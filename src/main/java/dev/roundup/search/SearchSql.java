package dev.roundup.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.roundup.common.paging.PageParams;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Parameters;

/**
 * The benchmark's baseline (bench/search-bench.sh): writes, for each query string read from standard input
 * ({@code q=kafka&type=link}), a pgbench script with exactly the SQL the service runs for it, parameters
 * inlined. {@code typo=<corrected query>} adds the statements of the "did you mean" path. Not used by the
 * service.
 */
public final class SearchSql {

    private SearchSql() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Map<String, List<String>> parameters = parse(line.strip());
            List<String> statements = new ArrayList<>();
            SearchRequest request = request(parameters);
            statements.add(inline(SearchQueries.statement(request)));
            String corrected = first(parameters, "typo");
            if (corrected != null) {
                String[] words = java.util.Arrays.stream(request.query().toLowerCase().split("[^\\p{L}\\p{N}]+"))
                        .filter(word -> word.length() >= 3 && !word.equals("or")).distinct().toArray(String[]::new);
                statements.add(inline(new SearchQueries.Statement(SearchVocabulary.CORRECTIONS,
                        List.of(words, SearchVocabulary.MIN_SIMILARITY))));
                statements.add(inline(SearchQueries.statement(request.withQuery(corrected))));
            }
            number++;
            Files.writeString(out.resolve("query-%02d.sql".formatted(number)),
                    statements.stream().map(sql -> sql.replaceAll("\\s*\\n\\s*", " ") + ";\n").collect(Collectors.joining()));
        }
    }

    private static SearchRequest request(Map<String, List<String>> p) {
        return SearchRequest.of(first(p, "q"), p.get("type"), p.get("tag"), first(p, "tagMode"), first(p, "section"),
                first(p, "domain"), first(p, "from"), first(p, "to"), first(p, "sort"), first(p, "facets"),
                PageParams.of(Parameters.integer("page", first(p, "page"), 1, PageRequest.MAX_PAGE),
                        Parameters.integer("size", first(p, "size"), 1, PageRequest.MAX_SIZE), null));
    }

    private static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.computeIfAbsent(decode(parts[0]), key -> new ArrayList<>())
                    .add(parts.length > 1 ? decode(parts[1]) : "");
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null ? null : values.get(0);
    }

    /** The statement with its parameters as SQL literals (the SQL itself has no ? inside its own literals). */
    static String inline(SearchQueries.Statement statement) {
        StringBuilder sql = new StringBuilder();
        int next = 0;
        for (char c : statement.sql().toCharArray()) {
            if (c == '?') {
                sql.append(literal(statement.parameters().get(next++)));
            } else {
                sql.append(c);
            }
        }
        return sql.toString();
    }

    private static String literal(Object value) {
        if (value instanceof String[] array) {
            List<String> items = new ArrayList<>();
            for (String item : array) {
                items.add(literal(item));
            }
            return "array[" + String.join(", ", items) + "]::text[]";
        }
        if (value instanceof OffsetDateTime date) {
            return "'" + date + "'::timestamptz";
        }
        if (value instanceof String text) {
            return "'" + text.replace("'", "''") + "'";
        }
        return String.valueOf(value);
    }
}
