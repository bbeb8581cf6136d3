package io.releasecopilot.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates documents against docs/schemas/health.v1.json as packaged by the core. */
final class HealthSchema {

    private static final Schema SCHEMA = load();

    private HealthSchema() {
    }

    /** Returns the validation errors, empty when the document is valid. */
    static List<String> errors(JsonNode document) {
        return SCHEMA.validate(document).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = HealthSchema.class.getResourceAsStream("/io/releasecopilot/schemas/health.v1.json")) {
            if (in == null) {
                throw new IllegalStateException("health.v1.json is not on the class path");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
