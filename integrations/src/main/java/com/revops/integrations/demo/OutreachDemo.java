package com.revops.integrations.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.revops.domain.common.Stage;

/**
 * The approval queue (PRD-019 §4.7, SPEC §9). Waiting for the operator: 30 LinkedIn, 14 DMs and the
 * 5 drafted Upwork proposals. Today 18 LinkedIn, 6 DMs and 1 proposal are already approved and sent
 * (against the daily targets 50 / 20 / 5); a few are approved but not yet sent, a few were rejected,
 * two failed. The six days before carry a history of sent items. Every sent message is also in the
 * contact's timeline.
 */
final class OutreachDemo {
    private static final int HISTORY_DAYS = 6;

    private final DemoCalendar calendar;
    private final Random random = DemoDataset.random("outreach");
    private final Set<UUID> connected = new HashSet<>();
    private final Set<UUID> used = new HashSet<>();
    private DemoTable queue;
    private DemoTable interactions;
    private DemoAuditTrail audit;
    private int linkedinTurn;
    private int dmTurn;
    private List<DemoContact> linkedinPool;
    private List<DemoContact> dmPool;
    private List<DemoContact> newLinkedin;
    private List<DemoContact> newDm;

    OutreachDemo(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    void write(List<DemoContact> contacts, UpworkDemo upwork, DemoTable interactions, DemoDataset data) {
        this.interactions = interactions;
        queue = data.define(DemoTable.of("actp_outreach_queue", "id", "contact_id", "action", "message", "platform",
                "status", "approval_required", "scheduled_at", "sent_at", "channel", "approved_at", "approved_by",
                "approved_message", "rejected_reason", "upwork_job_id", "error", "created_at", "updated_at"));
        audit = new DemoAuditTrail(data);
        linkedinPool = pool(contacts, c -> c.profile().platform().equals("linkedin"), calendar.daysBefore(7));
        dmPool = pool(contacts, c -> c.profile().takesDirectMessages(), calendar.daysBefore(7));
        newLinkedin = pool(contacts, c -> c.profile().platform().equals("linkedin"), calendar.anchor());
        newDm = pool(contacts, c -> c.profile().takesDirectMessages(), calendar.anchor());

        for (int day = HISTORY_DAYS; day >= 1; day--) {
            sendOn(day, "linkedin", RandomDraws.between(random, 8, 12));
            sendOn(day, "dm", RandomDraws.between(random, 3, 5));
        }
        sendOn(0, "linkedin", 18);
        sendOn(0, "dm", 6);
        writeUpwork(upwork);
        writeUnsent();
        for (int i = 0; i < 30; i++) {
            pending("linkedin", unused(newLinkedin, this::nextLinkedin));
        }
        for (int i = 0; i < 14; i++) {
            pending("dm", unused(newDm, this::nextDm));
        }
    }

    /** Drafted overnight or this morning, after the contact was found. */
    private void pending(String channel, DemoContact contact) {
        Instant drafted = calendar.daysBefore(RandomDraws.between(random, 0.02, 1.0));
        Instant earliest = contact.firstContactAt().plus(Duration.ofHours(1));
        item(channel, contact, "pending", drafted.isAfter(earliest) ? drafted : earliest, null, null, null, null);
    }

    private void sendOn(int daysAgo, String channel, int count) {
        for (int i = 0; i < count; i++) {
            double start = daysAgo == 0 ? 0.05 + 0.8 * i / count : RandomDraws.between(random, 0.35, 0.75);
            Instant approved = calendar.onDay(daysAgo, start);
            Instant sent = calendar.onDay(daysAgo, start + RandomDraws.between(random, 0.002, 0.02));
            Instant created = calendar.onDay(daysAgo, 0).minus(Duration.ofHours(RandomDraws.between(random, 1, 6)));
            DemoContact contact = channel.equals("linkedin") ? nextLinkedin() : nextDm();
            item(channel, contact, "sent", created, approved, sent, null, null);
        }
    }

    private void writeUpwork(UpworkDemo upwork) {
        List<UpworkDemo.Job> sentJobs = new ArrayList<>(upwork.withStatus("submitted"));
        sentJobs.addAll(upwork.withStatus("won"));
        sentJobs.addAll(upwork.withStatus("lost"));
        UpworkDemo.Job latest = sentJobs.get(0);
        for (UpworkDemo.Job job : sentJobs) {
            Instant created = job.postedAt().plus(Duration.ofHours(1));
            Instant approved = job == latest ? calendar.today(0.4) : job.postedAt().plus(Duration.ofHours(3));
            Instant sent = job == latest ? calendar.today(0.42) : approved.plus(Duration.ofMinutes(12));
            proposal(job, "sent", created, approved, sent);
        }
        for (UpworkDemo.Job job : upwork.withStatus("proposal_drafted")) {
            proposal(job, "pending", job.postedAt().plus(Duration.ofMinutes(40)), null, null);
        }
    }

    private void writeUnsent() {
        item("linkedin", nextLinkedin(), "approved", calendar.daysBefore(0.3), calendar.today(0.9), null, null, null);
        item("linkedin", nextLinkedin(), "approved", calendar.daysBefore(0.3), calendar.today(0.92), null, null, null);
        item("dm", nextDm(), "approved", calendar.daysBefore(0.3), calendar.today(0.95), null, null, null);
        item("linkedin", nextLinkedin(), "failed", calendar.daysBefore(1.4), calendar.daysBefore(1.2), null, null,
                "LinkedIn weekly invitation limit reached; retry on Monday.");
        item("dm", nextDm(), "failed", calendar.daysBefore(0.6), calendar.daysBefore(0.5), null, null,
                "Instagram session expired; log in again on the worker machine.");
        item("dm", nextDm(), "rejected", calendar.daysBefore(1.3), null, null, "Too salesy for a first touch.", null);
        item("dm", nextDm(), "rejected", calendar.daysBefore(1.1), null, null, "Already talking to them by email.", null);
        item("linkedin", nextLinkedin(), "rejected", calendar.daysBefore(0.7), null, null,
                "Wrong niche: they run an agency, not a SaaS.", null);
    }

    private void item(String channel, DemoContact contact, String status, Instant created, Instant approved, Instant sent,
                      String rejectedReason, String error) {
        ContactProfile p = contact.profile();
        boolean connect = channel.equals("linkedin") && contact.stage() == Stage.COLD && !connected.contains(contact.id());
        String action = channel.equals("dm") ? "dm_send" : connect ? "linkedin_connect" : "linkedin_message";
        String message = OutreachMessages.draft(action, contact);
        String approvedMessage = approved == null ? null : queueNumber() % 4 == 0 ? OutreachMessages.edited(message) : message;
        Instant rejected = rejectedReason == null ? null : created.plus(Duration.ofHours(2));
        Instant failed = error == null ? null : approved.plus(Duration.ofMinutes(5));
        Instant updated = latest(created, approved, sent, rejected, failed);
        UUID id = nextId();
        queue.add(id, contact.id(), action, message, p.platform(), status, true,
                null, sent, channel, approved, approved == null ? null : "operator", approvedMessage, rejectedReason, null,
                error, created, updated);
        decided(id, message, approvedMessage, approved, sent, rejected, rejectedReason, failed, error);
        if (sent != null) {
            connected.add(contact.id());
            interactions.add(contact.id(), connect ? "linkedin_connect" : "dm_sent", approvedMessage, p.platform(), sent);
        }
    }

    private void proposal(UpworkDemo.Job job, String status, Instant created, Instant approved, Instant sent) {
        UUID id = nextId();
        queue.add(id, null, "upwork_proposal", job.proposal(), "upwork", status, true,
                null, sent, "upwork", approved, approved == null ? null : "operator", approved == null ? null : job.proposal(),
                null, job.id(), null, created, latest(created, approved, sent, null));
        decided(id, job.proposal(), approved == null ? null : job.proposal(), approved, sent, null, null, null, null);
    }

    /** The audit rows of a decided item, in the order the decisions were taken. */
    private void decided(UUID id, String draft, String approvedMessage, Instant approved, Instant sent, Instant rejected,
                         String rejectedReason, Instant failed, String error) {
        if (approved != null) {
            audit.approved(id, draft, approvedMessage, approved);
        }
        if (sent != null) {
            audit.sent(id, approvedMessage, approved, sent);
        }
        if (failed != null) {
            audit.failed(id, approvedMessage, approved, failed, error);
        }
        if (rejected != null) {
            audit.rejected(id, draft, rejectedReason, rejected);
        }
    }

    /**
     * The next item's id: stable for a given load time, and new at every load, so that the audit rows of
     * an earlier load (kept: the log is append-only) never mix into the history of this load's items.
     */
    private UUID nextId() {
        return DemoIds.of("outreach-" + calendar.now(), queueNumber() + 1);
    }

    private int queueNumber() {
        return queue.size();
    }

    private DemoContact nextLinkedin() {
        return mark(linkedinPool.get(linkedinTurn++ % linkedinPool.size()));
    }

    private DemoContact nextDm() {
        return mark(dmPool.get(dmTurn++ % dmPool.size()));
    }

    /** A contact with nothing in the queue yet, while there is one; otherwise the next one of the older pool. */
    private DemoContact unused(List<DemoContact> candidates, Supplier<DemoContact> otherwise) {
        return candidates.stream().filter(c -> !used.contains(c.id())).findFirst().map(this::mark).orElseGet(otherwise);
    }

    private DemoContact mark(DemoContact contact) {
        used.add(contact.id());
        return contact;
    }

    /** Open, early-stage contacts found before {@code knownBefore} (never the silent decision-makers). */
    private List<DemoContact> pool(List<DemoContact> contacts, Predicate<DemoContact> channel, Instant knownBefore) {
        List<DemoContact> pool = new ArrayList<>(contacts.stream().filter(channel)
                .filter(c -> c.stage() == Stage.COLD || c.stage() == Stage.AWARENESS || c.stage() == Stage.CONSIDERATION)
                .filter(c -> c.firstContactAt().isBefore(knownBefore)).toList());
        Collections.shuffle(pool, random);
        return pool;
    }

    private static Instant latest(Instant... moments) {
        Instant latest = null;
        for (Instant moment : moments) {
            if (moment != null && (latest == null || moment.isAfter(latest))) {
                latest = moment;
            }
        }
        return latest;
    }
}
