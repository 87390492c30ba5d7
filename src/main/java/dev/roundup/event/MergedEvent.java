package dev.roundup.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An event as all its mentions tell it: for each field the value of the surest mention (of equal ones, the
 * latest post's). Mentions that agree on the start date make it surer: an event announced, counted down and
 * reported on over four weeks has its date confirmed four times.
 */
record MergedEvent(String name, String url, LocalDate startsOn, LocalDate endsOn, boolean approximate, String role,
        String city, String status, List<ExtractedEvent.Talk> talks, Map<String, Double> confidence) {

    static MergedEvent of(List<EventWriter.StoredMention> mentions) {
        Map<String, Double> confidence = new LinkedHashMap<>();
        ExtractedEvent name = surest(mentions, "name", event -> event.name(), confidence);
        ExtractedEvent url = surest(mentions, "url", event -> event.url(), confidence);
        ExtractedEvent start = surest(mentions, "start", event -> event.startsOn(), confidence);
        ExtractedEvent role = surest(mentions, "role", event -> event.role(), confidence);
        ExtractedEvent city = surest(mentions, "city", event -> event.city(), confidence);
        ExtractedEvent status = surest(mentions, "status", event -> "scheduled".equals(event.status()) ? null
                : event.status(), confidence);
        if (start != null) {
            long agreeing = mentions.stream().filter(mention -> start.startsOn().equals(mention.event().startsOn())).count();
            confidence.put("start", Math.min(0.99, round(confidence.get("start") + 0.03 * (agreeing - 1))));
        }
        return new MergedEvent(name == null ? mentions.get(0).event().name() : name.name(),
                url == null ? null : url.url(), start == null ? null : start.startsOn(),
                start == null ? null : start.endsOn(), start != null && start.approximate(),
                role == null ? null : role.role(), city == null ? null : city.city(),
                status == null ? "scheduled" : status.status(), talks(mentions), Map.copyOf(confidence));
    }

    private static ExtractedEvent surest(List<EventWriter.StoredMention> mentions, String field,
            Function<ExtractedEvent, Object> value, Map<String, Double> confidence) {
        Comparator<EventWriter.StoredMention> order = Comparator
                .comparingDouble((EventWriter.StoredMention mention) -> mention.event().confidence().getOrDefault(field, 0.0))
                .thenComparing(EventWriter.StoredMention::postDate);
        return mentions.stream().filter(mention -> value.apply(mention.event()) != null).max(order).map(mention -> {
            confidence.put(field, mention.event().confidence().getOrDefault(field, 0.0));
            return mention.event();
        }).orElse(null);
    }

    private static List<ExtractedEvent.Talk> talks(List<EventWriter.StoredMention> mentions) {
        Set<String> seen = new HashSet<>();
        List<ExtractedEvent.Talk> talks = new ArrayList<>();
        for (EventWriter.StoredMention mention : mentions) {
            for (ExtractedEvent.Talk talk : mention.event().talks()) {
                if (seen.add(talk.title().toLowerCase(Locale.ROOT))) {
                    talks.add(talk);
                } else if (talk.summary() != null) {
                    // a later post's abstract of the same talk replaces an earlier one
                    talks.replaceAll(known -> known.title().equalsIgnoreCase(talk.title())
                            && !Objects.equals(known.summary(), talk.summary()) ? talk : known);
                }
            }
        }
        return List.copyOf(talks);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
