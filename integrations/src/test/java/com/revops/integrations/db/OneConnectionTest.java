package com.revops.integrations.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;

/** The one plain connection of a CLI call (docs/decisions/0066), on a real PostgreSQL. */
class OneConnectionTest {
    private Database db;
    private OneConnection one;
    private Jdbi jdbi;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
        one = new OneConnection(((HikariDataSource) db.dataSource()).getJdbcUrl(), Database.APP_ROLE, null, "revops:test:1");
        jdbi = Jdbi.create(one);
    }

    @AfterEach
    void close() {
        one.close();
        db.close();
    }

    @Test
    void everyHandleOfTheCallWorksOnTheSameServerConnection() {
        int first = jdbi.withHandle(OneConnectionTest::backend);
        int second = jdbi.withHandle(OneConnectionTest::backend);
        int third = jdbi.inTransaction(OneConnectionTest::backend);

        assertThat(List.of(second, third)).containsOnly(first);
        String name = jdbi.withHandle(h -> h.createQuery("SELECT current_setting('application_name')").mapTo(String.class).one());
        assertThat(name).isEqualTo("revops:test:1");
    }

    @Test
    void aTransactionLeftOpenIsRolledBackWhenItsConnectionIsGivenBack() throws SQLException {
        try (Connection c = one.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            c.setReadOnly(false);
            s.execute("INSERT INTO crm_contacts (external_id, name) VALUES ('c-1', 'Ada')");
        } // given back without commit
        try (Connection c = one.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM crm_contacts")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    @Test
    void aConnectionGivenBackCanNoLongerBeUsed() throws SQLException {
        Connection c = one.getConnection();
        c.close();
        assertThat(c.isClosed()).isTrue();
        assertThatThrownBy(c::createStatement).isInstanceOf(SQLException.class);
    }

    @Test
    void twoHandlesOpenAtOnceEachHaveAConnectionAndTheExtraOneIsClosedWhenGivenBack() {
        int outer;
        int inner;
        try (Handle a = jdbi.open(); Handle b = jdbi.open()) {
            outer = backend(a);
            inner = backend(b);
        }
        assertThat(inner).isNotEqualTo(outer);
        // only one connection stays open for the next handle (a closed one leaves pg_stat_activity a moment later)
        long ours = Long.MAX_VALUE;
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (ours != 1 && System.nanoTime() < deadline) {
            ours = jdbi.withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'revops:test:1'").mapTo(Long.class).one());
        }
        assertThat(ours).isEqualTo(1);
    }

    @Test
    void aCommittedTransactionStays() {
        jdbi.useTransaction(h -> h.execute("INSERT INTO crm_contacts (external_id, name) VALUES ('c-2', 'Grace')"));
        String name = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM crm_contacts").mapTo(String.class).one());
        assertThat(name).isEqualTo("Grace");
    }

    private static int backend(Handle h) {
        return h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one();
    }
}
