package com.revops.app;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.approvals.ChatApprovals;
import com.revops.integrations.brief.RecommendationWriter;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.DryRunTransaction;
import com.revops.integrations.headline.Headlines;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.Pause;
import com.revops.integrations.notify.DryRunMessages;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.outreach.OutreachRedrafter;
import com.revops.integrations.secrets.ServiceCredentials;
import com.revops.integrations.stores.Stores;
import com.revops.integrations.sync.SyncServices;
import com.revops.scheduler.context.ApprovalDigestTime;
import com.revops.scheduler.context.SchedulerContext;
import com.revops.scheduler.context.SourceSync;

/**
 * The composition root: one run of the app, built once at start from the environment and a clock.
 * Configuration is resolved here once (the time zone, the credentials' store); each long-lived
 * service (the database, the notifier, the AI writers, the approval chat) is made here once, on
 * first use — a CLI call starts only what it uses — and stopped by {@link #close()} in the reverse
 * order. Everything else receives what it uses from here; only this class reads the system clock
 * (docs/decisions/0055-one-composition-root.md).
 */
public final class App implements AutoCloseable, SchedulerContext {
    private final RevopsEnvironment environment;
    private final Clock clock;
    private final Clock wallClock;
    private final Started<Database> database;
    private final Optional<DryRun> dryRun;
    private final OperatorZone zone;
    private final Started<ServiceCredentials> credentials;
    private final ClaudeConnection claude;
    private final Started<Notifier> notifier;
    private final Started<RecommendationWriter> recommendationWriter;
    private final Started<OutreachRedrafter> outreachRedrafter;
    private final Started<ChatApprovals> chatApprovals;
    private final Stores stores;
    /** What has started, newest first: {@link #close()} stops it in this order. */
    private final Deque<Service> running = new ArrayDeque<>();

    /** A dry run's transaction and the messages it would have queued (SPEC §5). */
    private record DryRun(DryRunTransaction transaction, DryRunMessages messages) {
    }

    private App(RevopsEnvironment environment, Clock clock, Supplier<Database> opener, boolean ownsDatabase, Optional<ZoneId> explicitZone) {
        this.environment = environment;
        this.clock = clock;
        this.wallClock = Clock.systemUTC();
        this.database = new Started<>(opener, ownsDatabase ? Database::close : db -> { }, this::running);
        this.dryRun = Optional.empty();
        this.stores = new Stores(database);
        this.zone = new OperatorZone(explicitZone, () -> stores.settings().timeZone());
        this.credentials = new Started<>(() -> new ServiceCredentials(environment, ServiceCredentials.defaultStore(environment)),
                c -> { }, this::running);
        this.claude = new ClaudeConnection(credentials, HttpClients.shared());
        this.notifier = new Started<>(() -> new Notifier(database.get(), zone(), () -> credentials().telegram(), wallClock, Pause.REAL),
                n -> { }, this::running);
        this.recommendationWriter = new Started<>(() -> new RecommendationWriter(database.get(), zone(), claude, claude::modelNames),
                w -> { }, this::running);
        this.outreachRedrafter = new Started<>(() -> new OutreachRedrafter(database.get(), zone(), claude, claude::modelNames),
                r -> { }, this::running);
        this.chatApprovals = new Started<>(this::newChatApprovals, c -> { }, this::running);
    }

    /** The same app in a dry run: its writes go to one transaction that {@link #close()} rolls back; nothing leaves the machine. */
    private App(App real) {
        this.environment = real.environment;
        this.clock = real.clock;
        this.wallClock = real.wallClock;
        DryRun run = new DryRun(DryRunTransaction.begin(real.database.get()), new DryRunMessages());
        this.dryRun = Optional.of(run);
        this.database = new Started<>(() -> run.transaction().database(), db -> run.transaction().close(), this::running);
        this.database.start(); // the transaction is open: close() must roll it back
        this.stores = new Stores(database);
        this.zone = real.zone;
        this.credentials = real.credentials;
        this.claude = ClaudeConnection.none(credentials); // a dry run calls no external service
        this.notifier = new Started<>(() -> Notifier.dryRun(database.get(), zone(), () -> credentials().telegram(), wallClock, run.messages()),
                n -> { }, this::running);
        this.recommendationWriter = new Started<>(() -> new RecommendationWriter(database.get(), zone(), claude, claude::modelNames),
                w -> { }, this::running);
        this.outreachRedrafter = new Started<>(() -> new OutreachRedrafter(database.get(), zone(), claude, claude::modelNames),
                r -> { }, this::running);
        this.chatApprovals = new Started<>(this::newChatApprovals, c -> { }, this::running);
    }

    /** The wall clock of this machine, in {@code zone}: the one place the app reads the system's time. */
    public static Clock systemClock(ZoneId zone) {
        return Clock.system(zone);
    }

    /** The app on a database opened elsewhere (tests, the console's shared connection); closing it leaves the database open. */
    public static App onDatabase(RevopsEnvironment environment, Clock clock, ZoneId zone, Database database) {
        return new App(environment, clock.withZone(zone), () -> database, false, Optional.of(zone));
    }

    /** The app on a database it opens on first use and closes with itself (tests: a database role of their own). */
    public static App opening(RevopsEnvironment environment, Clock clock, ZoneId zone, Supplier<Database> opener) {
        return new App(environment, clock, opener, true, Optional.of(zone));
    }

    /**
     * The app on the configured database (embedded default, or REVOPS_DB_URL), opened on first use. The
     * time zone is REVOPS_TZ when set; otherwise the stored setting, read once when first asked for, else
     * the system's (docs/decisions/0015-time-zone-setting.md).
     */
    public static App forEnvironment(RevopsEnvironment environment, Clock clock) {
        return forEnvironment(environment, clock, Database.Connections.POOL);
    }

    /** As {@link #forEnvironment(RevopsEnvironment, Clock)}; a CLI call asks for {@link Database.Connections#ONE}. */
    public static App forEnvironment(RevopsEnvironment environment, Clock clock, Database.Connections connections) {
        Optional<ZoneId> explicit = environment.get("REVOPS_TZ").isPresent() ? Optional.of(environment.zone()) : Optional.empty();
        return new App(environment, clock.withZone(explicit.orElse(ZoneId.systemDefault())),
                () -> Database.open(environment.databaseSettings(), connections), true, explicit);
    }

    /**
     * {@code --dry-run} (SPEC §5): this app with every write going to one transaction that closing the
     * returned app rolls back, messages noted in {@link #dryRunMessages()} instead of being sent, and no
     * external service called (the weekly report's recommendations are the rule-based ones).
     * docs/decisions/0027-dry-run.md.
     */
    public App inDryRun() {
        return new App(this);
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

    private synchronized void running(Service service) {
        running.push(service);
    }

    public RevopsEnvironment environment() {
        return environment;
    }

    /** The operating clock: now, or the fixed moment of {@code --as-of}. */
    @Override
    public Clock clock() {
        return clock;
    }

    /** The machine's real time, whatever {@code --as-of} says (a deal cannot be logged ahead of it). */
    public Clock wallClock() {
        return wallClock;
    }

    /** The operator's time zone: REVOPS_TZ, else the stored setting (opens the database on first use), else the system's. */
    @Override
    public ZoneId zone() {
        return zone.get();
    }

    /** Where the time zone comes from, for Settings: "REVOPS_TZ", "setting" or "system". */
    public String zoneSource() {
        return zone.source();
    }

    @Override
    public Database database() {
        return database.get();
    }

    /** The tables' stores on this app's database (a dry run's when in one). */
    @Override
    public Stores stores() {
        return stores;
    }

    public Optional<DryRunTransaction> dryRun() {
        return dryRun.map(DryRun::transaction);
    }

    /** The messages this dry run would have queued for Telegram; empty outside a dry run. */
    public List<DryRunMessages.Message> dryRunMessages() {
        return dryRun.map(d -> d.messages().list()).orElse(List.of());
    }

    /** Keys and settings of the external services: environment first, then the keychain or the owner-only file. */
    public ServiceCredentials credentials() {
        return credentials.get();
    }

    /** Alerts, the outbox and Telegram delivery (the Telegram settings as they are at each delivery). */
    @Override
    public Notifier notifier() {
        return notifier.get();
    }

    /** The headline numbers (dashboard, --status, daily brief), each reading in one read-only transaction. */
    public Headlines headlines() {
        return new Headlines(database(), zone());
    }

    /** The weekly report's recommendations, by Claude when a key is configured. */
    @Override
    public RecommendationWriter recommendationWriter() {
        return recommendationWriter.get();
    }

    /** "Redraft with AI" for outreach messages, by Claude when a key is configured (SPEC §7). */
    public OutreachRedrafter outreachRedrafter() {
        return outreachRedrafter.get();
    }

    /** The 00:15 job: pull each configured analytics source and write yesterday's funnel snapshot. */
    @Override
    public SourceSync sourceSync() {
        return new FunnelSourceSync(database, this::zone, this::sources);
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
        return Optional.of(chatApprovals.get());
    }

    private ChatApprovals newChatApprovals() {
        return new ChatApprovals(database.get(), zone(), clock, notifier(), credentials(), this::sources, Pause.REAL);
    }

    /** REVOPS_APPROVAL_DIGEST_AT (or the same setting stored with the others), else 08:00. */
    @Override
    public LocalTime approvalDigestAt() {
        return ApprovalDigestTime.parse(credentials().get(ApprovalDigestTime.SETTING));
    }

    public boolean isDatabaseOpen() {
        return database.isStarted();
    }

    /** Stops what started, newest first: a dry run's transaction is rolled back, an owned database closed. */
    @Override
    public void close() {
        List<Service> stopping;
        synchronized (this) {
            stopping = List.copyOf(running);
            running.clear();
        }
        RuntimeException first = null;
        for (Service service : stopping) {
            try {
                service.stop();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
