package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.OfferPerformanceCalculator;
import com.revops.domain.revenue.OperatorTime;
import com.revops.domain.revenue.Unattributed;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.settings.OperatorTimeSettings;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * Offer ROI with the full cost (SPEC §4): ad spend + AI credits tagged with the offer + the operator's time
 * for outreach items sent and calls booked, attributed through the contact, over the 90-day window.
 */
class OfferRoiTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    private Database db;
    private Fixtures f;
    private RevenueEngine engine;

    /*
     *  A (safari_automation, twitter, saas; first contact 1 Mar): dm_sent 2, 4, 6 Mar (+ 1 Dec, outside the window),
     *      a dm_reply and an email_sent (neither is an outreach item); decision → call_booked 10 Mar (+ one in Nov, outside);
     *      deal_won $2,500 on 12 Mar. Its post p1 (safari, twitter, saas) ran a $30 ad campaign; AI credits tagged safari $12
     *      (+ $5 untagged, no offer's cost).
     *  B (no offer, twitter, saas; first contact 2 Mar): linkedin_connect 3 Mar; decision → call_booked 8 Mar.
     *  An Upwork proposal sent from the queue on 5 Mar, without a contact.
     *
     *  At $100/h, 3 min per outreach item, 45 min per call:
     *   safari × twitter × saas: time (3 × 3 + 1 × 45) = 54 min → $90; ads $30; AI $12; cost $132
     *                            ROI (2500 − 132) ÷ 132 = 2368 ÷ 132 = 17.9393…
     *   (no offer) × twitter × saas: (3 + 45) = 48 min → $80, no revenue: ROI (0 − 80) ÷ 80 = −1
     *   (no offer) × upwork: 3 min → $5
     */
    @BeforeEach
    void history() {
        db = TestDatabase.fresh();
        f = new Fixtures(db);
        engine = new RevenueEngine(db, ZoneOffset.UTC);
        UUID a = f.contact("a", "closed_won", mar(12), mar(1), "safari_automation");
        UUID b = f.contact("b", "call_booked", mar(8), mar(2), null);
        for (int day : new int[] {2, 4, 6}) {
            interaction(a, "dm_sent", mar(day));
        }
        interaction(a, "dm_sent", Instant.parse("2025-12-01T10:00:00Z"));
        interaction(a, "dm_reply", mar(7));
        interaction(a, "email_sent", mar(8));
        f.transition(a, "decision", "call_booked", Instant.parse("2025-11-15T10:00:00Z"));
        f.transition(a, "decision", "call_booked", mar(10));
        f.transition(a, "call_booked", "closed_won", mar(12));
        f.event(a, "deal_won", "2500", mar(12), "safari_automation", "twitter", "saas");
        interaction(b, "linkedin_connect", mar(3));
        f.transition(b, "decision", "call_booked", mar(8));
        new OutreachFixtures(db).sent("upwork", "upwork_proposal", "upwork", mar(5)); // approved with its audit row, then sent
        sql("""
                INSERT INTO actp_content_performance (post_id, platform, niche, offer_tag, impressions, published_at)
                VALUES ('p1', 'twitter', 'saas', 'safari_automation', 1000, :at)""", mar(1));
        sql("""
                INSERT INTO actp_ad_campaigns (source_post_id, platform, status, spend_usd, approved_at, started_at)
                VALUES ('p1', 'twitter', 'completed', 30, :at, :at)""", mar(1));
        sql("""
                INSERT INTO actp_credit_usage (task_type, model, cost_usd, offer_tag, created_at) VALUES
                ('draft_generation', 'haiku', 12, 'safari_automation', :at), ('research_synthesis', 'sonnet', 5, NULL, :at)""", mar(5));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void costIsAdsPlusTaggedCreditsPlusTheOperatorsTimeAndRoiIsTheReturnOnIt() {
        OfferPerformanceCalculator.Result result = engine.offerPerformance(AS_OF);

        OfferPerformance safari = row(result, "safari_automation", "twitter");
        assertThat(safari.costs().outreachSent()).isEqualTo(3);
        assertThat(safari.costs().callsBooked()).isEqualTo(1);
        assertThat(safari.costs().operatorTime()).isEqualByComparingTo("90");
        assertThat(safari.costs().adSpend()).isEqualByComparingTo("30");
        assertThat(safari.costs().aiCredits()).isEqualByComparingTo("12");
        assertThat(safari.cost()).isEqualByComparingTo("132");
        assertThat(safari.roi().orElseThrow().doubleValue()).isCloseTo(2368.0 / 132, org.assertj.core.api.Assertions.within(1e-12));

        OfferPerformance noOffer = row(result, Unattributed.NO_OFFER, "twitter");
        assertThat(noOffer.costs().outreachSent()).isEqualTo(1);
        assertThat(noOffer.costs().callsBooked()).isEqualTo(1);
        assertThat(noOffer.cost()).isEqualByComparingTo("80");
        assertThat(noOffer.roi().orElseThrow()).isEqualByComparingTo("-1");
        OfferPerformance upwork = row(result, Unattributed.NO_OFFER, "upwork");
        assertThat(upwork.costs().outreachSent()).isEqualTo(1);
        assertThat(upwork.cost()).isEqualByComparingTo("5");

        OfferPerformance top = result.topOffer().orElseThrow();
        assertThat(top.offerTag()).isEqualTo("safari_automation");
        assertThat(top.cost()).isEqualByComparingTo("132");
    }

    @Test
    void theHourlyRateAndMinutesComeFromSettingsAndBadValuesChangeNothing() {
        OperatorTimeSettings settings = new OperatorTimeSettings(db.jdbi());
        assertThat(settings.read()).isEqualTo(OperatorTime.DEFAULT);
        settings.save("$60", "3", "45", AS_OF);
        // 54 min at $60/h = $54
        assertThat(row(engine.offerPerformance(AS_OF), "safari_automation", "twitter").costs().operatorTime()).isEqualByComparingTo("54");

        assertThatThrownBy(() -> settings.save("80", "-1", "45", AS_OF)).isInstanceOf(InvalidInputException.class)
                .hasMessage("minutes per outreach item: must not be negative (got -1)");
        assertThat(settings.read().hourlyRate()).isEqualByComparingTo("60");
        assertThat(settings.read().minutesPerOutreach()).isEqualByComparingTo("3");
    }

    @Test
    void theDailyRefreshStoresTheBreakdownAndCountsTheRowsItWrote() {
        OfferPerformanceCalculator.Result result = engine.offerPerformance(AS_OF);
        int written = new OfferRepository(db.jdbi()).store(result.rows(), LocalDate.of(2025, 12, 20), LocalDate.of(2026, 3, 20));
        assertThat(written).isEqualTo(result.rows().size()).isEqualTo(3);
        assertThat(f.text("""
                SELECT cost_usd || '=' || ad_spend_usd || '+' || ai_credits_usd || '+' || operator_time_usd || ' ' || outreach_sent || '/'
                       || calls_booked FROM actp_offer_performance WHERE offer_tag = 'safari_automation'"""))
                .isEqualTo("132.00=30.00+12.00+90.00 3/1");
        assertThat(f.count("SELECT count(*) FROM actp_offer_performance WHERE offer_tag = '(no offer)'")).isEqualTo(2);
    }

    private static OfferPerformance row(OfferPerformanceCalculator.Result result, String offer, String platform) {
        return result.rows().stream().filter(r -> r.offerTag().equals(offer) && r.platform().equals(platform)).findFirst().orElseThrow();
    }

    private void interaction(UUID contact, String type, Instant at) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO actp_interactions (contact_id, type, created_at) VALUES (:c, :t, :at)")
                .bind("c", contact).bind("t", type).bind("at", SqlTime.bind(at)).execute());
    }

    private void sql(String statement, Instant at) {
        db.jdbi().useHandle(h -> h.createUpdate(statement).bind("at", SqlTime.bind(at)).execute());
    }

    private static Instant mar(int day) {
        return Instant.parse(String.format("2026-03-%02dT10:00:00Z", day));
    }
}
