package com.revops.integrations.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;

import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.integrations.revenue.RevenueEngine;
import com.revops.integrations.testing.TestDatabase;

/**
 * What the operator sees of a failed statement — and what the log keeps of it — is short and names
 * the problem, and never holds the SQL or the values bound to it (contact data).
 */
class DatabaseErrorsTest {
    private static final String CONTACT_DATA = "ada.lovelace@example.com";
    private static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aBrokenRuleNamesTheRuleAndNeitherTheStatementNorItsValues() {
        DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> DatabaseErrors.inTransaction(db.jdbi(),
                "Recording a deal", h -> h.createUpdate("""
                                INSERT INTO actp_revenue_events (event_type, amount, notes) VALUES ('deal_won', :amount, :notes)""")
                        .bind("amount", new java.math.BigDecimal("-5.00")).bind("notes", CONTACT_DATA)
                        .execute()));

        assertThat(e.getMessage()).isEqualTo(
                "Recording a deal failed: the row breaks the rule actp_revenue_events_amount_nonnegative of actp_revenue_events");
        assertNothingLeaks(e);
    }

    @Test
    void aValueOutsideTheDatabasesRangeSaysSoWithoutTheStatement() {
        // the as-of instant of '--as-of +999999999-12-31T23:59:59Z' is beyond PostgreSQL's timestamps
        Instant farFuture = Instant.parse("+999999999-12-31T23:59:59Z");
        RuntimeException e = catchThrowableOfType(RuntimeException.class,
                () -> new RevenueEngine(db, ZoneOffset.UTC).pipeline(farFuture));

        assertThat(e).isInstanceOfAny(DatabaseException.class, JdbiException.class);
        DatabaseException shown = e instanceof JdbiException jdbi ? DatabaseErrors.translate("Computing the pipeline", jdbi)
                : (DatabaseException) e;
        assertThat(shown.getMessage()).isEqualTo("Computing the pipeline failed: a date or time lies outside the range the database can store");
        assertNothingLeaks(e);
    }

    @Test
    void aDuplicateKeyNamesTheKeyButNotTheValue() {
        DatabaseErrors.withHandle(db.jdbi(), "Adding a contact", h -> h.createUpdate(
                "INSERT INTO crm_contacts (external_id, name) VALUES (:ext, 'Ada')").bind("ext", CONTACT_DATA).execute());

        DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> DatabaseErrors.withHandle(db.jdbi(), "Adding a contact",
                h -> h.createUpdate("INSERT INTO crm_contacts (external_id, name) VALUES (:ext, 'Ada')").bind("ext", CONTACT_DATA).execute()));

        assertThat(e.getMessage()).isEqualTo("Adding a contact failed: a row with the same crm_contacts_external_id_key already exists in crm_contacts");
        assertNothingLeaks(e);
    }

    /** Neither the message shown nor anything a log would print of the exception (its whole chain, stack included). */
    private static void assertNothingLeaks(Throwable e) {
        StringWriter logged = new StringWriter();
        e.printStackTrace(new PrintWriter(logged));
        assertThat(logged.toString()).doesNotContain(CONTACT_DATA).doesNotContain("-5.00")
                .doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("select ")
                .doesNotContain("arguments").doesNotContain("Failing row").doesNotContain("+999999999");
        assertThat(e.getMessage()).hasSizeLessThan(200);
    }
}
