package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.revops.domain.common.Stage;

/** A simulated prospect: profile, first contact, and every stage change up to today. */
final class DemoContact {
    record Move(Stage from, Stage to, Instant at) {
    }

    private final int number;
    private final ContactProfile profile;
    private final Instant firstContactAt;
    private final Stage startStage;
    private final List<Move> moves = new ArrayList<>();
    private BigDecimal score = BigDecimal.ZERO;
    private boolean silent;

    DemoContact(int number, ContactProfile profile, Instant firstContactAt, Stage startStage) {
        this.number = number;
        this.profile = profile;
        this.firstContactAt = firstContactAt;
        this.startStage = startStage;
    }

    int number() {
        return number;
    }

    UUID id() {
        return DemoIds.of("contact", number);
    }

    String externalId() {
        return String.format("demo-%04d", number);
    }

    ContactProfile profile() {
        return profile;
    }

    Instant firstContactAt() {
        return firstContactAt;
    }

    Stage startStage() {
        return startStage;
    }

    List<Move> moves() {
        return List.copyOf(moves);
    }

    void moveTo(Stage to, Instant at) {
        moves.add(new Move(stage(), to, at));
    }

    Stage stage() {
        return moves.isEmpty() ? startStage : moves.get(moves.size() - 1).to();
    }

    Instant stageEnteredAt() {
        return moves.isEmpty() ? firstContactAt : moves.get(moves.size() - 1).at();
    }

    /** The furthest stage in the order it has been in (never closed_lost). */
    Stage reached() {
        Stage furthest = startStage;
        for (Move move : moves) {
            if (move.to() != Stage.CLOSED_LOST && move.to().rank() > furthest.rank()) {
                furthest = move.to();
            }
        }
        return furthest;
    }

    Optional<Instant> wonAt() {
        return stage() == Stage.CLOSED_WON ? Optional.of(stageEnteredAt()) : Optional.empty();
    }

    BigDecimal score() {
        return score;
    }

    void score(BigDecimal score) {
        this.score = score;
    }

    /** A decision-stage contact nobody has talked to for days (the high_value_silent alert's subject). */
    boolean silent() {
        return silent;
    }

    void markSilent() {
        this.silent = true;
    }
}
