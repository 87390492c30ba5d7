package dev.roundup.editorial;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.error.ProblemException;

/** JSON request bodies of the event and link writes: malformed is a 400 problem, each invalid field listed. */
@ApplicationScoped
public class EditorialBodies {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    public <T> T read(String body, Class<T> type) {
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        if (value == null) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "the body is empty");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    public JsonNode json(String body) {
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new ProblemException(400, "malformed-body", "Malformed request body", "the body is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    private static ProblemException malformed(JsonProcessingException e) {
        return new ProblemException(400, "malformed-body", "Malformed request body",
                "the body is not valid JSON for this operation: " + e.getOriginalMessage());
    }
}
