package com.revops.app;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;

import java.util.Optional;

import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.analytics.SourcePull;
import com.revops.integrations.analytics.SourceReport;
import com.revops.integrations.anthropic.AnthropicClient;
import com.revops.integrations.approvals.ChatApprovals;
import com.revops.integrations.brief.RecommendationWriter;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.Pause;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.outreach.OutreachRedrafter;
import com.revops.integrations.secrets.ServiceCredentials;
import com.revops.integrations.sync.SyncServices;
import com.revops.scheduler.ApprovalDigestTime;
import com.revops.scheduler.SchedulerContext;
import com.revops.scheduler.SourceSync;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.DryRunTransaction;
import com.revops.integrations.notify.DryRunMessages;
import com.revops.integrations.db.DatabaseException;
import com.revops.integrations.settings.SettingsRepository;

/**
 * The wiring of one run of the app: environment, clock, time zone and the database (opened on
 * first use). The CLI and the console build the same services from it.
 */
public final class AppServices implements AutoCloseable, SchedulerContext {
    private final RevopsEnvironment environment;
    private final Clock clock;
    /** Never null: REVOPS_TZ (or the caller's zone), else the system's until the stored setting has been read. */
    private ZoneId zone;
    /** True once {@link #zone} is final: given explicitly, or the stored setting has been read. */
    private boolean zoneSettled;
    private final java.util.function.Supplier<Database> opener;
    private Database database;
    private final boolean ownsDatabase;
    private ServiceCredentials credentials;
    private DryRunTransaction dryRun;
    private DryRunMessages dryRunMessages;

    /** {@code zone}: the operator's zone when known (REVOPS_TZ); empty to read the stored setting when first needed. */
    public AppServices(RevopsEnvironment environment, Clock clock, Optional<ZoneId> zone, java.util.function.Supplier<Database> opener) {
        this.environment = environment;
        this.clock = clock;
        this.zone = zone.orElse(ZoneId.systemDefault());
        this.zoneSettled = zone.isPresent();
        this.opener = opener;
        this.ownsDatabase = true;
    }

    private AppServices(RevopsEnvironment environment, Clock clock, ZoneId zone, Database database) {
        this.environment = environment;
        this.clock = clock;
        this.zone = zone;
        this.zoneSettled = true;
        this.opener = () -> database;
        this.database = database;
        this.ownsDatabase = false;
    }

    /** Services on a database opened elsewhere (tests, the console's shared connection); closing them leaves it open. */
    public static AppServices onDatabase(RevopsEnvironment environment, Clock clock, ZoneId zone, Database database) {
        return new AppServices(environment, clock.withZone(zone), zone, database);
    }

    /**
     * Services on the configured database (embedded default, or REVOPS_DB_URL). The time zone is
     * REVOPS_TZ when set; otherwise it is read from Settings ({@code revops_settings.time_zone}) when
     * first asked for, falling back to the system's (docs/decisions/0015-time-zone-setting.md).
     */
    public static AppServices forEnvironment(RevopsEnvironment environment, Clock clock) {
        Optional<ZoneId> explicit = environment.get("REVOPS_TZ").isPresent() ? Optional.of(environment.zone()) : Optional.empty();
        return new AppServices(environment, clock.withZone(explicit.orElse(ZoneId.systemDefault())), explicit,
                () -> Database.open(environment.databaseSettings()));
    }

    /** This copy of the app in the scheduler cluster: host and process. */
    public static String instanceId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    public RevopsEnvironment environment() {
        return environment;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** The operator's time zone: REVOPS_TZ, else the stored setting (opens the database on first use), else the system's. */
    @Override
    public synchronized ZoneId zone() {
        if (!zoneSettled) {
            try {
                zone = new SettingsRepository(database().jdbi()).timeZone().orElse(zone);
                zoneSettled = true;
            } catch (DatabaseException e) {
                return zone; // the system's; the setting is read once the database answers
            }
        }
        return zone;
    }

    /** Where the time zone comes from, for Settings: "REVOPS_TZ", "setting" or "system". */
    public String zoneSource() {
        if (environment.get("REVOPS_TZ").isPresent()) {
            return "REVOPS_TZ";
        }
        try {
            return new SettingsRepository(database().jdbi()).timeZone().isPresent() ? "setting" : "system";
        } catch (DatabaseException e) {
            return "system";
        }
    }

    @Override
    public synchronized Database database() {
        if (dryRun != null) {
            return dryRun.database();
        }
        return realDatabase();
    }

    private synchronized Database realDatabase() {
        if (database == null) {
            database = opener.get();
        }
        return database;
    }

    /**
     * {@code --dry-run} (SPEC §5): from now on every write goes to one transaction that {@link #close()}
     * rolls back, messages are noted in {@link #dryRunMessages()} instead of being sent, and no external
     * service is called (the weekly report's recommendations are the rule-based ones).
     * docs/decisions/0027-dry-run.md.
     */
    public synchronized void startDryRun() {
        if (dryRun == null) {
            dryRun = DryRunTransaction.begin(realDatabase());
            dryRunMessages = new DryRunMessages();
        }
    }

    public synchronized Optional<DryRunTransaction> dryRun() {
        return Optional.ofNullable(dryRun);
    }

    /** The messages this dry run would have queued for Telegram; empty outside a dry run. */
    public synchronized java.util.List<DryRunMessages.Message> dryRunMessages() {
        return dryRunMessages == null ? java.util.List.of() : dryRunMessages.list();
    }

    /** Keys and settings of the external services: environment first, then the keychain or the owner-only file. */
    public synchronized ServiceCredentials credentials() {
        if (credentials == null) {
            credentials = new ServiceCredentials(environment, ServiceCredentials.defaultStore(environment));
        }
        return credentials;
    }

    /** Alerts, the outbox and Telegram delivery. */
    @Override
    public synchronized Notifier notifier() {
        if (dryRun != null) {
            return Notifier.dryRun(database(), zone(), credentials().telegram(), dryRunMessages);
        }
        return new Notifier(database(), zone(), credentials().telegram(), Pause.REAL);
    }

    /** The weekly report's recommendations, by Claude when a key is configured. */
    @Override
    public RecommendationWriter recommendationWriter() {
        return new RecommendationWriter(database(), zone(), anthropic(), modelNames());
    }

    /** "Redraft with AI" for outreach messages, by Claude when a key is configured (SPEC §7). */
    public OutreachRedrafter outreachRedrafter() {
        return new OutreachRedrafter(database(), zone(), anthropic(), modelNames());
    }

    private Optional<AnthropicClient> anthropic() {
        if (dryRun().isPresent()) {
            return Optional.empty(); // a dry run calls no external service
        }
        ServiceCredentials c = credentials();
        return c.apiKey("anthropic")
                .map(key -> new AnthropicClient(HttpClients.shared(), c.apiBase("anthropic", AnthropicClient.DEFAULT_API_BASE), key));
    }

    /** The routing table's model names mapped to API model ids; each can be overridden in Settings. */
    private RecommendationWriter.ModelNames modelNames() {
        ServiceCredentials c = credentials();
        RecommendationWriter.ModelNames defaults = RecommendationWriter.ModelNames.DEFAULTS;
        return new RecommendationWriter.ModelNames(
                c.get("anthropic.model.haiku").orElse(defaults.haiku()),
                c.get("anthropic.model.sonnet").orElse(defaults.sonnet()),
                c.get("anthropic.model.opus").orElse(defaults.opus()));
    }

    /** The 00:15 job: pull each configured analytics source and write yesterday's funnel snapshot. */
    @Override
    public SourceSync sourceSync() {
        return asOf -> {
            java.time.LocalDate day = asOf.atZone(zone()).toLocalDate().minusDays(1);
            java.util.List<SourceReport> reports = new SourcePull(database(), zone(),
                    new AnalyticsSources(credentials(), HttpClients.shared())).pull(day);
            return reports.stream().map(r -> r.source() + ": " + r.outcome().name().toLowerCase(java.util.Locale.ROOT)
                    + (r.message().isBlank() ? "" : " (" + r.message() + ")")).collect(java.util.stream.Collectors.joining("; "));
        };
    }

    /** The services {@code --sync} and "Test connection" pull from, as configured now. */
    @Override
    public SyncServices syncServices() {
        return new SyncServices(credentials(), HttpClients.shared(), Pause.REAL);
    }

    /** The outside services as configured now (environment first, then Settings). */
    @Override
    public AnalyticsSources sources() {
        return new AnalyticsSources(credentials(), HttpClients.shared());
    }

    /** The approval chat (issue 17) on this app's database, Telegram settings and secrets. */
    @Override
    public Optional<ChatApprovals> chatApprovals() {
        return Optional.of(new ChatApprovals(database(), zone(), clock, notifier(), credentials(), this::sources, Pause.REAL));
    }

    /** REVOPS_APPROVAL_DIGEST_AT (or the same setting stored with the others), else 08:00. */
    @Override
    public LocalTime approvalDigestAt() {
        return ApprovalDigestTime.parse(credentials().get(ApprovalDigestTime.SETTING));
    }

    public synchronized boolean isDatabaseOpen() {
        return database != null;
    }

    @Override
    public synchronized void close() {
        if (dryRun != null) {
            try {
                dryRun.close();
            } finally {
                dryRun = null;
            }
        }
        if (database != null && ownsDatabase) {
            database.close();
        }
        database = null;
    }
}
