package com.revops.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.forecast.DealCall;
import com.revops.integrations.revenue.ForecastCalls;

/**
 * {@code --call CONTACT commit|upside|out|clear}: the operator's read on an open deal, beside the model's probability
 * (docs/decisions/0075-the-operators-calls.md); {@code --forecast} then shows "model" and "model + your calls".
 */
final class CallCommand implements CliAction {
    static final String FIELD = "--call";

    private final String contact;
    private final String call;

    CallCommand(String contact, String call) {
        this.contact = contact;
        this.call = call;
    }

    @Override
    public int run(CliSession session) {
        Optional<DealCall> parsed = "clear".equalsIgnoreCase(call.strip()) ? Optional.empty() : Optional.of(DealCall.parse(FIELD, call));
        ForecastCalls.Change change = session.services().stores().forecastCalls()
                .set(contact, parsed, session.services().clock().instant());
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("contact", contact.strip());
            json.put("name", change.name());
            json.put("call", change.after().map(DealCall::code).orElse(null));
            json.put("before", change.before().map(DealCall::code).orElse(null));
            session.printJson(json);
        } else {
            String was = change.before().map(b -> " (was " + b.code() + ")").orElse("");
            session.out().println(change.after().map(a -> "Your call on " + change.name() + ": " + a.code() + was)
                    .orElse("Cleared your call on " + change.name() + was));
        }
        return ExitCode.OK;
    }
}
