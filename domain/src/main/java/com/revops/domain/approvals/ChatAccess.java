package com.revops.domain.approvals;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.revops.domain.common.InvalidInputException;

/**
 * Who may decide from the chat (decision 0050): only presses and replies in the configured chat
 * ({@code REVOPS_TELEGRAM_CHAT_ID}) count. In a private chat that chat is the operator; in a group
 * only the user ids listed in {@code REVOPS_TELEGRAM_APPROVERS} may decide — a group without that
 * list decides nothing, since anyone added to it could press.
 */
public final class ChatAccess {
    /** The setting that lists a group's approvers. */
    public static final String APPROVERS = "REVOPS_TELEGRAM_APPROVERS";

    private final String chatId;
    private final Set<String> approvers;

    public ChatAccess(String chatId, Set<String> approvers) {
        this.chatId = chatId.strip();
        this.approvers = Set.copyOf(approvers);
    }

    /** The approvers as configured: user ids separated by commas or spaces; anything else is refused naming it. */
    public static Set<String> parseApprovers(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).map(id -> {
            if (!id.matches("\\d{1,19}")) {
                throw new InvalidInputException(APPROVERS, "'" + id + "' is not a Telegram user id (digits only, e.g. 123456789)");
            }
            return id;
        }).collect(Collectors.toUnmodifiableSet());
    }

    public String chatId() {
        return chatId;
    }

    public Set<String> approvers() {
        return approvers;
    }

    /**
     * Why the user {@code userId} may not decide from chat {@code chat} of type {@code chatType}
     * ({@code private}, {@code group}, {@code supergroup}, {@code channel}); empty when they may.
     */
    public Optional<String> refusal(String chat, String chatType, String userId) {
        if (chat == null || !chat.equals(chatId)) {
            return Optional.of("this chat is not the one set for approvals (REVOPS_TELEGRAM_CHAT_ID)");
        }
        if (userId == null || userId.isBlank()) {
            return Optional.of("the press carries no user, so no approver");
        }
        if ("private".equals(chatType)) {
            return userId.equals(chatId) ? Optional.empty() : Optional.of("only the owner of this private chat may approve");
        }
        if (!"group".equals(chatType) && !"supergroup".equals(chatType)) {
            return Optional.of("approvals are taken in a private chat or a group, not in a " + chatType);
        }
        if (approvers.isEmpty()) {
            return Optional.of("no approvers are set for this group: list their user ids in " + APPROVERS);
        }
        return approvers.contains(userId) ? Optional.empty()
                : Optional.of("you are not an approver of this group (" + APPROVERS + ")");
    }
}
