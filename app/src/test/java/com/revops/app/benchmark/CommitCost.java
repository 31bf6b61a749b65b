package com.revops.app.benchmark;

import com.revops.integrations.db.Database;

/**
 * What {@code synchronous_commit = on} costs a write (issue "Reliability and security" point 12): the
 * same small transaction — one settings row, as a logged deal or an approval writes a few rows — timed
 * with the server's setting (on: the commit waits for the WAL on disk) and with it switched off for the
 * transaction (the commit returns before the flush, and may be lost on power loss).
 */
final class CommitCost {
    private static final int COMMITS = 500;
    private static final String KEY = "benchmark_commit_cost";

    private CommitCost() {
    }

    static void report(Database db) {
        double on = msPerCommit(db, false);
        double off = msPerCommit(db, true);
        db.jdbi().useHandle(h -> h.createUpdate("DELETE FROM revops_settings WHERE key = :k").bind("k", KEY).execute());
        System.out.printf("%ncommit of a small write (%d transactions): %.2f ms with synchronous_commit=on, %.2f ms off (+%.2f ms)%n",
                COMMITS, on, off, on - off);
    }

    private static double msPerCommit(Database db, boolean asynchronous) {
        long start = System.nanoTime();
        for (int i = 0; i < COMMITS; i++) {
            int n = i;
            db.jdbi().useTransaction(h -> {
                if (asynchronous) {
                    h.execute("SET LOCAL synchronous_commit = off");
                }
                h.createUpdate("""
                                INSERT INTO revops_settings (key, value) VALUES (:k, :v)
                                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()""")
                        .bind("k", KEY).bind("v", String.valueOf(n)).execute();
            });
        }
        return (System.nanoTime() - start) / 1e6 / COMMITS;
    }
}
