package com.revops.integrations.headline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.HandleCount;
import com.revops.integrations.testing.TestDatabase;

/** The one headline read: the same numbers as before, in one read-only transaction on one connection, nothing left open. */
class HeadlinesTest {
    static final Instant AS_OF = Instant.parse("2026-03-02T07:30:00Z");
    private Database db;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        Fixtures f = new Fixtures(db);
        f.contact("c-ada", "decision", Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        f.contact("c-bob", "cold", Instant.parse("2026-02-25T00:00:00Z"), Instant.parse("2026-02-25T00:00:00Z"), null);
        var won = f.contact("c-dee", "closed_won", Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-01-10T00:00:00Z"),
                "personal_brand");
        f.event(won, "deal_won", "997", Instant.parse("2026-03-01T12:00:00Z"), "personal_brand", "linkedin", "coaching");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theWholeHeadlineIsReadInOneReadOnlyTransactionOnOneConnection() {
        HandleCount count = HandleCount.on(db);

        Headline headline = new Headlines(db, ZoneOffset.UTC).at(AS_OF);

        // open: Ada (decision, ai_automation 3,500.00) + Bob (cold, no offer: the catalog's mean
        // (2,500 + 1,500 + 3,500 + 997) / 4 = 8,497 / 4 = 2,124.25) = 5,624.25
        assertThat(headline.overview().pipeline().totalValue()).isEqualByComparingTo(new BigDecimal("5624.25"));
        assertThat(headline.overview().monthToDate().dealsClosed()).isEqualTo(1L); // Dee's deal on 1 March
        assertThat(headline.topOffer().orElseThrow().offerTag()).isEqualTo("personal_brand"); // the only offer with revenue
        assertThat(headline.bestSource().orElseThrow().platform()).isEqualTo("linkedin");
        assertThat(headline.target()).isEmpty(); // no target set

        assertThat(count.opened()).as("one handle, one connection").isEqualTo(1);
        assertThat(count.stillOpen()).as("no handle left open").isZero();
        assertThat(count.statements()).hasSizeGreaterThan(5)
                .allSatisfy(s -> assertThat(s.inTransaction() && s.readOnly()).as("in the read-only transaction: " + s).isTrue());
        assertThat(count.statements().stream().map(HandleCount.Statement::connection).distinct()).hasSize(1);
    }

    @Test
    void aReadingOpensNothingUntilItsFirstPartAndRefusesReadsOnceClosed() {
        HandleCount count = HandleCount.on(db);
        HeadlineReading reading = new Headlines(db, ZoneOffset.UTC).reading(AS_OF);
        assertThat(count.opened()).isZero();

        reading.overview();
        reading.leaders();
        assertThat(count.opened()).isEqualTo(1);
        reading.close();

        assertThat(count.stillOpen()).isZero();
        assertThatThrownBy(reading::leaders).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void theConnectionGoesBackReadWriteAfterTheReading() {
        new Headlines(db, ZoneOffset.UTC).at(AS_OF);
        // the next unit of work on the same pool writes as before
        new Fixtures(db).contact("c-eve", "cold", Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"), null);
        assertThat(new Headlines(db, ZoneOffset.UTC).at(AS_OF).overview().pipeline().totalContacts()).isEqualTo(3);
    }
}
