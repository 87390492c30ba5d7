package dev.roundup.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The Kubernetes manifests that `./mvnw package` writes (Quarkus's Kubernetes extension): runs after packaging, in
 * the verify phase, and reads them as a cluster would.
 */
class KubernetesManifestsIT {

    private static final Path MANIFESTS = Path.of("target/kubernetes/kubernetes.yml");
    private static List<JsonNode> resources;

    @BeforeAll
    static void read() throws IOException {
        assertThat(MANIFESTS).as("written by ./mvnw package").exists();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (MappingIterator<JsonNode> documents = yaml.readerFor(JsonNode.class)
                .readValues(Files.readString(MANIFESTS))) {
            resources = new ArrayList<>(documents.readAll());
        }
    }

    @Test
    void the_deployment_probes_readiness_and_liveness_through_smallrye_health() {
        JsonNode container = container();
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/readinessProbe/httpGet/port").asInt()).isEqualTo(8080);
    }

    @Test
    void the_deployment_has_requests_and_limits_and_container_jvm_options() {
        JsonNode container = container();
        assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("512Mi");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("768Mi");
        assertThat(container.at("/resources/requests/cpu").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/cpu").asText()).isNotBlank();
        assertThat(env(container, "JAVA_OPTS_APPEND")).hasValueSatisfying(
                options -> assertThat(options).contains("-XX:MaxRAMPercentage=").contains("-XX:+ExitOnOutOfMemoryError"));
        assertThat(container.at("/image").asText()).startsWith("roundup/roundup-api:");
    }

    @Test
    void settings_come_from_a_config_map_and_secrets_from_secrets() {
        JsonNode container = container();
        assertThat(container.at("/envFrom/0/configMapRef/name").asText()).isEqualTo("roundup-config");
        JsonNode configMap = resource("ConfigMap", "roundup-config");
        assertThat(configMap.at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText()).startsWith("jdbc:postgresql://");
        JsonNode password = StreamSupport.stream(container.get("env").spliterator(), false)
                .filter(variable -> variable.get("name").asText().equals("QUARKUS_DATASOURCE_PASSWORD")).findFirst()
                .orElseThrow();
        assertThat(password.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("roundup-database");
        assertThat(env(container, "MP_JWT_VERIFY_PUBLICKEY_LOCATION")).contains("file:/etc/roundup/editor-key/public.pem");
        assertThat(container.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/etc/roundup/editor-key");
        JsonNode volume = deployment().at("/spec/template/spec/volumes/0");
        assertThat(volume.at("/name").asText()).isEqualTo(container.at("/volumeMounts/0/name").asText());
        assertThat(volume.at("/secret/secretName").asText()).isEqualTo("roundup-editor-key");
    }

    @Test
    void a_service_and_an_autoscaler_point_at_the_deployment() {
        JsonNode service = resource("Service", "roundup-api");
        assertThat(service.at("/spec/ports/0/targetPort").asInt()).isEqualTo(8080);
        assertThat(service.at("/spec/selector")).isEqualTo(deployment().at("/spec/selector/matchLabels"));
        assertThat(service.at("/spec/selector").has("app.kubernetes.io/version")).as("upgrades keep the selector")
                .isFalse();
        JsonNode autoscaler = resource("HorizontalPodAutoscaler", "roundup-api");
        assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo("roundup-api");
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(autoscaler.at("/spec/maxReplicas").asInt()).isGreaterThan(autoscaler.at("/spec/minReplicas").asInt());
    }

    @Test
    void no_migration_job_or_operator_resource_is_needed() {
        assertThat(resources).extracting(resource -> resource.get("kind").asText())
                .containsExactlyInAnyOrder("ConfigMap", "Service", "Deployment", "HorizontalPodAutoscaler");
    }

    private static JsonNode deployment() {
        return resource("Deployment", "roundup-api");
    }

    private static JsonNode container() {
        return deployment().at("/spec/template/spec/containers/0");
    }

    private static JsonNode resource(String kind, String name) {
        return resources.stream().filter(resource -> resource.get("kind").asText().equals(kind))
                .filter(resource -> resource.at("/metadata/name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + MANIFESTS));
    }

    private static Optional<String> env(JsonNode container, String name) {
        return StreamSupport.stream(container.get("env").spliterator(), false)
                .filter(variable -> variable.get("name").asText().equals(name))
                .map(variable -> variable.path("value").asText()).findFirst();
    }
}
