package dev.roundup.section;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Section headings merged across spellings into canonical topics ({@code roundup.sections.aliases}). For
 * {@link #rawSlugs}, the distinct heading slugs in the database are few (about a hundred on a long-running blog)
 * and cached for a minute ({@code quarkus.cache.caffeine."section-slugs".expire-after-write}): a new spelling that
 * only a wildcard names joins its topic's filters at the latest after that time, or at once after
 * {@link #refresh()}. A topic's own slug and its exact aliases never wait.
 */
@ApplicationScoped
public class SectionAliases {

    @Inject
    SectionsConfig config;

    @Inject
    SectionQueries queries;

    private AliasRules rules;

    @PostConstruct
    void load() {
        rules = new AliasRules(config.aliases());
    }

    /** The canonical topic slug of a raw heading slug; the slug itself when no alias claims it. */
    public String topicOf(String rawSlug) {
        return rules.topicOf(rawSlug);
    }

    /**
     * Every raw heading slug of a topic, sorted: the topic's own slug, its exact aliases, and the slugs in the
     * section table that its wildcards match. A raw slug given instead of a topic stands for its topic.
     * Never empty: an unknown slug stands for itself.
     */
    public List<String> rawSlugs(String topicSlug) {
        String topic = rules.topicOf(topicSlug);
        Set<String> slugs = new TreeSet<>(rules.exactSlugs(topic));
        slugs.add(topic);
        queries.distinctSlugs().stream().filter(slug -> rules.topicOf(slug).equals(topic)).forEach(slugs::add);
        return List.copyOf(slugs);
    }

    /** The topic of each raw heading slug, in the order given. */
    public Map<String, String> topicsOf(Collection<String> rawSlugs) {
        Map<String, String> topics = new LinkedHashMap<>();
        rawSlugs.forEach(slug -> topics.put(slug, rules.topicOf(slug)));
        return topics;
    }

    /** Forgets the cached heading slugs, e.g. after an import brought new spellings. */
    public void refresh() {
        queries.forgetSlugs();
    }
}
