package dev.roundup.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.roundup.importer.ParsedPost;
import dev.roundup.importer.ParsedSection;
import dev.roundup.importer.PostParser;
import dev.roundup.section.SectionKind;

class DemoEventsTest {

    @Test
    void print() throws Exception {
        PostParser parser = new PostParser("https://blog.example.org", 220);
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/demo/content/post")).sorted()) {
            for (Path file : files.toList()) {
                ParsedPost post = parser.parse(file.getFileName().toString(), Files.readString(file));
                List<String> wind = post.sections().stream().filter(s -> s.kind() == SectionKind.WIND)
                        .map(ParsedSection::html).toList();
                EventExtractor.Extraction extraction = EventExtractor.extract(wind, post.date().toLocalDate());
                System.out.println("== " + post.slug());
                extraction.events().forEach(e -> System.out.println("  " + e));
                extraction.references().forEach(e -> System.out.println("  ref " + e));
            }
        }
    }
}
