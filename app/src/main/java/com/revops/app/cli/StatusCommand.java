package com.revops.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.integrations.db.Database;

/** {@code --status}: the health of the app and its data. */
final class StatusCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        Database db = session.services().database();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("database", db.description());
        status.put("contacts", db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM crm_contacts").mapTo(Integer.class).one()));
        status.put("as_of", session.services().clock().instant().toString());
        status.put("time_zone", session.services().zone().getId());
        if (session.json()) {
            session.printJson(status);
        } else {
            status.forEach((k, v) -> session.out().printf("%-12s %s%n", k.replace('_', ' '), v));
        }
        return ExitCode.OK;
    }
}
