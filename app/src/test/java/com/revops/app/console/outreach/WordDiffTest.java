package com.revops.app.console.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.revops.app.console.outreach.WordDiff.Kind;
import com.revops.app.console.outreach.WordDiff.Piece;

class WordDiffTest {
    @Test
    void unchangedTextIsOneSamePiece() {
        assertThat(WordDiff.between("Hi Ada, connect?", "Hi Ada, connect?")).containsExactly(new Piece(Kind.SAME, "Hi Ada, connect?"));
    }

    @Test
    void replacedWordsAreRemovedThenAdded() {
        assertThat(WordDiff.between("Open to a quick chat?", "Open to a 15-minute call?")).containsExactly(
                new Piece(Kind.SAME, "Open to a"), new Piece(Kind.REMOVED, " quick chat?"), new Piece(Kind.ADDED, " 15-minute call?"));
    }

    @Test
    void wordsCompareWithoutTheBlanksBeforeThemAndKeepLineBreaks() {
        assertThat(WordDiff.between("Hello there\nBest, Ann", "Hello there\n\nThanks!\nBest, Ann")).containsExactly(
                new Piece(Kind.SAME, "Hello there"), new Piece(Kind.ADDED, "\n\nThanks!"), new Piece(Kind.SAME, "\nBest, Ann"));
    }

    @Test
    void emptySidesAreAllAddedOrAllRemoved() {
        assertThat(WordDiff.between("", "New text")).containsExactly(new Piece(Kind.ADDED, "New text"));
        assertThat(WordDiff.between("Old text ", "")).containsExactly(new Piece(Kind.REMOVED, "Old text"));
    }
}
