package com.revops.integrations.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.DatabaseException;

/**
 * {@code --demo-data}: fills every data table with a realistic, deterministic dataset, so that every
 * screen and CLI command has something true to show. The same clock day always gives the same rows;
 * every timestamp is an offset from the start of today in the operator's zone, and nothing lies
 * after the clock's instant.
 *
 * <p>Safe by construction: it loads only into a database without data of the operator's own, and
 * replaces only earlier demo data. The seeded catalog (offers, budgets, prices, routing) is kept.
 */
public final class DemoDataGenerator {
    /** The {@code revops_settings} key that marks the data as demo data; its value is when it was loaded. */
    public static final String LOADED_AT_KEY = "demo_data_loaded_at";
    static final String FIELD = "--demo-data";

    private final Database database;
    private final Clock clock;
    private final ZoneId zone;

    public DemoDataGenerator(Database database, Clock clock, ZoneId zone) {
        this.database = database;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Loads the demo data in one transaction and returns the rows written per table. Over earlier
     * demo data it wipes the demo tables first. Refuses, changing nothing, when the database holds
     * data that is not demo data.
     *
     * @throws InvalidInputException (field {@code --demo-data}) when the database holds the operator's own data
     * @throws DatabaseException when the database fails
     */
    public DemoSummary load() {
        try {
            return database.jdbi().inTransaction(this::load);
        } catch (JdbiException e) {
            throw DatabaseErrors.translate("Loading the demo data", e);
        }
    }

    private DemoSummary load(Handle handle) {
        handle.execute("LOCK TABLE revops_settings IN SHARE ROW EXCLUSIVE MODE");
        if (holdsDemoData(handle)) {
            handle.execute("TRUNCATE " + String.join(", ", DemoDataset.TABLES) + " CASCADE");
        } else {
            refuseOperatorData(handle);
        }
        DemoCalendar calendar = new DemoCalendar(clock, zone);
        DemoDataset data = build(calendar, DemoCatalog.read(handle));
        Map<String, Integer> counts = data.insert(handle);
        // rows the database added itself count too (the Sora jobs' costs folded into the credit ledger); an append-only
        // log keeps the rows of earlier loads, so for a log the rows this load wrote are the count
        counts.replaceAll((table, written) -> DemoDataset.LOGS.contains(table) ? written
                : handle.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
        handle.execute("""
                UPDATE crm_contacts c
                   SET last_interaction_at = i.last, updated_at = greatest(c.stage_entered_at, i.last)
                  FROM (SELECT contact_id, max(created_at) AS last FROM actp_interactions GROUP BY contact_id) i
                 WHERE i.contact_id = c.id""");
        handle.createUpdate("""
                INSERT INTO revops_settings (key, value, updated_at) VALUES (:key, :value, :at)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""")
                .bind("key", LOADED_AT_KEY)
                .bind("value", calendar.now().toString())
                .bind("at", OffsetDateTime.ofInstant(calendar.now(), ZoneOffset.UTC))
                .execute();
        return new DemoSummary(counts);
    }

    static DemoDataset build(DemoCalendar calendar, DemoCatalog catalog) {
        DemoDataset data = new DemoDataset();
        List<DemoContact> contacts = new ContactSimulator(calendar, catalog).simulate();
        new ContactRecords(catalog).write(contacts, data);
        ContactTimeline timeline = new ContactTimeline(calendar, catalog);
        timeline.write(contacts, data);
        new RevenueDemo(calendar, catalog).write(contacts, data);
        new EmailDemo(calendar).write(contacts, data);
        ContentDemo content = new ContentDemo(calendar, catalog);
        content.write(data);
        new EngagementDemo(calendar).write(content.posts(), contacts, data);
        new CreditDemo(calendar, catalog).write(contacts, data);
        AdsDemo ads = new AdsDemo(calendar);
        ads.write(content.adSources(), data);
        new FunnelDemo(calendar).write(data);
        new AttributionDemo(calendar).write(content.posts(), ads.campaigns(), data);
        new ExperimentsDemo(calendar).write(data);
        UpworkDemo upwork = new UpworkDemo(calendar);
        upwork.write(data);
        new OutreachDemo(calendar).write(contacts, upwork, timeline.interactions(), data);
        return data;
    }

    private static boolean holdsDemoData(Handle handle) {
        return handle.createQuery("SELECT count(*) FROM revops_settings WHERE key = :key")
                .bind("key", LOADED_AT_KEY).mapTo(Integer.class).one() > 0;
    }

    /** Any row in a demo table, without the demo marker, is the operator's own data: never mixed with or replaced by demo rows. */
    private static void refuseOperatorData(Handle handle) {
        List<String> holding = new ArrayList<>();
        for (String table : DemoDataset.TABLES) {
            if (handle.createQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")").mapTo(Boolean.class).one()) {
                holding.add(table);
            }
        }
        if (!holding.isEmpty()) {
            throw new InvalidInputException(FIELD, "this database already holds data that is not demo data (in "
                    + String.join(", ", holding) + "); demo data is only loaded into an empty database or over "
                    + "earlier demo data. Point REVOPS_HOME or REVOPS_DB_URL at an empty database to try the demo.");
        }
    }
}
