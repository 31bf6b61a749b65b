package com.revops.integrations.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;

/** REVOPS_DB_URL: the PostgreSQL forms an operator copies are accepted; anything else is bad input naming the variable. */
class JdbcUrlsTest {
    @Test
    void acceptsThePostgresqlFormsOperatorsCopy() {
        for (String url : new String[] {"jdbc:postgresql://localhost/revops", "jdbc:postgresql://db.example.com:5432/postgres?sslmode=require",
                "postgresql://postgres:p%40ss@db.abcd.supabase.co:5432/postgres?sslmode=require", "postgres://u@[::1]:5432/revops",
                "jdbc:postgresql://h1:5432,h2:5433/revops?targetServerType=primary", "db.internal:5432/revops", "jdbc:postgresql:revops"}) {
            assertThatCode(() -> JdbcUrls.check("REVOPS_DB_URL", url)).as(url).doesNotThrowAnyException();
        }
    }

    @Test
    void anotherDatabasesUrlIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> JdbcUrls.check("REVOPS_DB_URL", "jdbc:mysql://root:hunter2@localhost:3306/revops"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("REVOPS_DB_URL: is a mysql URL; RevOps needs PostgreSQL 14+ "
                        + "(jdbc:postgresql://host:5432/db or postgresql://user:password@host:5432/db)");
    }

    @Test
    void textThatIsNoUrlIsRefusedWithoutRepeatingAPassword() {
        assertThatThrownBy(() -> JdbcUrls.check("REVOPS_DB_URL", "not a url"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("REVOPS_DB_URL: 'not a url' is not a PostgreSQL URL");
        assertThatThrownBy(() -> JdbcUrls.check("REVOPS_DB_URL", "postgresql://ops:s3cret@host name/db"))
                .satisfies(e -> assertThat(e.getMessage()).startsWith("REVOPS_DB_URL:").doesNotContain("s3cret"));
    }
}
