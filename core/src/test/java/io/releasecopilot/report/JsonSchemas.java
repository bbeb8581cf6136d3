package io.releasecopilot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads the published JSON Schemas from the classpath and validates documents against them. */
final class JsonSchemas {

    static final String REPORT = "release-audit.v1.json";
    static final String SUMMARY = "release-audit-summary.v1.json";

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private JsonSchemas() {
    }

    /** Returns the schema of that file name, as packaged under io/releasecopilot/schemas/. */
    static Schema load(String name) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream("/io/releasecopilot/schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the classpath: " + name);
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the validation errors of the document, as readable lines; empty when it is valid. */
    static List<String> errors(String schemaName, JsonNode document) {
        List<Error> errors = load(schemaName).validate(document);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    static JsonNode parse(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
