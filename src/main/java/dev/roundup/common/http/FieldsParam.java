package dev.roundup.common.http;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code fields=} of a single resource: a resource method that takes it returns its record whole, and
 * {@link RepresentationFilter} cuts it down. (Lists take it within PageParams.)
 */
public class FieldsParam {

    // the example is each resource's own, made from its schema (see OpenApiFilter)
    @Parameter(description = "Only these fields, comma separated")
    @RestQuery("fields")
    public String fields;
}
