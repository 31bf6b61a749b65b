package com.revops.integrations.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.integrations.db.Database;

/**
 * Every table of the schema as "rows:md5 of its rows", so a test can prove that a command changed
 * nothing at all (not just the tables it is expected to touch). Sequences are left out: PostgreSQL
 * never rolls them back.
 */
public final class DatabaseFingerprint {
    private DatabaseFingerprint() {
    }

    public static Map<String, String> of(Database db) {
        return db.jdbi().withHandle(h -> {
            List<String> tables = h.createQuery("""
                            SELECT table_name FROM information_schema.tables
                             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""")
                    .mapTo(String.class).list();
            Map<String, String> fingerprint = new LinkedHashMap<>();
            for (String table : tables) {
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                fingerprint.put(table, h.createQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') FROM "
                        + quoted + " t").mapTo(String.class).one());
            }
            return fingerprint;
        });
    }
}
