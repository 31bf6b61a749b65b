package com.revops.integrations.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

class CsvImporterTest {
    /** "Now" for these imports: 5 March 2026, noon UTC (every date in the files below lies before it). */
    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    private static Database db;
    private CsvImporter importer;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void clean() {
        db.jdbi().useHandle(h -> h.execute("TRUNCATE crm_contacts, actp_stage_transitions, actp_revenue_events, actp_outreach_queue CASCADE"));
        importer = new CsvImporter(db, ZoneId.of("America/New_York"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private CsvImporter.ImportResult load(String table, String csv) throws IOException {
        return importer.importCsv(table, "file.csv", new StringReader(csv));
    }

    private String text(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private int count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void importsContactsWithDefaultsForEmptyFieldsAndLocalTimesInTheOperatorsZone() throws IOException {
        var result = load("crm_contacts", """
                external_id,name,platform,niche,offer_tag,stage,first_contact_at,tags,score
                c-1,Ada Lovelace,twitter,saas,ai_automation,decision,2026-03-01T09:00:00Z,founder;warm,82.5
                c-2,"Grace, Hopper",linkedin,,,,2026-03-01 09:00,,
                """);
        assertThat(result.inserted()).isEqualTo(2);
        Map<String, Object> grace = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT name, stage, niche, tags FROM crm_contacts WHERE external_id = 'c-2'").mapToMap().one());
        Instant graceFirstContact = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT first_contact_at FROM crm_contacts WHERE external_id = 'c-2'").mapTo(Instant.class).one());
        assertThat(grace.get("name")).isEqualTo("Grace, Hopper");
        assertThat(grace.get("stage")).isEqualTo("cold"); // the column's default
        assertThat(grace.get("niche")).isNull();
        // 09:00 in New York in March (EST, UTC-5) is 14:00Z
        assertThat(graceFirstContact).isEqualTo(Instant.parse("2026-03-01T14:00:00Z"));
        Map<String, Object> ada = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT score, array_to_string(tags, '|') AS tags FROM crm_contacts WHERE external_id = 'c-1'").mapToMap().one());
        assertThat((BigDecimal) ada.get("score")).isEqualByComparingTo("82.5");
        assertThat(ada.get("tags")).isEqualTo("founder|warm");
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesTheLine() {
        assertThatThrownBy(() -> load("crm_contacts", """
                external_id,name,stage
                c-1,Ada,decision
                c-2,Grace,warm
                c-3,Linus,cold
                """))
                .isInstanceOf(CsvImportRejectedException.class)
                .hasMessageContaining("line 3: stage: unknown stage 'warm'")
                .satisfies(e -> assertThat(((CsvImportRejectedException) e).errors()).hasSize(1));
        assertThat(count("crm_contacts")).isZero();
    }

    @Test
    void listsEveryBadRowWithItsLineAndReason() {
        assertThatThrownBy(() -> load("actp_revenue_events", """
                event_type,amount,closed_at
                deal_won,2500,2026-03-01T10:00:00Z
                refund,10,2026-03-01T10:00:00Z
                deal_won,abc,2026-03-01T10:00:00Z
                deal_won,-5,2026-03-01T10:00:00Z
                deal_won,10,yesterday
                """))
                .isInstanceOf(CsvImportRejectedException.class)
                .hasMessageContaining("4 bad rows")
                .hasMessageContaining("line 3: event_type: unknown event type 'refund'")
                .hasMessageContaining("line 4: amount: 'abc' is not a number")
                .hasMessageContaining("line 5: amount must not be negative")
                .hasMessageContaining("line 6: closed_at: 'yesterday' is not an ISO-8601 timestamp");
        assertThat(count("actp_revenue_events")).isZero();
    }

    @Test
    void aRuleOfTheOperatorsOwnIsNamedWithItsExpression() {
        TestDatabase.asOwner(db, "ALTER TABLE crm_contacts ADD CONSTRAINT operator_no_bob CHECK (name <> 'Bob')");
        try {
            assertThatThrownBy(() -> load("crm_contacts", """
                    external_id,name
                    c-1,Ada
                    c-2,Bob
                    """))
                    .isInstanceOf(CsvImportRejectedException.class)
                    .hasMessageContaining("line 3: breaks the rule operator_no_bob: (name <> 'Bob'::text)");
            assertThat(count("crm_contacts")).isZero();
        } finally {
            TestDatabase.asOwner(db, "ALTER TABLE crm_contacts DROP CONSTRAINT operator_no_bob");
        }
    }

    @Test
    void aMomentThatHappenedCannotBeInTheFutureButAPlannedOneMay() throws IOException {
        // now = 12:00 UTC; five minutes of clock drift are allowed; 07:06 in New York is 12:06 UTC
        assertThatThrownBy(() -> load("actp_revenue_events", """
                event_type,amount,closed_at
                deal_won,100,2026-03-05T12:05:00Z
                deal_won,100,2026-03-05T12:05:01Z
                deal_won,100,2026-03-05T07:06
                deal_won,100,2027-01-01
                """))
                .isInstanceOf(CsvImportRejectedException.class)
                .hasMessageContaining("3 bad rows")
                .hasMessageContaining("line 3: closed_at: 2026-03-05T12:05:01Z is in the future")
                .hasMessageContaining("line 4: closed_at: 2026-03-05T12:06:00Z is in the future")
                .hasMessageContaining("line 5: closed_at: 2027-01-01T05:00:00Z is in the future");
        assertThat(count("actp_revenue_events")).isZero();

        // a send planned for next week is fine
        load("actp_outreach_queue", """
                action,message,channel,scheduled_at
                dm_send,Hello,dm,2026-03-12T09:00:00Z
                """);
        assertThat(text("SELECT scheduled_at::text FROM actp_outreach_queue")).startsWith("2026-03-12");
    }

    @Test
    void rejectsUnknownColumnsAndMissingRequiredOnes() {
        assertThatThrownBy(() -> load("actp_stage_transitions", """
                contact_id,to_stage,colour
                c-1,awareness,red
                """))
                .isInstanceOf(CsvImportRejectedException.class)
                .hasMessageContaining("line 1: unknown column 'colour'")
                .hasMessageContaining("line 1: required column 'from_stage' is missing");
    }

    @Test
    void rejectsAnUnknownTable() {
        assertThatThrownBy(() -> load("contacts", "name\nAda\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown table 'contacts'")
                .hasMessageContaining("crm_contacts");
    }

    @Test
    void contactIdMayBeAnExternalIdOrAUuidAndUnknownContactsAreBadRows() throws IOException {
        load("crm_contacts", "external_id,name,stage\nc-1,Ada,awareness\nc-2,Grace,cold\n");
        String uuid = db.jdbi().withHandle(h -> h.createQuery("SELECT id::text FROM crm_contacts WHERE external_id = 'c-2'")
                .mapTo(String.class).one());

        var result = load("actp_stage_transitions", """
                contact_id,from_stage,to_stage,transitioned_at
                c-1,cold,awareness,2026-03-02T10:00:00Z
                %s,cold,awareness,2026-03-03T10:00:00Z
                """.formatted(uuid));
        assertThat(result.inserted()).isEqualTo(2);

        assertThatThrownBy(() -> load("actp_stage_transitions", """
                contact_id,from_stage,to_stage,transitioned_at
                c-1,awareness,consideration,2026-03-04T10:00:00Z
                c-404,cold,awareness,2026-03-04T10:00:00Z
                """))
                .hasMessageContaining("line 3: contact_id: unknown contact 'c-404'");
        assertThat(count("actp_stage_transitions")).isEqualTo(2);
    }

    @Test
    void reimportingContactsUpdatesThemByExternalIdAndRepeatsInOneFileAreRefused() throws IOException {
        load("crm_contacts", "external_id,name,stage\nc-1,Ada,awareness\n");
        var again = load("crm_contacts", "external_id,name,stage\nc-1,Ada L.,decision\nc-2,Grace,cold\n");
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.inserted()).isEqualTo(1);
        assertThat(count("crm_contacts")).isEqualTo(2);
        assertThat(text("SELECT stage FROM crm_contacts WHERE external_id = 'c-1'")).isEqualTo("decision");

        assertThatThrownBy(() -> load("crm_contacts", "external_id,name\nc-9,A\nc-9,B\n"))
                .hasMessageContaining("line 2: external_id repeats")
                .hasMessageContaining("line 3: external_id repeats");
    }

    @Test
    void rejectsRowsWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> load("crm_contacts", "external_id,name\nc-1,Ada,extra\n"))
                .hasMessageContaining("line 2: has 3 fields, the header has 2");
    }

    @Test
    void importsManyRowsInOneGo() throws IOException {
        StringBuilder csv = new StringBuilder("external_id,name,stage,first_contact_at\n");
        List<String> stages = List.of("cold", "awareness", "consideration", "decision", "call_booked");
        for (int i = 0; i < 20_000; i++) {
            csv.append("c-").append(i).append(",Contact ").append(i).append(',').append(stages.get(i % 5))
                    .append(",2026-01-01T00:00:00Z\n");
        }
        assertThat(load("crm_contacts", csv.toString()).inserted()).isEqualTo(20_000);
        assertThat(count("crm_contacts")).isEqualTo(20_000);
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsNotPartOfTheFirstColumn() throws IOException {
        // Excel's "CSV UTF-8" export starts with EF BB BF
        assertThat(load("crm_contacts", "\uFEFFexternal_id,name\nc-1,Ada\n").inserted()).isEqualTo(1);
        assertThat(text("SELECT name FROM crm_contacts WHERE external_id = 'c-1'")).isEqualTo("Ada");
    }

    @Test
    void anEmptyFileIsRefusedAndAHeaderAloneImportsNothing() throws IOException {
        for (String empty : new String[] {"", "\n\n", "\uFEFF"}) {
            assertThatThrownBy(() -> load("crm_contacts", empty))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("file.csv: file is empty: it needs a header row naming crm_contacts's columns");
        }
        CsvImporter.ImportResult headerOnly = load("crm_contacts", "external_id,name,stage\n");
        assertThat(headerOnly.total()).isZero();
        assertThat(count("crm_contacts")).isZero();
    }

    @Test
    void anOfferOutsideTheCatalogIsRefusedAsLogDealRefusesIt() throws IOException {
        assertThatThrownBy(() -> load("actp_revenue_events", """
                event_type,amount,closed_at,offer_tag
                deal_won,3500,2026-03-01T10:00:00Z,ai_automation
                deal_won,3500,2026-03-01T10:00:00Z,gold_package
                """))
                .isInstanceOf(CsvImportRejectedException.class)
                .hasMessageContaining("line 3: offer_tag: unknown offer 'gold_package'; known offers: ai_automation, creator_growth, "
                        + "personal_brand, safari_automation");
        // the catalog's spelling is stored, as --log-deal stores it
        load("actp_revenue_events", "event_type,amount,closed_at,offer_tag\ndeal_won,3500,2026-03-01T10:00:00Z,AI_Automation\n");
        assertThat(text("SELECT offer_tag FROM actp_revenue_events")).isEqualTo("ai_automation");
    }

    @Test
    void aNumberWithAThousandsSeparatorIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> load("actp_revenue_events", """
                event_type,amount,closed_at,days_to_close
                deal_won,"1,000",2026-03-01T10:00:00Z,3
                deal_won,1000,2026-03-01T10:00:00Z,"1,000"
                """))
                .hasMessageContaining("line 2: amount: '1,000' is not a number")
                .hasMessageContaining("line 3: days_to_close: '1,000' is not a whole number");
        assertThat(count("actp_revenue_events")).isZero();
    }

    @Test
    void everyProblemOfARowIsListedNotJustTheFirst() {
        assertThatThrownBy(() -> load("actp_revenue_events", """
                event_type,amount,closed_at,offer_tag
                refund,-5,yesterday,gold
                """))
                .isInstanceOf(CsvImportRejectedException.class)
                .satisfies(e -> assertThat(((CsvImportRejectedException) e).errors()).extracting(CsvRowError::toString).containsExactlyInAnyOrder(
                        "line 2: event_type: unknown event type 'refund'; expected one of deal_won, upsell, churn, recurring_payment",
                        "line 2: amount must not be negative",
                        "line 2: closed_at: 'yesterday' is not an ISO-8601 timestamp (e.g. 2026-03-02T09:30:00Z)",
                        "line 2: offer_tag: unknown offer 'gold'; known offers: ai_automation, creator_growth, personal_brand, safari_automation"));
    }

    @Test
    void anUnclosedQuoteIsNamedWithItsLine() {
        assertThatThrownBy(() -> load("crm_contacts", """
                external_id,name,stage
                c-1,Ada,decision
                c-2,"Grace Hopper,cold
                c-3,Linus,cold
                """))
                .isInstanceOf(CsvImportRejectedException.class)
                .hasMessage("file.csv: nothing imported; 1 bad row:\n"
                        + "  line 3: a quoted field starts here and is never closed: a closing \" is missing (nothing after it can be read)")
                .hasMessageNotContaining("CSVException");
        assertThatThrownBy(() -> load("crm_contacts", "external_id,\"name\nc-1,Ada\n"))
                .hasMessageContaining("line 1: a quoted field starts here and is never closed");
        assertThat(count("crm_contacts")).isZero();
    }

    @Test
    void outreachComesInOnlyAsPendingItemsAndTheAuditLogNotAtAll() throws IOException {
        assertThatThrownBy(() -> load("actp_outreach_queue", """
                action,message,channel,status,approval_required,approved_at
                dm_send,Hi,dm,approved,,
                dm_send,Hi,dm,sent,,
                dm_send,Hi,dm,pending,false,
                dm_send,Hi,dm,pending,,2026-03-01T10:00:00Z
                """))
                .isInstanceOf(CsvImportRejectedException.class)
                .hasMessageContaining("line 2: status: 'approved' cannot be imported: outreach is imported only as pending items")
                .hasMessageContaining("line 3: status: 'sent' cannot be imported")
                .hasMessageContaining("line 4: approval_required: cannot be false")
                .hasMessageContaining("line 5: approved_at: must be empty");
        assertThat(count("actp_outreach_queue")).isZero();
        load("actp_outreach_queue", "action,message,channel,status\ndm_send,Hi,dm,Pending\ndm_send,Hello,dm,\n");
        List<String> items = db.jdbi().withHandle(h -> h.createQuery("SELECT status || ':' || approval_required FROM actp_outreach_queue")
                .mapTo(String.class).list());
        assertThat(items).containsExactly("pending:true", "pending:true");

        assertThatThrownBy(() -> load("actp_approval_audit", "queue_item_id,action,actor\n" + java.util.UUID.randomUUID() + ",approve,me\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("TABLE: 'actp_approval_audit' is the approval audit log: only the console writes it");
        assertThatThrownBy(() -> load("revops_outbox", "kind,body\nalert,hi\n"))
                .hasMessageStartingWith("TABLE: 'revops_outbox' is managed by the app and cannot be imported");
        assertThat(importer.importableTables()).contains("crm_contacts", "actp_outreach_queue").doesNotContain("actp_approval_audit");
    }
}
