package dev.roundup.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.StrongEmphasis;

import dev.roundup.common.Slugs;
import dev.roundup.section.SectionKind;
import dev.roundup.section.SectionKindRules;

/**
 * Where each heading of a body hangs. A heading closes every open section of its level or deeper and opens one
 * under the nearest shallower one. Two habits of real files are read as their authors meant them:
 * <ul>
 * <li>{@code #} and {@code ##} are peers in a blog that writes both for its sections (one {@code # Generative AI}
 * among {@code ##} headings), and parent and child in a newsletter that puts {@code ##} groups under {@code #}
 * ones. A file is read the second way when one of its {@code #} headings is followed directly by a deeper one.</li>
 * <li>Inside an events section, a region heading (Europe, Virtual, ...) written one level too high stays in it.</li>
 * </ul>
 * Node 0 is the untitled section: the blocks above the first heading.
 */
final class HeadingTree {

    private static final Set<String> REGIONS = Set.of("virtual", "online", "hybrid", "remote", "worldwide", "global",
            "in-person", "africa", "asia", "asia-pacific", "apac", "europe", "emea", "north-america", "south-america",
            "latin-america", "central-america", "americas", "oceania", "australia", "middle-east", "usa",
            "united-states", "canada");

    /** A section in the making; {@code kind} is set only for WIND, Finally and events sections. */
    record Node(Heading heading, Optional<String> title, Optional<String> slug, Optional<String> url,
            List<org.commonmark.node.Node> content, int parent, List<String> path, int level, SectionKind kind) {
    }

    private final List<Node> nodes = new ArrayList<>();

    HeadingTree(Markdown markdown, SectionKindRules kinds, List<org.commonmark.node.Node> blocks, BodySource source) {
        boolean nested = topHeadingsNest(blocks, source);
        nodes.add(new Node(null, Optional.empty(), Optional.empty(), Optional.empty(), new ArrayList<>(), -1, List.of(),
                0, null));
        Deque<Integer> open = new ArrayDeque<>();
        for (org.commonmark.node.Node block : blocks) {
            if (!SectionBuilder.opensSection(block, source)) {
                nodes.get(open.isEmpty() ? 0 : open.peek()).content().add(block);
                continue;
            }
            Heading heading = (Heading) block;
            String title = markdown.text(heading).strip();
            String slug = Slugs.of(title);
            int level = heading.getLevel() == 1 && !nested ? 2 : heading.getLevel();
            level = insideEvents(open, level, slug);
            while (!open.isEmpty() && nodes.get(open.peek()).level() >= level) {
                open.pop();
            }
            int parent = open.isEmpty() ? -1 : open.peek();
            List<String> path = new ArrayList<>(parent < 0 ? List.of() : nodes.get(parent).path());
            path.add(slug);
            SectionKind kind = parent >= 0 && nodes.get(parent).kind() != null ? nodes.get(parent).kind()
                    : kinds.kindOf(slug).orElse(null);
            nodes.add(new Node(heading, Optional.of(title), Optional.of(slug), urlOf(heading), new ArrayList<>(), parent,
                    List.copyOf(path), level, kind));
            open.push(nodes.size() - 1);
        }
    }

    List<Node> nodes() {
        return nodes;
    }

    /** The index of the last node inside the one at {@code index}: its descendants follow it, one after the other. */
    int subtreeEnd(int index) {
        if (index == 0) {
            return 0;
        }
        int end = index;
        while (end + 1 < nodes.size() && isInside(end + 1, index)) {
            end++;
        }
        return end;
    }

    private boolean isInside(int node, int ancestor) {
        for (int parent = nodes.get(node).parent(); parent >= 0; parent = nodes.get(parent).parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A region heading at or above an open events section's level goes one level below it. */
    private int insideEvents(Deque<Integer> open, int level, String slug) {
        for (int index : open) {
            Node node = nodes.get(index);
            boolean eventsRoot = node.kind() == SectionKind.EVENTS
                    && (node.parent() < 0 || nodes.get(node.parent()).kind() != SectionKind.EVENTS);
            if (eventsRoot && level <= node.level() && isRegion(slug)) {
                return node.level() + 1;
            }
        }
        return level;
    }

    private static boolean isRegion(String slug) {
        return REGIONS.stream().anyMatch(region -> slug.equals(region) || slug.startsWith(region + "-"));
    }

    /** Whether a {@code #} heading is followed directly by a deeper one: then {@code #} is above {@code ##}. */
    private static boolean topHeadingsNest(List<org.commonmark.node.Node> blocks, BodySource source) {
        for (int index = 0; index + 1 < blocks.size(); index++) {
            if (blocks.get(index) instanceof Heading heading && heading.getLevel() == 1
                    && SectionBuilder.opensSection(heading, source)
                    && blocks.get(index + 1) instanceof Heading next && next.getLevel() > 1
                    && SectionBuilder.opensSection(next, source)) {
                return true;
            }
        }
        return false;
    }

    /** Where a heading that is a link points: "### [Approved RFCs](https://...)". */
    private static Optional<String> urlOf(Heading heading) {
        org.commonmark.node.Node first = heading.getFirstChild();
        if ((first instanceof StrongEmphasis || first instanceof Emphasis) && first.getFirstChild() instanceof Link) {
            first = first.getFirstChild();
        }
        if (first instanceof Link link && link.getDestination() != null && !link.getDestination().isBlank()) {
            return Optional.of(link.getDestination().strip());
        }
        return Optional.empty();
    }
}
