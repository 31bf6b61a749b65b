package com.revops.integrations.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.integrations.db.Database;
import com.revops.integrations.outreach.OutreachQueue;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

/** The digest: through the outbox, every value escaped, split above 4096 characters, within today's targets, never twice. */
class ApprovalDigestTest {
    private static final Instant DIGEST_AT = Instant.parse("2026-03-02T07:00:00Z");
    @TempDir
    Path home;
    private Database db;
    private OutreachFixtures fx;
    private ChatHarness chat;

    @BeforeEach
    void setUp() throws IOException {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
        chat = new ChatHarness(db, home, DIGEST_AT, "4242", "");
    }

    @AfterEach
    void tearDown() throws IOException {
        chat.close();
        db.close();
    }

    @Test
    void aLongDraftIsSplitAbove4096CharactersWithEveryValueEscapedAndTheButtonsOnTheLastPart() {
        UUID owner = fx.contact("<b>&Co</b>", "@co<script>", "linkedin", "decision", "a&b", new String[] {});
        fx.interaction(owner, "linkedin_reply", "Sure <i>maybe</i> & more", Instant.parse("2026-03-01T10:00:00Z"));
        // a legal LinkedIn message: 800 × "<b>&amp;" (8) joined by spaces = 7,199 characters of the 8,000 allowed
        String draft = String.join(" ", java.util.Collections.nCopies(800, "<b>&amp;"));
        assertThat(draft).hasSize(800 * 8 + 799);
        fx.pending(owner, "linkedin", "linkedin_message", "linkedin", draft, Instant.parse("2026-03-02T05:00:00Z"));

        chat.digest();

        List<JsonNode> sends = chat.telegram.calls("sendMessage");
        List<JsonNode> parts = sends.stream().filter(s -> !s.path("text").asText().contains("Approvals — ")).toList();
        // escaped, each "<b>&amp;" is "&lt;b&gt;&amp;amp;" (18): the draft is one line of 800 × 18 + 799 = 15,199 characters,
        // cut at spaces into pieces of 215 words (215 × 19 − 1 = 4,084 ≤ 4,096; 216 words would be 4,103): ⌈800 ÷ 215⌉ = 4
        // pieces; the header (about 300 characters) cannot join a 4,084 piece, so it goes alone: 5 parts
        assertThat(parts).hasSize(5);
        parts.forEach(p -> assertThat(p.path("text").asText().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(1).path("text").asText()).hasSize(4084);
        assertThat(parts.subList(0, 4)).allSatisfy(p -> assertThat(p.has("reply_markup")).isFalse());
        assertThat(FakeTelegramButtons.labels(parts.get(4))).containsExactly("✅ Approve", "✖ Reject", "✏️ Edit");
        String all = String.join("\n", parts.stream().map(p -> p.path("text").asText()).toList());
        assertThat(all).contains("🔗 <b>LinkedIn message</b> to <b>&lt;b&gt;&amp;Co&lt;/b&gt;</b> @co&lt;script&gt; · linkedin")
                .contains("Decision · a&amp;b").contains("“Sure &lt;i&gt;maybe&lt;/i&gt; &amp; more”")
                .contains("7199/8000 characters");
        // no markup from the data: every '<' left is one of the card's own tags
        assertThat(all.replaceAll("</?(b|i|code)>", "")).doesNotContain("<");
        assertThat(all.replace("&lt;b&gt;&amp;amp;", "")).doesNotContain("amp;amp;");
    }

    @Test
    void aSecondDigestTheSameDaySendsOnlyWhatIsNewOrChanged() {
        UUID ada = fx.contact("Ada Lovelace", "@ada", "instagram", "awareness", "fintech", new String[] {});
        UUID first = fx.pending(ada, "dm", "dm_send", "instagram", "Hi Ada", Instant.parse("2026-03-02T05:00:00Z"));
        chat.digest();
        int sent = chat.telegram.calls("sendMessage").size();
        assertThat(sent).isEqualTo(2); // the item and the summary

        ApprovalDigest.Report again = chat.digest();
        assertThat(again.queued()).isEmpty();
        assertThat(chat.telegram.calls("sendMessage")).hasSize(sent);

        new OutreachQueue(db.jdbi()).edit(first, "Hi Ada — changed", "operator", DIGEST_AT.plusSeconds(60));
        fx.pending(ada, "dm", "dm_send", "instagram", "A second note", Instant.parse("2026-03-02T06:00:00Z"));
        ApprovalDigest.Report third = chat.digest();
        assertThat(third.queued()).containsExactly("DM to Ada Lovelace", "DM to Ada Lovelace");
        assertThat(chat.sent("Approvals — ").button("✅ Approve all 2 shown")).isNotBlank();
    }

    @Test
    void todaysTargetsLimitWhatIsOffered() {
        // 19 DMs sent today: the target of 20 leaves room for 1 → of 3 pending DMs 1 is shown, 2 are held back
        for (int i = 0; i < 19; i++) {
            fx.sent("dm", "dm_send", "instagram", Instant.parse("2026-03-02T06:00:00Z").plusSeconds(i));
        }
        for (int i = 0; i < 3; i++) {
            fx.pending(null, "dm", "dm_send", "instagram", "DM number " + i, Instant.parse("2026-03-02T05:00:00Z").plusSeconds(i));
        }
        fx.pending(null, "upwork", "upwork_proposal", "upwork", "A proposal", Instant.parse("2026-03-02T05:00:00Z"));

        ApprovalDigest.Report report = chat.digest();

        assertThat(report.queued()).containsExactly("DM", "Upwork proposal");
        assertThat(report.heldBack()).containsEntry(OutreachChannel.DM, 2).containsEntry(OutreachChannel.UPWORK, 0);
        String summary = chat.sent("Approvals — ").body().path("text").asText();
        assertThat(summary).contains("Above: 1 DM, 1 Upwork proposal").contains("DMs 19/20")
                .contains("2 more DMs wait, not shown: today's target of 20 is reached");
    }

    @Test
    void nothingWaitingSendsNothing() {
        ApprovalDigest.Report report = chat.digest();
        assertThat(report.queued()).isEmpty();
        assertThat(report.summaryKey()).isEmpty();
        assertThat(chat.telegram.calls("sendMessage")).isEmpty();
        assertThat(fx.count("SELECT count(*) FROM revops_outbox")).isZero();
    }
}
