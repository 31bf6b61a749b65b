package com.revops.integrations.analytics;

import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.integrations.http.ServiceException;

/**
 * The Graph API answers a bad token and throttling with HTTP 400 and an error code in {@code
 * {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}}: those become the matching
 * {@link ServiceException}; any other 400 is left to {@link ServiceCall#text}.
 */
final class GraphErrors {
    /** Graph API error codes of a bad or expired token (answered with HTTP 400, not 401). */
    private static final Set<Integer> TOKEN_ERRORS = Set.of(102, 190);
    /** Graph API throttling codes (also HTTP 400): retry later. */
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613, 80000, 80004);
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphErrors() {
    }

    /** Throws for a 400 that means a bad token or throttling; returns for anything else. */
    static void check(ServiceCall call, ServiceCall.Reply reply) {
        if (reply.status() != 400) {
            return;
        }
        JsonNode error;
        try {
            error = JSON.readTree(reply.text()).path("error");
        } catch (JsonProcessingException e) {
            return;
        }
        int code = error.path("code").asInt(-1);
        if (TOKEN_ERRORS.contains(code)) {
            throw call.refusedKey("Graph API error " + code);
        }
        if (THROTTLED.contains(code)) {
            throw new ServiceException(call.service(), "is limiting requests (Graph API error " + code + ") — try again later", true);
        }
    }
}
