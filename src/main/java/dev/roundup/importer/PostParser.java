package dev.roundup.importer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import dev.roundup.common.SiteUrls;
import dev.roundup.common.Slugs;
import dev.roundup.event.list.EventLists;

/** Turns one markdown file (Hugo, Jekyll, Pelican...) into a {@link ParsedPost}. Thread-safe. */
public final class PostParser {

    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->");
    private static final Pattern FILE_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern EXTENSION = Pattern.compile("\\.(md|markdown)$", Pattern.CASE_INSENSITIVE);

    private final Markdown markdown = new Markdown();
    private final FrontMatterParser frontMatterParser;
    private final String baseUrl;
    private final int wordsPerMinute;
    private final ImportRules rules;

    /** A parser with the shipped rules ({@link ImportRules#defaults()}). */
    public PostParser(String baseUrl, int wordsPerMinute) {
        this(baseUrl, wordsPerMinute, ImportRules.defaults());
    }

    public PostParser(String baseUrl, int wordsPerMinute, ImportRules rules) {
        this.baseUrl = baseUrl;
        this.wordsPerMinute = wordsPerMinute;
        this.rules = rules;
        this.frontMatterParser = new FrontMatterParser(rules.zone());
    }

    private String canonicalUrl(String slug) {
        return SiteUrls.post(baseUrl, slug);
    }

    /** Hugo's slug: the front matter's {@code slug}, else the file's base name without extension. */
    public static String slugOf(String fileName, Optional<String> frontMatterSlug) {
        String name = frontMatterSlug.orElseGet(() -> EXTENSION.matcher(baseName(fileName)).replaceFirst(""));
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s/\\\\]+", "-");
    }

    /** @param fileName the file's path inside the imported folder ('/' separators): its name gives the slug */
    public ParsedPost parse(String fileName, String content) throws ContentException {
        SourceDocument document = SourceDocument.split(content);
        FrontMatter frontMatter = frontMatterParser.parse(document);
        List<String> warnings = new ArrayList<>();
        String slug = slugOf(fileName, frontMatter.slug());
        if (slug.isEmpty()) {
            throw new ContentException(document.frontMatterLine(), "the post has no usable slug");
        }
        OffsetDateTime date = dateOf(fileName, frontMatter, document, warnings);
        String title = frontMatter.title().orElseGet(() -> {
            warnings.add("the metadata has no title; the slug stands in for it");
            return slug;
        });
        List<String> categories = categories(frontMatter.categories());
        boolean roundup = rules.roundups().matches(fileName, document.format(), frontMatter, categories);
        // a number at the end of an article's title ("Kafka Streams, Part 3") names no issue
        Optional<Integer> number = frontMatter.number()
                .or(() -> roundup ? rules.numbers().inTitle(title, date) : Optional.empty());

        Shortcodes shortcodes = new Shortcodes();
        String parsedBody = shortcodes.replaceIn(document.body());
        Node root = markdown.parse(parsedBody);
        BodySource source = new BodySource(document.body(), parsedBody, shortcodes, document.bodyLine());
        Map<Link, String> relrefTargets = resolveRelrefs(root, shortcodes);
        BlockHtml html = new BlockHtml(markdown);
        Body body = new Body(root, source, html);
        List<ParsedSection> sections = roundup
                ? new SectionBuilder(markdown, html, source,
                        new LinkItemExtractor(markdown, source, relrefTargets, warnings), rules.kinds())
                        .build(body.contentBlocks())
                : List.of();
        int words = wordCount(markdown.text(root));
        EventLists.Reading listed = EventLists.read(EventsSections.of(sections, document), document.body(),
                date.toLocalDate());
        warnings.addAll(listed.warnings());

        return new ParsedPost(slug, title, frontMatter.author(), date, frontMatter.draft(), roundup,
                distinctBySlug(frontMatter.tags()), categories, frontMatter.keywords(),
                frontMatter.description(), frontMatter.image(), frontMatter.thumbnail(),
                body.introMarkdown(), body.introHtml(), document.body().strip(), html.ofChildren(root),
                words, readingMinutes(words), sections, new LinkedHashSet<>(relrefTargets.values()),
                frontMatter.json(), warnings, number, listed.events());
    }

    private OffsetDateTime dateOf(String fileName, FrontMatter frontMatter, SourceDocument document,
            List<String> warnings) throws ContentException {
        if (frontMatter.date().isPresent()) {
            return frontMatter.date().get();
        }
        Matcher matcher = FILE_DATE.matcher(baseName(fileName));
        if (matcher.find()) {
            try {
                warnings.add("the metadata has no date; the file name's date is used");
                return LocalDate.parse(matcher.group(1)).atStartOfDay(rules.zone()).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                // not a real date: fall through to the error
            }
        }
        throw new ContentException(document.frontMatterLine(), "the post has no date: neither its metadata"
                + " nor the file name gives one");
    }

    /**
     * Relref destinations become links to the other post's page; the map says which post each points to, in
     * document order (nodes compare by identity, so no two links collide).
     */
    private Map<Link, String> resolveRelrefs(Node root, Shortcodes shortcodes) {
        Map<Link, String> targets = new LinkedHashMap<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                shortcodes.relrefTarget(link.getDestination()).ifPresent(target -> {
                    String[] fileAndAnchor = target.split("#", 2);
                    String slug = slugOf(fileAndAnchor[0], Optional.empty());
                    link.setDestination(canonicalUrl(slug) + (fileAndAnchor.length > 1 ? "#" + fileAndAnchor[1] : ""));
                    targets.put(link, slug);
                });
                visitChildren(link);
            }
        });
        return targets;
    }

    private static List<String> distinctBySlug(List<String> tags) {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String tag : tags) {
            String slug = Slugs.of(tag);
            if (!slug.isEmpty()) {
                bySlug.putIfAbsent(slug, tag);
            }
        }
        return List.copyOf(bySlug.values());
    }

    private static List<String> categories(List<String> categories) {
        return categories.stream().map(Slugs::of).filter(slug -> !slug.isEmpty()).distinct().toList();
    }

    /** Runs of characters between white space that hold at least one letter or digit. */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.isWhitespace(character)) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(character)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    private int readingMinutes(int words) {
        return words == 0 ? 0 : Math.max(1, (words + wordsPerMinute - 1) / wordsPerMinute);
    }

    private static String baseName(String fileName) {
        String normalized = fileName.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }

    /** The body's top-level blocks, cut at {@code <!--more-->} into the intro and what follows. */
    private final class Body {

        private final List<Node> blocks = new ArrayList<>();
        private final BodySource source;
        private final BlockHtml html;
        private final int contentStart;
        private final int introEnd;

        Body(Node root, BodySource source, BlockHtml html) {
            this.source = source;
            this.html = html;
            for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
                if (!(block instanceof LinkReferenceDefinition)) {
                    blocks.add(block);
                }
            }
            int marker = markerIndex();
            if (marker >= 0) {
                boolean markerInParagraph = blocks.get(marker) instanceof Paragraph;
                introEnd = markerInParagraph ? marker + 1 : marker;
                contentStart = marker + 1;
            } else {
                introEnd = firstSectionHeading();
                contentStart = 0;
            }
        }

        /** Without a marker, the prose before the first heading is the intro, and only its link lists are content. */
        List<Node> contentBlocks() {
            List<Node> content = new ArrayList<>(blocks.subList(contentStart, blocks.size()));
            if (contentStart == 0) {
                content.removeIf(block -> blocks.indexOf(block) < introEnd && !SectionBuilder.isLinkList(block, source));
            }
            return content;
        }

        String introMarkdown() {
            List<Node> intro = introBlocks();
            if (intro.isEmpty()) {
                return "";
            }
            String markdown = source.writtenLines(BodySource.firstLine(intro.get(0)),
                    BodySource.lastLine(intro.get(intro.size() - 1)));
            return MORE.matcher(markdown).replaceAll("").strip();
        }

        String introHtml() {
            StringBuilder intro = new StringBuilder();
            introBlocks().forEach(block -> intro.append(html.of(block)));
            return MORE.matcher(intro).replaceAll("").strip();
        }

        /** Without a marker, the intro is the prose before the first heading; link items there are content. */
        private List<Node> introBlocks() {
            List<Node> intro = new ArrayList<>(blocks.subList(0, introEnd));
            if (contentStart == 0) {
                intro.removeIf(block -> SectionBuilder.isLinkList(block, source));
            }
            return intro;
        }

        private int markerIndex() {
            for (int index = 0; index < blocks.size(); index++) {
                Node block = blocks.get(index);
                if (block instanceof HtmlBlock html && MORE.matcher(html.getLiteral()).find()) {
                    return index;
                }
                if (block instanceof Paragraph && containsMoreMarker(block)) {
                    return index;
                }
            }
            return -1;
        }

        private int firstSectionHeading() {
            for (int index = 0; index < blocks.size(); index++) {
                if (SectionBuilder.opensSection(blocks.get(index), source)) {
                    return index;
                }
            }
            return blocks.size();
        }

        private boolean containsMoreMarker(Node paragraph) {
            for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
                if (inline instanceof HtmlInline html && MORE.matcher(html.getLiteral()).find()) {
                    return true;
                }
            }
            return false;
        }
    }
}
