package com.revops.integrations.csv;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.RevenueEventType;
import com.revops.domain.common.Stage;
import com.revops.domain.revenue.OfferCatalog;

/**
 * The rules an import keeps beyond the schema's own constraints: the values the app's code knows
 * (stages, event types, the offer catalog — the same rules as {@code --log-deal}), and the approval
 * gate (SPEC §9): outreach comes in only as pending items that wait for the operator's approval, and
 * the approval audit log is written by the console alone.
 */
final class TableRules {
    static final String AUDIT_TABLE = "actp_approval_audit";
    private static final String QUEUE_TABLE = "actp_outreach_queue";
    private static final Set<String> STAGE_COLUMNS = Set.of("stage", "from_stage", "to_stage");
    /** What only an approval (or the worker's report after it) sets on a queue item. */
    private static final Set<String> DECIDED_COLUMNS = Set.of("approved_at", "approved_by", "approved_message", "sent_at",
            "rejected_reason", "error");

    private final String table;
    private final Supplier<OfferCatalog> catalog;
    private OfferCatalog loaded;

    TableRules(String table, Supplier<OfferCatalog> catalog) {
        this.table = table;
        this.catalog = catalog;
    }

    /** Refuses tables the operator may not import into (before the file is read). */
    static void checkImportable(String table) {
        if (AUDIT_TABLE.equals(table)) {
            throw new InvalidInputException("TABLE", "'" + table + "' is the approval audit log: only the console writes it, "
                    + "as the operator approves, edits or rejects (SPEC §9); it cannot be imported");
        }
    }

    /**
     * The value to store for a non-empty field of {@code column}: the value itself, or its canonical form
     * (an offer tag in the catalog's spelling); throws {@link IllegalArgumentException} with the problem.
     */
    String check(String column, String value) {
        if (STAGE_COLUMNS.contains(column) && Stage.fromCode(value).isEmpty()) {
            throw new IllegalArgumentException("unknown stage '" + value + "'; expected one of " + Stage.codes());
        }
        if ("actp_revenue_events".equals(table)) {
            if ("event_type".equals(column) && RevenueEventType.fromCode(value).isEmpty()) {
                throw new IllegalArgumentException("unknown event type '" + value + "'; expected one of " + RevenueEventType.codes());
            }
            if ("offer_tag".equals(column)) {
                OfferCatalog offers = offers();
                return offers.canonical(value).orElseThrow(() -> new IllegalArgumentException("unknown offer '" + value
                        + "'; known offers: " + String.join(", ", new TreeSet<>(offers.values().keySet()))));
            }
        }
        if (QUEUE_TABLE.equals(table)) {
            return checkQueue(column, value);
        }
        return value;
    }

    private static String checkQueue(String column, String value) {
        String gate = "outreach is imported only as pending items that wait for approval (SPEC §9)";
        if ("status".equals(column)) {
            if (!"pending".equals(value.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("'" + value + "' cannot be imported: " + gate);
            }
            return "pending";
        }
        if ("approval_required".equals(column) && "false".equals(value)) {
            throw new IllegalArgumentException("cannot be false: " + gate);
        }
        if (DECIDED_COLUMNS.contains(column)) {
            throw new IllegalArgumentException("must be empty: " + gate);
        }
        return value;
    }

    private OfferCatalog offers() {
        if (loaded == null) {
            loaded = catalog.get();
        }
        return loaded;
    }
}
