package com.revops.integrations.revenue;

import static com.revops.integrations.revenue.ContactStateSql.OPEN_STAGES;
import static com.revops.integrations.revenue.ContactStateSql.STATE_CTE;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Stage;
import com.revops.domain.forecast.CallsForecast;
import com.revops.domain.forecast.CallsForecast.Called;
import com.revops.domain.forecast.DealCall;
import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.ForecastInputs;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The operator's calls on open deals ({@code revops_forecast_calls}, one per contact): commit, upside or out, beside
 * the model's probability (docs/decisions/0075-the-operators-calls.md), and the forecast with them applied.
 */
public final class ForecastCalls {
    public static final String FIELD = "CONTACT";

    private final Jdbi jdbi;

    public ForecastCalls(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Sets (or with an empty call, clears) the call on the contact given by uuid or external id. Only an open
     * contact takes a call; an unknown or closed one is refused and nothing changes.
     */
    public Change set(String contact, Optional<DealCall> call, Instant now) {
        return DatabaseErrors.inTransaction(jdbi, "Saving your call", h -> write(h, find(h, contact), call, now));
    }

    /** The same for a contact the console shows (by its uuid). */
    public Change set(UUID contact, Optional<DealCall> call, Instant now) {
        return DatabaseErrors.inTransaction(jdbi, "Saving your call", h -> write(h, find(h, contact.toString()), call, now));
    }

    private static Change write(Handle h, Target t, Optional<DealCall> call, Instant now) {
        if (!t.stage().isOpen() && call.isPresent()) {
            throw new InvalidInputException(FIELD, t.name() + " is " + t.stage().code() + ": a call is for an open deal");
        }
        if (call.isPresent()) {
            h.createUpdate("""
                            INSERT INTO revops_forecast_calls (contact_id, call, updated_at) VALUES (:id, :call, :now)
                            ON CONFLICT (contact_id) DO UPDATE SET call = excluded.call, updated_at = excluded.updated_at""")
                    .bind("id", t.id()).bind("call", call.get().code()).bind("now", SqlTime.bind(now)).execute();
        } else {
            h.createUpdate("DELETE FROM revops_forecast_calls WHERE contact_id = :id").bind("id", t.id()).execute();
        }
        return new Change(t.id(), t.name(), t.previous(), call);
    }

    private static Target find(Handle h, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException(FIELD, "is required (a contact's uuid or external id)");
        }
        UUID uuid = null;
        try {
            uuid = UUID.fromString(ref.strip());
        } catch (IllegalArgumentException notAUuid) {
            // an external id
        }
        return h.createQuery("""
                        SELECT c.id, coalesce(c.name, c.handle, c.external_id, c.id::text) AS name, c.stage, f.call
                          FROM crm_contacts c
                          LEFT JOIN revops_forecast_calls f ON f.contact_id = c.id
                         WHERE c.external_id = :ref OR c.id = :uuid
                         ORDER BY (c.external_id = :ref) DESC LIMIT 1
                           FOR UPDATE OF c""")
                .bind("ref", ref.strip()).bind("uuid", uuid)
                .map((rs, ctx) -> new Target(rs.getObject("id", UUID.class), rs.getString("name"), Stage.fromCode(rs.getString("stage")).orElseThrow(),
                        Optional.ofNullable(rs.getString("call")).flatMap(DealCall::fromCode)))
                .findOne()
                .orElseThrow(() -> new InvalidInputException(FIELD, "no contact with id or external id '" + ref.strip() + "'"));
    }

    /** Every call, by contact. */
    public Map<UUID, DealCall> all() {
        return DatabaseErrors.withHandle(jdbi, "Reading your calls", h -> {
            Map<UUID, DealCall> calls = new LinkedHashMap<>();
            h.createQuery("SELECT contact_id, call FROM revops_forecast_calls ORDER BY updated_at, contact_id")
                    .map((rs, ctx) -> calls.put(rs.getObject("contact_id", UUID.class), DealCall.fromCode(rs.getString("call")).orElseThrow()))
                    .list();
            return calls;
        });
    }

    /** The calls on contacts open at as_of, each with the group it sits in then (stage, offer, whole days in stage). */
    public List<Called> open(Instant asOf) {
        return DatabaseErrors.withHandle(jdbi, "Reading your calls", h -> h.createQuery("WITH " + STATE_CTE + """
                         SELECT f.call, s.stage, s.offer_tag,
                                floor(greatest(0, extract(epoch FROM (CAST(:asOf AS timestamptz) - s.entered_at)) / 86400))::bigint AS days
                           FROM revops_forecast_calls f
                           JOIN state s ON s.id = f.contact_id
                          WHERE s.stage IN""" + " " + OPEN_STAGES)
                .bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> new Called(DealCall.fromCode(rs.getString("call")).orElseThrow(), Stage.fromCode(rs.getString("stage")).orElseThrow(),
                        Optional.ofNullable(rs.getString("offer_tag")), rs.getLong("days")))
                .list());
    }

    /** The forecast with the calls on the contacts open at its as_of applied ("model + your calls"). */
    public CallsForecast.WithCalls apply(Forecast model, ForecastInputs inputs) {
        return CallsForecast.of(model, inputs, open(model.asOf()));
    }

    /** What a call change did: the contact, its call before and after (empty = none). */
    public record Change(UUID contactId, String name, Optional<DealCall> before, Optional<DealCall> after) {
    }

    private record Target(UUID id, String name, Stage stage, Optional<DealCall> previous) {
    }
}
