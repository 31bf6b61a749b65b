package com.revops.domain.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;

class ChatAccessTest {
    @Test
    void inAPrivateChatOnlyItsOwnerDecides() {
        ChatAccess access = new ChatAccess("4242", Set.of());
        assertThat(access.refusal("4242", "private", "4242")).isEmpty();
        assertThat(access.refusal("5151", "private", "5151")).get().asString().contains("not the one set for approvals");
    }

    @Test
    void inAGroupOnlyTheListedApproversDecide() {
        ChatAccess access = new ChatAccess("-100777", ChatAccess.parseApprovers("42, 43"));
        assertThat(access.refusal("-100777", "supergroup", "42")).isEmpty();
        assertThat(access.refusal("-100777", "group", "43")).isEmpty();
        assertThat(access.refusal("-100777", "supergroup", "99")).get().asString().contains("not an approver");
        assertThat(access.refusal("-100999", "supergroup", "42")).get().asString().contains("not the one set for approvals");
    }

    @Test
    void aGroupWithoutApproversDecidesNothing() {
        ChatAccess access = new ChatAccess("-100777", Set.of());
        assertThat(access.refusal("-100777", "supergroup", "42")).get().asString().contains("REVOPS_TELEGRAM_APPROVERS");
        assertThat(access.refusal("-100777", "channel", "42")).get().asString().contains("not in a channel");
    }

    @Test
    void approversAreUserIds() {
        assertThat(ChatAccess.parseApprovers(" 1 2,3 ")).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(ChatAccess.parseApprovers("")).isEmpty();
        assertThatThrownBy(() -> ChatAccess.parseApprovers("42,@ada")).isInstanceOf(InvalidInputException.class)
                .hasMessage("REVOPS_TELEGRAM_APPROVERS: '@ada' is not a Telegram user id (digits only, e.g. 123456789)");
    }
}
