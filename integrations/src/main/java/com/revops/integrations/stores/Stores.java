package com.revops.integrations.stores;

import java.time.ZoneId;
import java.util.function.Supplier;

import com.revops.integrations.ads.AdCampaigns;
import com.revops.integrations.analytics.MetaAudience;
import com.revops.integrations.analytics.MetaCampaignClient;
import com.revops.integrations.ads.MetaCampaignLaunch;
import com.revops.integrations.alerts.AlertRepository;
import com.revops.integrations.analytics.Configured;
import com.revops.integrations.analytics.PaywallExperimentRepository;
import com.revops.integrations.contacts.ContactDirectory;
import com.revops.integrations.credits.CreditRepository;
import com.revops.integrations.db.Database;
import com.revops.integrations.email.EmailEventPoll;
import com.revops.integrations.email.EmailSequenceActivation;
import com.revops.integrations.email.EmailSequenceSender;
import com.revops.integrations.email.EmailSequenceStats;
import com.revops.integrations.experiments.AbTestRepository;
import com.revops.integrations.experiments.AcdExperimentRepository;
import com.revops.integrations.funnel.FunnelRepository;
import com.revops.integrations.outreach.OutreachQueue;
import com.revops.integrations.revenue.DealRecorder;
import com.revops.integrations.revenue.StageContacts;
import com.revops.integrations.revenue.Targets;
import com.revops.integrations.routine.RoutineLog;
import com.revops.integrations.settings.CreditSettings;
import com.revops.integrations.settings.OfferCatalogRepository;
import com.revops.integrations.settings.OperatorTimeSettings;
import com.revops.integrations.settings.SettingsRepository;
import com.revops.integrations.sora.SoraJobs;

/**
 * The tables' stores on one database, for the app and the scheduler: they ask here instead of
 * reaching the database's {@code Jdbi}, which stays inside integrations (docs/decisions/0055-one-composition-root.md).
 * Each call makes a store over the database as it is (a dry run's database gives stores in the dry run).
 */
public final class Stores {
    private final Supplier<Database> database;

    /** {@code database}: opened on first use (a CLI call that writes nothing opens nothing). */
    public Stores(Supplier<Database> database) {
        this.database = database;
    }

    public static Stores on(Database database) {
        return new Stores(() -> database);
    }

    private org.jdbi.v3.core.Jdbi jdbi() {
        return database.get().jdbi();
    }

    public AdCampaigns adCampaigns() {
        return new AdCampaigns(jdbi());
    }

    public MetaCampaignLaunch metaCampaignLaunch(Supplier<Configured<MetaCampaignClient>> meta, Supplier<Configured<MetaAudience>> audience) {
        return new MetaCampaignLaunch(jdbi(), meta, audience);
    }

    public AlertRepository alerts() {
        return new AlertRepository(jdbi());
    }

    public PaywallExperimentRepository paywallExperiments() {
        return new PaywallExperimentRepository(jdbi());
    }

    public AbTestRepository abTests() {
        return new AbTestRepository(jdbi());
    }

    public AcdExperimentRepository acdExperiments() {
        return new AcdExperimentRepository(jdbi());
    }

    public ContactDirectory contacts() {
        return new ContactDirectory(jdbi());
    }

    public CreditRepository credits() {
        return new CreditRepository(jdbi());
    }

    public EmailEventPoll emailEvents() {
        return new EmailEventPoll(jdbi());
    }

    public EmailSequenceActivation emailSequenceActivation() {
        return new EmailSequenceActivation(jdbi());
    }

    public EmailSequenceSender emailSequenceSender(ZoneId zone) {
        return new EmailSequenceSender(jdbi(), zone);
    }

    public EmailSequenceStats emailSequenceStats() {
        return new EmailSequenceStats(jdbi());
    }

    public FunnelRepository funnel() {
        return new FunnelRepository(jdbi());
    }

    public OutreachQueue outreachQueue() {
        return new OutreachQueue(jdbi());
    }

    public DealRecorder dealRecorder() {
        return new DealRecorder(jdbi());
    }

    public StageContacts stageContacts() {
        return new StageContacts(jdbi());
    }

    public Targets targets() {
        return new Targets(jdbi());
    }

    public RoutineLog routineLog(ZoneId zone) {
        return new RoutineLog(jdbi(), zone);
    }

    public CreditSettings creditSettings() {
        return new CreditSettings(jdbi());
    }

    public OfferCatalogRepository offerCatalog() {
        return new OfferCatalogRepository(jdbi());
    }

    public OperatorTimeSettings operatorTime() {
        return new OperatorTimeSettings(jdbi());
    }

    public SettingsRepository settings() {
        return new SettingsRepository(jdbi());
    }

    public com.revops.integrations.notify.Outbox outbox() {
        return new com.revops.integrations.notify.Outbox(jdbi());
    }

    public com.revops.integrations.revenue.ForecastLedger forecastLedger() {
        return new com.revops.integrations.revenue.ForecastLedger(jdbi());
    }

    public com.revops.integrations.revenue.ForecastContacts forecastContacts() {
        return new com.revops.integrations.revenue.ForecastContacts(jdbi());
    }

    public com.revops.integrations.revenue.ForecastBacktest forecastBacktest(com.revops.integrations.revenue.RevenueEngine engine) {
        return new com.revops.integrations.revenue.ForecastBacktest(jdbi(), engine);
    }

    public com.revops.integrations.attribution.AttributionRepository attribution() {
        return new com.revops.integrations.attribution.AttributionRepository(jdbi());
    }

    public com.revops.integrations.revenue.ForecastCalls forecastCalls() {
        return new com.revops.integrations.revenue.ForecastCalls(jdbi());
    }

    public com.revops.integrations.revenue.SlippedDeals slippedDeals() {
        return new com.revops.integrations.revenue.SlippedDeals(jdbi());
    }

    public com.revops.integrations.readmodel.ReadModelCheck readModelCheck() {
        return new com.revops.integrations.readmodel.ReadModelCheck(jdbi());
    }

    public SoraJobs soraJobs() {
        return new SoraJobs(jdbi());
    }

    public com.revops.integrations.jobs.JobRuns jobRuns() {
        return new com.revops.integrations.jobs.JobRuns(jdbi());
    }

}
