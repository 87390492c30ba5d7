package dev.roundup.editorial;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.roundup.common.error.Problem;
import dev.roundup.common.error.ProblemException;
import dev.roundup.event.ExtractedEvent;

/**
 * An editor's event with its dates and times parsed and checked against each other: what the bean
 * constraints on {@link EventRequest} cannot say alone (endsOn not before startsOn, a zone for times).
 */
record EventFields(String name, LocalDate startsOn, LocalDate endsOn, OffsetDateTime startsAt, OffsetDateTime endsAt,
        String zone, String venue, String city, String country, String url, String description, String role,
        String status, List<ExtractedEvent.Talk> talks) {

    static final Set<String> PATCHABLE = new TreeSet<>(List.of("name", "startsOn", "endsOn", "startsAt", "endsAt",
            "zone", "venue", "city", "country", "url", "description", "role", "status", "talks"));

    static EventFields of(EventRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ZoneId zone = zone(request.zone(), errors);
        OffsetDateTime startsAt = time("startsAt", request.startsAt(), errors);
        OffsetDateTime endsAt = time("endsAt", request.endsAt(), errors);
        if ((startsAt != null || endsAt != null) && request.zone() == null) {
            errors.add(new Problem.FieldError("zone", "must be given with startsAt or endsAt, e.g. Europe/Lisbon"));
        }
        if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
            errors.add(new Problem.FieldError("endsAt", "must not be before startsAt"));
        }
        if (endsAt != null && startsAt == null) {
            errors.add(new Problem.FieldError("startsAt", "must be given with endsAt"));
        }
        LocalDate startsOn = date("startsOn", request.startsOn(), errors);
        LocalDate endsOn = date("endsOn", request.endsOn(), errors);
        if (startsOn == null && startsAt != null && zone != null) {
            startsOn = startsAt.atZoneSameInstant(zone).toLocalDate();
        }
        if (endsOn == null && endsAt != null && zone != null) {
            endsOn = endsAt.atZoneSameInstant(zone).toLocalDate();
        }
        if (endsOn != null && startsOn == null && request.endsOn() != null) {
            errors.add(new Problem.FieldError("startsOn", "must be given with endsOn"));
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new Problem.FieldError("endsOn", "must not be before startsOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        List<ExtractedEvent.Talk> talks = request.talks() == null ? List.of()
                : request.talks().stream()
                        .map(talk -> new ExtractedEvent.Talk(talk.title().strip(), blankToNull(talk.summary())))
                        .toList();
        return new EventFields(request.name().strip(), startsOn, endsOn, startsAt, endsAt, blankToNull(request.zone()),
                blankToNull(request.venue()), blankToNull(request.city()), blankToNull(request.country()),
                blankToNull(request.url()), blankToNull(request.description()), request.role(),
                request.status() == null ? "scheduled" : request.status(), talks);
    }

    /** Applies a JSON merge patch (RFC 7396) to the stored event's fields; null removes an optional field. */
    static ObjectNode merge(ObjectNode stored, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidFields(List.of(new Problem.FieldError("body",
                    "a merge patch is a JSON object of the fields to change")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        ObjectNode merged = stored.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("slug")) {
                errors.add(new Problem.FieldError(name, "cannot be changed by a write"));
            } else if (!PATCHABLE.contains(name)) {
                errors.add(new Problem.FieldError(name, "cannot be patched; patchable: " + PATCHABLE));
            } else if (field.getValue().isNull() && name.equals("name")) {
                errors.add(new Problem.FieldError(name, "cannot be removed"));
            } else if (field.getValue().isContainerNode() && !name.equals("talks")) {
                errors.add(new Problem.FieldError(name, "must be a string"));
            } else if (name.equals("talks") && !field.getValue().isArray() && !field.getValue().isNull()) {
                errors.add(new Problem.FieldError(name, "must be an array of {title, summary}"));
            } else if (field.getValue().isNull()) {
                merged.remove(name);
            } else {
                merged.set(name, field.getValue());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return merged;
    }

    private static ZoneId zone(String zone, List<Problem.FieldError> errors) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError("zone", "must be an IANA time zone such as Europe/Lisbon"));
            return null;
        }
    }

    private static OffsetDateTime time(String field, String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field,
                    "must be an ISO 8601 date-time with offset such as 2026-10-03T09:00:00+01:00"));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be an ISO 8601 date such as 2026-10-03"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
