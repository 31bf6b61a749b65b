package com.revops.integrations.brief;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.domain.brief.Recommendations;
import com.revops.domain.brief.WeeklyReport;
import com.revops.domain.brief.WeeklyReportData;
import com.revops.domain.credits.RouteDecision;
import com.revops.integrations.anthropic.AnthropicClient;
import com.revops.integrations.credits.CreditLedger;
import com.revops.integrations.credits.CreditRepository;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.ServiceException;

/**
 * The weekly report's recommendations: written by Claude when an Anthropic key is configured —
 * routed by the credit governor (task type {@value #TASK_TYPE}) and charged to the credit ledger —
 * else, or on any failure, the rule-based ones (SPEC §7).
 */
public final class RecommendationWriter {
    public static final String TASK_TYPE = "revenue_report";
    private static final Logger LOG = LoggerFactory.getLogger(RecommendationWriter.class);
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:\\d+[.)]|[-•*])\\s+(.+)$");

    private final Jdbi jdbi;
    private final CreditRepository credits;
    private final ZoneId zone;
    private final java.util.function.Supplier<Optional<AnthropicClient>> clients;
    private final java.util.function.Supplier<ModelNames> modelNames;

    public RecommendationWriter(Database database, ZoneId zone, Optional<AnthropicClient> client, ModelNames models) {
        this(database, zone, () -> client, () -> models);
    }

    /** {@code client}, {@code models}: as configured at each report (the operator may set a key while the app runs). */
    public RecommendationWriter(Database database, ZoneId zone, java.util.function.Supplier<Optional<AnthropicClient>> client,
                                java.util.function.Supplier<ModelNames> models) {
        this.jdbi = database.jdbi();
        this.credits = new CreditRepository(database.jdbi());
        this.zone = zone;
        this.clients = client;
        this.modelNames = models;
    }

    public Written write(WeeklyReportData data, Instant at) {
        List<String> rules = Recommendations.ruleBased(data);
        Optional<AnthropicClient> client = clients.get();
        ModelNames models = modelNames.get();
        if (client.isEmpty()) {
            return new Written(rules, "rule-based");
        }
        RouteDecision route = credits.governor().route(TASK_TYPE, credits.spentToday(at, zone), credits.spentThisMonth(at, zone));
        if (route.suspended()) {
            return new Written(rules, "rule-based: " + route.reason().orElse("AI suspended"));
        }
        try {
            AnthropicClient.Completion completion = client.get().complete(models.apiModel(route.model()), SYSTEM,
                    prompt(data, rules), 700);
            charge(route.model(), completion, "weekly_report:" + data.weekEnding(), at);
            List<String> written = parse(completion.text());
            if (written.size() < Recommendations.MIN) {
                return new Written(rules, "rule-based: Claude's answer had fewer than 3 recommendations");
            }
            return new Written(written, "written by Claude");
        } catch (ServiceException e) {
            LOG.warn("Claude could not write the recommendations; using the rule-based ones: {}", e.getMessage());
            return new Written(rules, "rule-based: " + e.getMessage());
        }
    }

    private static final String SYSTEM = "You are the revenue operations analyst of a solo founder who sells services ($997–$3,500) "
            + "and app subscriptions. Write 3 to 5 concrete, actionable recommendations for this week, each one line under 220 "
            + "characters, numbered 1., 2., … Use the numbers given; no preamble, no closing remarks.";

    static String prompt(WeeklyReportData data, List<String> ruleBased) {
        String report = WeeklyReport.render(data, ruleBased, "rule-based draft").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", "\"");
        return "This week's revenue report:\n\n" + report + "\n\nImprove on the rule-based draft: 3 to 5 recommendations.";
    }

    static List<String> parse(String text) {
        List<String> items = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = NUMBERED.matcher(line);
            if (m.matches() && !m.group(1).isBlank()) {
                items.add(m.group(1).trim());
            }
        }
        return items.subList(0, Math.min(Recommendations.MAX, items.size()));
    }

    private void charge(String model, AnthropicClient.Completion completion, String runId, Instant at) {
        new CreditLedger(jdbi).charge(TASK_TYPE, model, completion.inputTokens(), completion.outputTokens(), runId, at);
    }

    /** The recommendations and who wrote them. */
    public record Written(List<String> recommendations, String source) {
    }

    /** Maps the routing table's model names (haiku, sonnet, opus) to API model ids; configurable. */
    public record ModelNames(String haiku, String sonnet, String opus) {
        public static final ModelNames DEFAULTS = new ModelNames("claude-haiku-4-5", "claude-sonnet-4-5", "claude-opus-4-1");

        public String apiModel(String routed) {
            return switch (routed.toLowerCase(java.util.Locale.ROOT)) {
                case "haiku" -> haiku;
                case "sonnet" -> sonnet;
                case "opus" -> opus;
                default -> routed;
            };
        }
    }

}
