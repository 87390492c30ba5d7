package dev.roundup.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer over the fixtures: a fixed number of mutants ({@code -Dfuzz.mutants}, default 3000),
 * each made by cutting, repeating, swapping and splicing the fixture files with the tokens the format is made of.
 * A mutant may be rejected, but only as a {@link ContentException} (which the import reports with its line), never
 * as another exception, and a parse never hangs. The seed of a failure is in the message, so {@code -Dfuzz.seed=N}
 * replays it. The same seeds give the same mutants on every machine, however fast.
 */
class ParserFuzzTest {

    private static final String[] TOKENS = { "---\n", "+++\n", "<!--more-->", "<!--", "-->", "[", "]", "](", "][",
            "]: ", "[**", "**]", "{{< relref \"", "\" >}}", "{{% ", " %}}", "{{<", ">}}", "* ", "- ", "1. ", "    ",
            "\t", "\n", "\n\n", "## ", "# ", "###### ", "**", "__", "`", "```\n", "<div>", "</div>", "<br>", "&amp;",
            "&#", "\r\n", "\u0000", "\uFFFD", "\uD83D\uDE80", "date: ", "date: 2026-13-45\n", "tags: [", "title: \"",
            "draft: yes\n", "categories: roundup\n", "~ Finally", "WIND", "http://", "https://", "://", "%", "\\",
            "'", "\"", ":", "|", "> ", "<", ">", "![", "<!-- more -->", "[1]: <", "[x]: https://x.example\n" };

    /** Far beyond any parse (they take microseconds): only a parser stuck in a loop reaches it. */
    private static final Duration HANG = Duration.ofMinutes(1);

    private static List<String> corpus;
    private static ExecutorService worker;

    @BeforeAll
    static void load() throws IOException {
        corpus = new ArrayList<>();
        for (Path folder : List.of(Fixtures.VARIANTS, Fixtures.BROKEN, Fixtures.DEMO)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    corpus.add(Files.readString(file));
                }
            }
        }
        worker = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    @Test
    void mutants_are_parsed_or_rejected_with_a_reason_and_never_hang() throws Exception {
        int mutants = Integer.getInteger("fuzz.mutants", 3000);
        long firstSeed = Long.getLong("fuzz.seed", 20261123L);
        int parsed = 0;
        for (long seed = firstSeed; seed < firstSeed + mutants; seed++) {
            if (parsesOrRejects(mutate(new Random(seed)), seed)) {
                parsed++;
            }
        }
        System.out.printf("fuzz: %d mutants, %d parsed, %d rejected with a reason, 0 crashes, 0 hangs%n", mutants, parsed,
                mutants - parsed);
        // both outcomes happen: the mutants reach the parser's paths for good and for broken files alike
        assertThat(parsed).isPositive().isLessThan(mutants);
    }

    /** True when parsed, false when rejected with a ContentException; fails the test on anything else. */
    private static boolean parsesOrRejects(String mutant, long seed) throws InterruptedException {
        Future<ParsedPost> parse = worker.submit(() -> Fixtures.PARSER.parse("2026-01-01-fuzz.md", mutant));
        try {
            assertThat(parse.get(HANG.toSeconds(), TimeUnit.SECONDS)).isNotNull();
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ContentException) {
                return false;
            }
            throw new AssertionError("seed " + seed + ": the parser threw " + e.getCause() + " on:\n" + mutant,
                    e.getCause());
        } catch (TimeoutException e) {
            parse.cancel(true);
            fail("seed " + seed + ": parsing hung (over " + HANG + ") on:\n" + mutant);
            return false;
        }
    }

    private static String mutate(Random random) {
        StringBuilder text = new StringBuilder(corpus.get(random.nextInt(corpus.size())));
        int edits = 1 + random.nextInt(8);
        for (int edit = 0; edit < edits && text.length() > 0; edit++) {
            int at = random.nextInt(text.length());
            int length = Math.min(text.length() - at, 1 + random.nextInt(200));
            switch (random.nextInt(5)) {
                case 0 -> text.delete(at, at + length);
                case 1 -> text.insert(at, text.substring(at, at + length));
                case 2 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> text.setLength(at);
                default -> text.insert(at, corpus.get(random.nextInt(corpus.size()))
                        .substring(0, Math.min(length, 60)).repeat(1 + random.nextInt(3)));
            }
        }
        return text.toString();
    }
}
