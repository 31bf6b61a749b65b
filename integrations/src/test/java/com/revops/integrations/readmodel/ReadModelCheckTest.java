package com.revops.integrations.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * The check behind {@code --verify-aggregates}: equal after writes of every kind (out-of-order history, edits and
 * deletes of transitions, a deleted contact, bulk statements, TRUNCATE), and a row corrupted by SQL is reported with
 * its table, key, stored and recomputed values.
 */
class ReadModelCheckTest {
    private Database db;
    private Fixtures f;

    private static Instant at(String dayTime) {
        return Instant.parse("2026-03-" + dayTime + ":00Z");
    }

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
        f = new Fixtures(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReadModelCheck.Report verify() {
        return new ReadModelCheck(db.jdbi()).verify();
    }

    @Test
    void aCorruptedRowIsReportedWithBothValues() {
        UUID c = f.contact("C", "awareness", at("04T00:00"), at("01T00:00"), null);
        f.transition(c, "cold", "awareness", at("04T00:00"));
        assertThat(verify().equal()).isTrue();

        TestDatabase.asOwner(db, "UPDATE revops_stage_sums SET age_seconds = age_seconds + 1 WHERE stage = 'cold'");
        ReadModelCheck.Report report = verify();

        assertThat(report.equal()).isFalse();
        // cold for 3 d = 259,200 s; the corrupted sum says 259,201
        assertThat(report.differences()).singleElement().satisfies(d -> {
            assertThat(d.table()).isEqualTo("revops_stage_sums");
            assertThat(d.key()).isEqualTo("cold");
            assertThat(d.stored()).contains("\"age_seconds\":259201.000000");
            assertThat(d.recomputed()).contains("\"age_seconds\":259200.000000");
        });
        assertThat(report.tables()).extracting(ReadModelCheck.TableCount::table, ReadModelCheck.TableCount::differences)
                .containsExactly(org.assertj.core.api.Assertions.tuple("revops_journeys", 0), org.assertj.core.api.Assertions.tuple("revops_spells", 0),
                        org.assertj.core.api.Assertions.tuple("revops_stage_sums", 1), org.assertj.core.api.Assertions.tuple("revops_spell_cells", 0));
    }

    @Test
    void aMissingAndAnExtraRowAreReported() {
        UUID c = f.contact("C", "awareness", at("04T00:00"), at("01T00:00"), null);
        f.transition(c, "cold", "awareness", at("04T00:00"));
        TestDatabase.asOwner(db, "DELETE FROM revops_journeys");
        TestDatabase.asOwner(db, "INSERT INTO revops_stage_sums VALUES ('decision', 1, 1, 0, 0, 60)");

        ReadModelCheck.Report report = verify();

        assertThat(report.differences()).extracting(ReadModelCheck.Difference::table, ReadModelCheck.Difference::stored)
                .containsExactly(org.assertj.core.api.Assertions.tuple("revops_journeys", "(none)"),
                        org.assertj.core.api.Assertions.tuple("revops_stage_sums", "{\"stage\":\"decision\",\"spells\":1,\"advanced\":1,\"lost\":0,\"other\":0,\"age_seconds\":60}"));
        assertThat(report.differences().get(0).key()).isEqualTo(c.toString());
        assertThat(report.differences().get(1).recomputed()).isEqualTo("(none)");
    }

    @Test
    void equalAfterOutOfOrderHistoryEditsAndDeletes() {
        UUID c = f.contact("C", "decision", at("10T00:00"), at("01T00:00"), null);
        UUID d = f.contact("D", "consideration", at("08T00:00"), at("02T00:00"), null);
        // the later transition first, then the earlier one: the first spell's entry moves from first contact to 5 Mar
        f.transition(c, "awareness", "decision", at("10T00:00"));
        f.transition(c, "cold", "awareness", at("05T00:00"));
        f.transition(d, "cold", "consideration", at("08T00:00"));
        assertThat(f.text("SELECT trim_scale(age_seconds)::text FROM revops_spells WHERE stage = 'awareness'"))
                .isEqualTo("432000"); // 5 Mar → 10 Mar = 5 d
        assertThat(verify().differences()).isEmpty();

        db.jdbi().useHandle(h -> h.execute("UPDATE actp_stage_transitions SET transitioned_at = transitioned_at - interval '1 day'"));
        assertThat(verify().differences()).isEmpty();
        db.jdbi().useHandle(h -> h.execute("UPDATE crm_contacts SET first_contact_at = first_contact_at - interval '1 hour', last_interaction_at = now()"));
        assertThat(verify().differences()).isEmpty();
        db.jdbi().useHandle(h -> h.execute("DELETE FROM actp_stage_transitions WHERE to_stage = 'decision'"));
        assertThat(verify().differences()).isEmpty();
        db.jdbi().useHandle(h -> h.execute("DELETE FROM crm_contacts WHERE external_id = 'D'"));
        assertThat(verify().differences()).isEmpty();
        assertThat(f.count("SELECT count(*) FROM revops_journeys")).isEqualTo(1);

        db.jdbi().useHandle(h -> h.execute("TRUNCATE crm_contacts CASCADE"));
        assertThat(verify().differences()).isEmpty();
        assertThat(f.count("SELECT count(*) FROM revops_spells") + f.count("SELECT count(*) FROM revops_stage_sums")).isZero();
    }

    @Test
    void equalAfterBulkStatements() {
        db.jdbi().useHandle(h -> {
            h.execute("""
                    INSERT INTO crm_contacts (external_id, name, stage, stage_entered_at, first_contact_at)
                    SELECT 'g' || g, 'G' || g, (ARRAY['cold','awareness','decision','closed_won','closed_lost'])[1 + g % 5],
                           TIMESTAMPTZ '2026-03-10' + g * interval '1 hour', TIMESTAMPTZ '2026-01-01' + g * interval '7 hours'
                      FROM generate_series(1, 300) g""");
            h.execute("""
                    INSERT INTO actp_stage_transitions (contact_id, from_stage, to_stage, transitioned_at)
                    SELECT c.id, 'cold', c.stage, c.stage_entered_at FROM crm_contacts c WHERE c.stage <> 'cold'""");
        });
        ReadModelCheck.Report report = verify();
        assertThat(report.differences()).isEmpty();
        // 300 contacts, 240 not in cold each with one transition out of cold
        assertThat(report.tables()).extracting(ReadModelCheck.TableCount::rows).startsWith(300L, 240L, 1L);
    }
}
