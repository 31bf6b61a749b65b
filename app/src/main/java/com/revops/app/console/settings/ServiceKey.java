package com.revops.app.console.settings;

import java.util.List;
import java.util.regex.Pattern;

import com.revops.domain.common.InvalidInputException;

/**
 * A key or setting of an external service as Settings edits it: its name in the secret store
 * (and so its environment variable, REVOPS_…), whether it is a secret (never shown), and its format.
 */
public record ServiceKey(String service, String name, String label, boolean secret, Pattern format, String example) {
    private static final Pattern TOKEN = Pattern.compile("\\S{8,}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    public static final List<ServiceKey> ALL = List.of(
            new ServiceKey("Telegram", "telegram.bot_token", "Bot token", true, Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}"),
                    "123456789:AA… from @BotFather"),
            new ServiceKey("Telegram", "telegram.chat_id", "Chat id", false, Pattern.compile("-?\\d{3,}|@[A-Za-z0-9_]{5,}"),
                    "-1001234567890 or @channel"),
            new ServiceKey("Telegram", "telegram.approvers", "Approvers (group chat)", false,
                    Pattern.compile("\\d{1,19}([,\\s]+\\d{1,19})*"), "123456789, 987654321: the user ids allowed to approve"),
            new ServiceKey("Anthropic", "anthropic.api_key", "API key", true, TOKEN, "sk-ant-…"),
            new ServiceKey("PostHog", "posthog.api_key", "Personal API key", true, TOKEN, "phx_…"),
            new ServiceKey("PostHog", "posthog.project_id", "Project id", false, ID, "12345"),
            new ServiceKey("RevenueCat", "revenuecat.api_key", "Secret API key (v2)", true, TOKEN, "sk_…"),
            new ServiceKey("RevenueCat", "revenuecat.project_id", "Project id", false, ID, "proj1a2b3c"),
            new ServiceKey("Superwall", "superwall.api_key", "API key", true, TOKEN, "an organization key with data:read"),
            new ServiceKey("Superwall", "superwall.organization_id", "Organization id", false, ID, "1234"),
            new ServiceKey("Meta Ads", "meta.api_key", "Access token", true, TOKEN, "a token with ads_read"),
            new ServiceKey("Meta Ads", "meta.ad_account_id", "Ad account id", false, Pattern.compile("(act_)?\\d{5,}"), "act_1234567890"),
            new ServiceKey("Meta Ads", "meta.lookalike_audience_id", "Lookalike audience id", false, Pattern.compile("\\d{5,}"),
                    "23851234567890123"),
            new ServiceKey("Stripe", "stripe.api_key", "Secret or restricted key", true, Pattern.compile("(sk|rk)_(live|test)_\\S{8,}"),
                    "rk_live_… with read access"),
            new ServiceKey("Resend", "resend.api_key", "API key", true, Pattern.compile("re_\\S{8,}"), "re_…"),
            new ServiceKey("Resend", "resend.from", "From", false, Pattern.compile(".{0,80}<?[^\\s<>@]+@[^\\s<>@]+\\.[^\\s<>@]+>?"),
                    "RevOps <hello@yourdomain.com>"));

    /** The {@code --sync} source a service is tested as ("Test connection"); empty for Telegram (its own test) and Anthropic. */
    public java.util.Optional<String> source() {
        return java.util.Optional.ofNullable(switch (service) {
            case "PostHog" -> "posthog";
            case "RevenueCat" -> "revenuecat";
            case "Superwall" -> "superwall";
            case "Meta Ads" -> "meta";
            case "Stripe" -> "stripe";
            case "Resend" -> "resend";
            default -> null;
        });
    }

    /** The environment variable that overrides the stored value. */
    public String environmentVariable() {
        return com.revops.integrations.secrets.ServiceCredentials.envName(name);
    }

    /** The trimmed value, or a refusal naming the field. */
    public String check(String value) {
        String v = value == null ? "" : value.strip();
        if (!format.matcher(v).matches()) {
            throw new InvalidInputException(service + " " + label.toLowerCase(java.util.Locale.ROOT),
                    secret ? "does not look right (expected " + example + ")" : "'" + v + "' does not look right (expected " + example + ")");
        }
        return v;
    }
}
