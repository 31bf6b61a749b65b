package com.revops.integrations.credits;

import java.time.Instant;
import java.time.ZoneId;

import com.revops.domain.credits.CreditBurn;
import com.revops.domain.credits.CreditGovernor;
import com.revops.integrations.db.Database;

/** Reads the credit burn at an instant (the sums in SQL, the rules in the domain): {@code --credits} and the Credits screen. */
public final class CreditBurnReader {
    private final CreditRepository credits;
    private final ZoneId zone;

    public CreditBurnReader(Database database, ZoneId zone) {
        this.credits = new CreditRepository(database.jdbi());
        this.zone = zone;
    }

    public CreditBurn read(Instant asOf) {
        CreditGovernor governor = credits.governor();
        Instant monthStart = CreditGovernor.monthStart(asOf, zone);
        return CreditBurn.of(governor, asOf, zone, credits.spentToday(asOf, zone), credits.spentThisMonth(asOf, zone),
                credits.spentBy("model", monthStart, asOf), credits.spentBy("task_type", monthStart, asOf));
    }

    public CreditRepository repository() {
        return credits;
    }
}
