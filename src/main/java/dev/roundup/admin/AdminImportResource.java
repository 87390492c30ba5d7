package dev.roundup.admin;

import java.io.InputStream;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageNumberParams;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Parameters;
import dev.roundup.common.security.Roles;
import dev.roundup.importer.RunLiveness;

/** Imports of uploaded Hugo content, and the record of every import run. Admins only. */
@Path("/api/v1/admin/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin", description = "Imports of Hugo content (bearer token with the admin role)")
@APIResponse(responseCode = "400", description = "A malformed parameter or upload")
@APIResponse(responseCode = "403", description = "The token lacks the admin role")
public class AdminImportResource {

    static final String PATH = "/api/v1/admin/imports";
    private static final String GZIP = "application/gzip";

    @Inject
    AdminImportService imports;

    @Inject
    RunLiveness liveness;

    @POST
    @Consumes({ "text/markdown", "application/zip", GZIP, "application/x-gzip",
            MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Import uploaded content", description = "A single markdown file (with filename), or a .zip"
            + " or .tar.gz of a content folder; the format is read from the bytes. Files other than markdown are"
            + " skipped and listed in the report; an entry pointing outside the folder rejects the upload (400);"
            + " an upload or unpacked archive above the configured limits is a 413. Posts whose content is"
            + " unchanged since the last upload of the same name are left alone.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = GZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "201", description = "The run's report, per file; Location names the run",
            headers = @Header(name = "Location", description = "The run's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRunView.class)))
    @APIResponse(responseCode = "413", description = "The upload, or what it unpacks to, is above the limits")
    public Response create(
            @Parameter(description = "The uploaded file's name: needed for a single markdown file (it gives the"
                    + " slug and date, as in Hugo), optional for archives; it names the import's source",
                    example = "2026-11-22-interesting-stuff-week-47-2026.md") @RestQuery String filename,
            InputStream body) {
        ImportRunView run = imports.importUpload(body, filename);
        return Response.created(URI.create(PATH + "/" + run.id())).entity(run).build();
    }

    @GET
    @Operation(summary = "List import runs", description = "Newest first: start-up imports and uploads, with counts.")
    @APIResponse(responseCode = "200", description = "A page of runs, with X-Total-Count and Link headers")
    public Page<ImportRunSummary> list(@BeanParam PageNumberParams paging) {
        PageRequest request = paging.request("started");
        liveness.markInterrupted();
        return imports.list(request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One import run", description = "Its counts and the outcome of each file.")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRunView.class)))
    @APIResponse(responseCode = "404", description = "No run has this id")
    public ImportRunView get(@Parameter(description = "The run's id", example = "42") @RestPath String id) {
        int runId = Parameters.intIn("id", id, 0, 1, Integer.MAX_VALUE);
        liveness.markInterrupted();
        return imports.get(runId);
    }
}
