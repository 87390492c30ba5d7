package dev.roundup.event;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON columns of events and mentions (talks, confidences), read and written the same way everywhere. */
@ApplicationScoped
public class EventJson {

    @Inject
    ObjectMapper mapper;

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("talks and confidences are plain JSON", e);
        }
    }

    public List<ExtractedEvent.Talk> talks(String text) {
        try {
            return List.of(mapper.readValue(text, ExtractedEvent.Talk[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("talks are stored as a JSON array", e);
        }
    }

    public Map<String, Double> confidence(String text) {
        try {
            return mapper.readValue(text, mapper.getTypeFactory().constructMapType(Map.class, String.class, Double.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("confidences are stored as a JSON object", e);
        }
    }
}
