package com.revops.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.revops.app.App;

/** What a CLI command runs with: the services, the output and the global flags. */
public record CliSession(App services, PrintWriter out, PrintWriter err, boolean json, boolean dryRun) {
    /** Made when first used: a call without {@code --json} never loads Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** Prints a JSON document (money and rates as JSON numbers, SPEC §5); in a dry run with what it would write and queue. */
    public void printJson(Object value) {
        if (dryRun && value instanceof Map<?, ?> map) {
            Map<Object, Object> document = new LinkedHashMap<>(map);
            document.put("dry_run", DryRunReport.of(services).json());
            value = document;
        }
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }

    /**
     * A Telegram message (brief, report) and what became of it: as JSON, {@code fields} followed by
     * {@code text} and {@code delivery}; as text, the message as the operator will read it, then the
     * delivery in brackets.
     */
    public void printMessage(Map<String, Object> fields, String text, String delivery) {
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>(fields);
            document.put("text", text);
            document.put("delivery", delivery);
            printJson(document);
        } else {
            // a dry run shows the messages it would queue after the command; the text is printed here only when it would not be queued
            if (!dryRun || services.dryRunMessages().stream().noneMatch(m -> m.text().equals(text))) {
                out.println(text);
                out.println();
            }
            out.println("(" + delivery + ")");
        }
    }

    public static ObjectMapper mapper() {
        return Json.MAPPER;
    }
}
