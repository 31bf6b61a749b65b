package com.revops.integrations.outreach;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.domain.credits.RouteDecision;
import com.revops.domain.outreach.MessageLimit;
import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.anthropic.AnthropicClient;
import com.revops.integrations.brief.RecommendationWriter;
import com.revops.integrations.credits.CreditLedger;
import com.revops.integrations.credits.CreditRepository;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.ServiceException;

/**
 * "Redraft with AI" for a DM, LinkedIn message or Upwork proposal (SPEC §7): Claude writes a new
 * version within the channel's {@link MessageLimit}. The call is routed by the credit governor
 * (task type {@value #TASK_TYPE}): when that is suspended nothing is called; a call that answers
 * is charged to the credit ledger; a failed call is charged nothing and throws
 * {@link ServiceException}. The new text is only proposed — the operator decides what to keep.
 */
public final class OutreachRedrafter {
    public static final String TASK_TYPE = "draft_generation";
    /** What the operator is told when no Anthropic key is configured. */
    public static final String NO_KEY = "Add an Anthropic API key in Settings to redraft with AI";
    private static final Logger LOG = LoggerFactory.getLogger(OutreachRedrafter.class);

    private final Database database;
    private final ZoneId zone;
    private final java.util.function.Supplier<Optional<AnthropicClient>> clients;
    private final java.util.function.Supplier<RecommendationWriter.ModelNames> modelNames;

    public OutreachRedrafter(Database database, ZoneId zone, Optional<AnthropicClient> client, RecommendationWriter.ModelNames models) {
        this(database, zone, () -> client, () -> models);
    }

    /** {@code client}, {@code models}: as configured at each redraft (the operator may set a key while the app runs). */
    public OutreachRedrafter(Database database, ZoneId zone, java.util.function.Supplier<Optional<AnthropicClient>> client,
                             java.util.function.Supplier<RecommendationWriter.ModelNames> models) {
        this.database = database;
        this.zone = zone;
        this.clients = client;
        this.modelNames = models;
    }

    /** True when an Anthropic key is configured. */
    public boolean available() {
        return clients.get().isPresent();
    }

    /** A new version of {@code currentText} for {@code pending}'s recipient or job, or why none was written. */
    public Redraft redraft(PendingItem pending, String currentText, Instant at) {
        Optional<AnthropicClient> client = clients.get();
        RecommendationWriter.ModelNames models = modelNames.get();
        if (client.isEmpty()) {
            return new Redraft.NotWritten(NO_KEY);
        }
        CreditRepository credits = new CreditRepository(database.jdbi());
        RouteDecision route = credits.governor().route(TASK_TYPE, credits.spentToday(at, zone), credits.spentThisMonth(at, zone));
        if (route.suspended()) {
            return new Redraft.NotWritten("AI redrafts are paused: " + route.reason().orElse("the credit governor suspended them"));
        }
        OutreachItem item = pending.item();
        MessageLimit limit = item.limit();
        AnthropicClient.Completion completion;
        try {
            completion = client.get().complete(models.apiModel(route.model()), RedraftPrompt.system(limit),
                    RedraftPrompt.user(pending, currentText), RedraftPrompt.maxTokens(limit));
        } catch (ServiceException e) {
            LOG.warn("Redraft of outreach item {} failed: {}", item.id(), e.getMessage());
            throw e;
        }
        var cost = new CreditLedger(database.jdbi()).charge(TASK_TYPE, route.model(), completion.inputTokens(),
                completion.outputTokens(), "outreach_redraft:" + item.id(), at);
        return new Redraft.Written(RedraftPrompt.clean(completion.text()), route.model(), cost);
    }

    /** The outcome of a redraft. */
    public sealed interface Redraft {
        /** Claude's version, the routed model and what the call cost (empty when the model has no price). */
        record Written(String text, String model, Optional<java.math.BigDecimal> cost) implements Redraft {
        }

        /** No call was made: no key, or the governor suspended the task type. */
        record NotWritten(String reason) implements Redraft {
        }
    }
}
