package com.revops.app.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.revops.app.AppServices;

/** What a CLI command runs with: the services, the output and the global flags. */
public record CliSession(AppServices services, PrintWriter out, PrintWriter err, boolean json, boolean dryRun) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** Prints a JSON document (money and rates as JSON numbers, SPEC §5). */
    public void printJson(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }

    public static ObjectMapper mapper() {
        return JSON;
    }
}
