package com.revops.integrations.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.domain.forecast.AgeBins;
import com.revops.integrations.contacts.ContactDirectory;
import com.revops.integrations.csv.CsvImporter;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * The read model of SPEC §11 on a tiny history written through the app's own write paths (a stage change, a loss,
 * a move back and a re-entry, a CSV import): every stored row worked out by hand.
 *
 * <pre>
 * A  first contact 1 Mar 00:00 in cold; → awareness 3 Mar 12:00 (2.5 d in cold); → closed_lost 10 Mar 12:00 (7 d)
 * B  first contact 2 Mar 00:00 in awareness; → consideration 4 Mar (2 d); back → awareness 5 Mar (1 d, "other");
 *    → consideration again 7 Mar (2 d): its current spell began 7 Mar
 * D  imported: contact in decision since 9 Mar, first contact 6 Mar; then its transition cold → decision 9 Mar (3 d)
 * </pre>
 */
class ReadModelTest {
    private static Database db;
    private static Fixtures f;
    private static UUID a;
    private static UUID b;

    private static Instant at(String dayTime) {
        return Instant.parse("2026-03-" + dayTime + ":00Z");
    }

    @BeforeAll
    static void history() throws IOException {
        db = TestDatabase.fresh();
        f = new Fixtures(db);
        ContactDirectory contacts = new ContactDirectory(db.jdbi());
        a = f.contact("A", "cold", at("01T00:00"), at("01T00:00"), "ai_automation");
        b = f.contact("B", "awareness", at("02T00:00"), at("02T00:00"), null);
        contacts.changeStage(a, "awareness", at("03T12:00"));
        contacts.changeStage(b, "consideration", at("04T00:00"));
        contacts.changeStage(b, "awareness", at("05T00:00"));
        contacts.changeStage(b, "consideration", at("07T00:00"));
        contacts.changeStage(a, "closed_lost", at("10T12:00"));
        CsvImporter importer = new CsvImporter(db, ZoneOffset.UTC, Clock.fixed(at("20T00:00"), ZoneOffset.UTC));
        importer.importCsv("crm_contacts", "contacts.csv", new StringReader("""
                external_id,name,stage,stage_entered_at,first_contact_at
                D,Dee,decision,2026-03-09T00:00:00Z,2026-03-06T00:00:00Z
                """));
        importer.importCsv("actp_stage_transitions", "transitions.csv", new StringReader("""
                contact_id,from_stage,to_stage,transitioned_at
                D,cold,decision,2026-03-09T00:00:00Z
                """));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void eachContactsJourney() {
        // first stage, furthest reached, lost (t/f), current stage, entry into it
        assertThat(f.texts("""
                SELECT concat_ws('|', c.external_id, j.first_stage, j.reached_stage, j.lost, j.stage, to_char(j.stage_entered_at AT TIME ZONE 'UTC', 'DD HH24:MI'))
                  FROM revops_journeys j JOIN crm_contacts c ON c.id = j.contact_id ORDER BY 1""")).containsExactly(
                "A|cold|awareness|t|closed_lost|10 12:00", // closed_lost is never "reached"
                "B|awareness|consideration|f|consideration|07 00:00",
                "D|cold|decision|f|decision|09 00:00");
    }

    @Test
    void eachFinishedSpell() {
        // ages in seconds: 2.5 d = 216,000; 7 d = 604,800; 2 d = 172,800; 1 d = 86,400; 3 d = 259,200
        assertThat(f.texts("""
                SELECT concat_ws('|', c.external_id, s.stage, to_char(s.entered_at AT TIME ZONE 'UTC', 'DD HH24:MI'),
                                 to_char(s.exited_at AT TIME ZONE 'UTC', 'DD HH24:MI'), trim_scale(s.age_seconds), s.moved_to, s.outcome)
                  FROM revops_spells s JOIN crm_contacts c ON c.id = s.contact_id ORDER BY 1""")).containsExactly(
                "A|awareness|03 12:00|10 12:00|604800|closed_lost|lost",
                "A|cold|01 00:00|03 12:00|216000|awareness|advanced",
                "B|awareness|02 00:00|04 00:00|172800|consideration|advanced",
                "B|awareness|05 00:00|07 00:00|172800|consideration|advanced",
                "B|consideration|04 00:00|05 00:00|86400|awareness|other",
                "D|cold|06 00:00|09 00:00|259200|decision|advanced");
    }

    @Test
    void perStageRunningSums() {
        // cold: A 216,000 + D 259,200 = 475,200; awareness: A 604,800 + B 172,800 + 172,800 = 950,400; consideration: B 86,400
        assertThat(f.texts("""
                SELECT concat_ws('|', stage, spells, advanced, lost, other, trim_scale(age_seconds))
                  FROM revops_stage_sums ORDER BY revops_stage_rank(stage)""")).containsExactly(
                "cold|2|2|0|0|475200",
                "awareness|3|2|1|0|950400",
                "consideration|1|0|0|1|86400");
    }

    @Test
    void hazardCellsPerStageBinAndOutcome() {
        List<String> expected = new ArrayList<>();
        // A in cold 2.5 d → awareness: a full day in bins 0 and 1, half a day in bin 2 [2,3), where it ended
        expected.addAll(List.of("cold|0|awareness|1|86400|0", "cold|1|awareness|1|86400|0", "cold|2|awareness|1|43200|1"));
        // D in cold 3 d → decision: full days in bins 0–2, ended at exactly 3 d: bin 3 [3,4) reached with no exposure
        expected.addAll(List.of("cold|0|decision|1|86400|0", "cold|1|decision|1|86400|0", "cold|2|decision|1|86400|0",
                "cold|3|decision|1|0|1"));
        // A in awareness 7 d → lost: a full day in each of bins 0–6, ended at 7 d in bin 7 [7,10)
        for (int bin = 0; bin <= 6; bin++) {
            expected.add("awareness|" + bin + "|closed_lost|1|86400|0");
        }
        expected.add("awareness|7|closed_lost|1|0|1");
        // B twice in awareness 2 d → consideration: two spells with a day each in bins 0 and 1, both ended in bin 2
        expected.addAll(List.of("awareness|0|consideration|2|172800|0", "awareness|1|consideration|2|172800|0",
                "awareness|2|consideration|2|0|2"));
        // B in consideration 1 d, moved back: no outcome (''), a day in bin 0, bin 1 reached, no event
        expected.addAll(List.of("consideration|0||1|86400|0", "consideration|1||1|0|0"));
        assertThat(f.texts("""
                SELECT concat_ws('|', stage, bin, outcome, spells, trim_scale(exposure_seconds), events)
                  FROM revops_spell_cells ORDER BY 1""")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theAgeBinsAreTheForecastsBins() {
        List<String> expected = new ArrayList<>();
        for (int bin = 0; bin < AgeBins.COUNT; bin++) {
            double hi = AgeBins.upper(bin);
            expected.add(bin + "|" + AgeBins.lower(bin) + "|" + (Double.isInfinite(hi) ? "" : String.valueOf((int) hi)));
        }
        assertThat(f.texts("SELECT concat_ws('|', bin, lo_days, coalesce(hi_days::text, '')) FROM revops_age_bins ORDER BY bin"))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theStoredRowsEqualTheirRecomputation() {
        ReadModelCheck.Report report = new ReadModelCheck(db.jdbi()).verify();
        assertThat(report.differences()).isEmpty();
        assertThat(report.tables()).extracting(ReadModelCheck.TableCount::rows).containsExactly(3L, 6L, 3L, 20L);
    }

    @Test
    void theAppsRoleCannotWriteTheReadModel() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DELETE FROM revops_stage_sums")))
                .hasMessageContaining("permission denied");
    }
}
