package com.revops.integrations.revenue.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.revops.domain.common.Stage;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;

/**
 * Generates a history from a {@link SyntheticProcess} into a real database: contacts, their stage transitions,
 * deal_won events at each win, and retainer payments with churn — everything up to {@code now} (later moves do not
 * happen yet), written in batches in one transaction.
 */
public final class SyntheticHistory {
    private static final String[] OFFERS = {"safari_automation", "creator_growth", "ai_automation", "personal_brand"};
    private static final double[] OFFER_VALUES = {2500, 1500, 3500, 997};
    private static final double[] OFFER_SHARES = {0.3, 0.3, 0.2, 0.2};

    /** Rows per INSERT statement. */
    private static final int CHUNK = 2000;

    private final SyntheticProcess p;
    private final Instant now;
    private final Random random;
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Object[]> transitions = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();

    private SyntheticHistory(SyntheticProcess process, Instant now) {
        this.p = process;
        this.now = now;
        this.random = new Random(process.seed());
    }

    /** Generates the history ending at {@code now} and writes it; returns what was written. */
    public static Summary write(Database db, SyntheticProcess process, Instant now) {
        SyntheticHistory h = new SyntheticHistory(process, now);
        h.simulate();
        h.store(db);
        return new Summary(h.contacts.size(), h.transitions.size(), h.events.stream().filter(e -> "deal_won".equals(e[1])).count());
    }

    private void simulate() {
        Instant start = now.minus(Duration.ofDays(p.historyDays()));
        for (int day = 0; day < p.historyDays(); day++) {
            double rate = p.leadsPerDay() * Math.exp(p.leadGrowthPerDay() * (day - p.historyDays()));
            long arrivals = poisson(rate);
            for (long i = 0; i < arrivals; i++) {
                Instant first = start.plus(Duration.ofSeconds((long) ((day + random.nextDouble()) * 86400)));
                walk(first);
            }
        }
    }

    private void walk(Instant first) {
        int offer = pick(OFFER_SHARES);
        boolean custom = random.nextDouble() < p.customShare();
        Contact c = new Contact(new UUID(random.nextLong(), random.nextLong()), "syn-" + contacts.size(), custom ? null : OFFERS[offer], first);
        contacts.add(c);
        Stage stage = Stage.OPEN.get(pick(p.startShares()));
        Instant entered = first;
        double warmth = gamma(p.warmthShape()) / p.warmthShape();
        while (stage.isOpen()) {
            int s = stage.ordinal();
            double advance = p.advancePerDay()[s] * warmth;
            double lost = p.lostPerDay()[s];
            double silent = p.silentPerDay()[s];
            double total = advance + lost + silent;
            Instant at = entered.plus(Duration.ofSeconds((long) (-Math.log(1 - random.nextDouble()) / total * 86400)));
            double which = random.nextDouble() * total;
            if (which >= advance + lost || at.isAfter(now)) {
                break; // silent for good, or the move lies in the future
            }
            Stage to;
            if (which >= advance) {
                to = Stage.CLOSED_LOST;
            } else {
                to = stage.next().orElseThrow();
                if (to.rank() < Stage.CALL_BOOKED.rank() && random.nextDouble() < p.skipShare()) {
                    to = to.next().orElseThrow();
                }
            }
            transitions.add(new Object[] {c.id, stage.code(), to.code(), at});
            stage = to;
            entered = at;
            if (to == Stage.CLOSED_WON) {
                won(c, offer, custom, at);
            }
        }
        c.stage = stage;
        c.enteredAt = entered;
    }

    private void won(Contact c, int offer, boolean custom, Instant at) {
        double value = custom ? 1500 + 1500 * random.nextDouble() : OFFER_VALUES[offer];
        if (random.nextDouble() < p.discountShare()) {
            value *= 1 - p.discount();
        }
        events.add(new Object[] {c.id, "deal_won", c.offer, money(value), at});
        if (custom || offer == 3 || random.nextDouble() >= p.retainerShare()) {
            return;
        }
        BigDecimal retainer = money(value >= 2500 ? 497 : 297);
        for (Instant pay = at.plus(Duration.ofDays(30)); !pay.isAfter(now); pay = pay.plus(Duration.ofDays(30))) {
            if (random.nextDouble() < p.monthlyChurn()) {
                events.add(new Object[] {c.id, "churn", c.offer, retainer, pay});
                return;
            }
            events.add(new Object[] {c.id, "recurring_payment", c.offer, retainer, pay});
        }
    }

    private void store(Database db) {
        db.jdbi().useTransaction(h -> {
            // multi-row statements (as an import writes), so the read model's triggers fire once per chunk, not per row
            for (int from = 0; from < contacts.size(); from += CHUNK) {
                List<Contact> chunk = contacts.subList(from, Math.min(contacts.size(), from + CHUNK));
                h.createUpdate("""
                        INSERT INTO crm_contacts (id, external_id, name, platform, niche, offer_tag, stage, stage_entered_at, first_contact_at)
                        SELECT id, ext, ext, 'linkedin', 'saas', offer, stage, entered, first
                          FROM unnest(CAST(:id AS uuid[]), CAST(:ext AS text[]), CAST(:offer AS text[]), CAST(:stage AS text[]),
                                      CAST(:entered AS timestamptz[]), CAST(:first AS timestamptz[])) AS r(id, ext, offer, stage, entered, first)""")
                        .bindArray("id", String.class, chunk.stream().map(c -> c.id.toString()).toList())
                        .bindArray("ext", String.class, chunk.stream().map(c -> c.externalId).toList())
                        .bindArray("offer", String.class, chunk.stream().map(c -> c.offer).toList())
                        .bindArray("stage", String.class, chunk.stream().map(c -> c.stage.code()).toList())
                        .bindArray("entered", String.class, chunk.stream().map(c -> c.enteredAt.toString()).toList())
                        .bindArray("first", String.class, chunk.stream().map(c -> c.first.toString()).toList())
                        .execute();
            }
            for (int from = 0; from < transitions.size(); from += CHUNK) {
                List<Object[]> chunk = transitions.subList(from, Math.min(transitions.size(), from + CHUNK));
                h.createUpdate("""
                        INSERT INTO actp_stage_transitions (contact_id, from_stage, to_stage, transitioned_at)
                        SELECT * FROM unnest(CAST(:c AS uuid[]), CAST(:from AS text[]), CAST(:to AS text[]), CAST(:at AS timestamptz[]))""")
                        .bindArray("c", String.class, chunk.stream().map(t -> t[0].toString()).toList())
                        .bindArray("from", String.class, chunk.stream().map(t -> (String) t[1]).toList())
                        .bindArray("to", String.class, chunk.stream().map(t -> (String) t[2]).toList())
                        .bindArray("at", String.class, chunk.stream().map(t -> t[3].toString()).toList())
                        .execute();
            }
            var revenue = h.prepareBatch("""
                    INSERT INTO actp_revenue_events (contact_id, event_type, offer_tag, amount, closed_at, created_at)
                    VALUES (:c, :type, :offer, :amount, :at, :at)""");
            for (Object[] e : events) {
                revenue.bind("c", e[0]).bind("type", e[1]).bind("offer", (String) e[2]).bind("amount", (BigDecimal) e[3])
                        .bind("at", SqlTime.bind((Instant) e[4])).add();
            }
            revenue.execute();
            h.execute("ANALYZE");
        });
    }

    private int pick(double[] shares) {
        double u = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private long poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    /** Gamma(k, 1) by Marsaglia–Tsang (k ≥ 1) or the boost for k < 1. */
    private double gamma(double k) {
        if (k < 1) {
            return gamma(k + 1) * Math.pow(random.nextDouble(), 1 / k);
        }
        double d = k - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** How much was generated. */
    public record Summary(int contacts, int transitions, long deals) {
    }

    private static final class Contact {
        final UUID id;
        final String externalId;
        final String offer;
        final Instant first;
        Stage stage;
        Instant enteredAt;

        Contact(UUID id, String externalId, String offer, Instant first) {
            this.id = id;
            this.externalId = externalId;
            this.offer = offer;
            this.first = first;
        }
    }
}
