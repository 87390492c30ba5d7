package dev.roundup.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import dev.roundup.common.error.Problem;

/**
 * Every failure is a problem+json body (see {@link dev.roundup.common.error.ProblemMapper}), so the OpenAPI document says so for every 4xx
 * and 5xx response that does not describe its body itself: resources declare only the status and what it means.
 * The responses every operation of a kind has are added here unless the resource words them itself: 400 for
 * an operation with parameters, 401 and 403 for one that needs a role, 412 and 428 for one that takes If-Match. It also gives the shared {@code fields} parameter an example of the fields of each answer (of a list's
 * items).
 */
public class OpenApiFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Set<String> GENERIC = Set.of("Not Authorized", "Not Allowed");

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (!parameters.isEmpty()) {
            byDefault(operation, "400", "A malformed parameter");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            byDefault(operation, "401", "No bearer token, or one that fails verification");
            byDefault(operation, "403", "The token lacks the role");
        }
        if (parameters.stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER
                && parameter.getName().equalsIgnoreCase("If-Match"))) {
            byDefault(operation, "412", "If-Match names another version than the stored one");
            byDefault(operation, "428", "If-Match is missing");
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            boolean failure = status.startsWith("4") || status.startsWith("5");
            if (failure && response.getRef() == null && (response.getContent() == null
                    || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problem());
            }
        });
        return operation;
    }

    /**
     * The {@code fields} parameter is declared once (PageParams, FieldsParam): its example is made here from the
     * first fields of each answer (of a list's items), so that it names fields that exist. One given by the resource
     * stays.
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                .forEach(operation -> itemFields(operation, schemas).ifPresent(example -> {
                    for (Parameter parameter : operation.getParameters()) {
                        if (parameter.getName().equals("fields") && parameter.getIn() == Parameter.In.QUERY
                                && parameter.getExample() == null) {
                            parameter.setExample(example);
                        }
                    }
                })));
    }

    private static Optional<String> itemFields(Operation operation, Map<String, Schema> schemas) {
        if (operation.getParameters() == null || operation.getResponses() == null
                || operation.getResponses().getAPIResponse("200") == null
                || operation.getResponses().getAPIResponse("200").getContent() == null) {
            return Optional.empty();
        }
        MediaType json = operation.getResponses().getAPIResponse("200").getContent().getMediaType("application/json");
        Schema body = json == null ? null : resolve(json.getSchema(), schemas);
        Schema items = body == null || body.getProperties() == null ? null : body.getProperties().get("items");
        // a page's fields are those of its items; a single resource's its own
        Schema item = items != null && items.getItems() != null ? resolve(items.getItems(), schemas) : body;
        if (item == null || item.getProperties() == null) {
            return Optional.empty();
        }
        return Optional.of(String.join(",", item.getProperties().keySet().stream().limit(3).toList()));
    }

    private static Schema resolve(Schema schema, Map<String, Schema> schemas) {
        if (schema == null || schema.getRef() == null) {
            return schema;
        }
        return schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
    }

    /**
     * A response every operation of its kind has, unless the resource describes it in its own words. Quarkus words
     * the 401 and 403 of secured operations before this filter runs, generically: those are replaced.
     */
    private static void byDefault(Operation operation, String status, String description) {
        APIResponse declared = operation.getResponses().getAPIResponse(status);
        if (declared == null || GENERIC.contains(declared.getDescription())) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
