package com.revops.integrations.analytics;

import com.revops.integrations.db.Database;

/** Row counts for "nothing was written" checks. */
final class Tables {
    private Tables() {
    }

    static long count(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }
}
