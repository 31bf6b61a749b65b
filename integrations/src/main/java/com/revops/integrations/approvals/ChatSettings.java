package com.revops.integrations.approvals;

import java.util.Optional;

import com.revops.domain.approvals.ChatAccess;
import com.revops.integrations.secrets.ServiceCredentials;
import com.revops.integrations.telegram.TelegramSettings;

/**
 * Where approvals are taken: the Telegram bot and chat of the briefs (REVOPS_TELEGRAM_BOT_TOKEN,
 * REVOPS_TELEGRAM_CHAT_ID) and, for a group, who may decide (REVOPS_TELEGRAM_APPROVERS).
 */
public record ChatSettings(TelegramSettings telegram, ChatAccess access) {

    /** Empty while Telegram is not configured; a malformed approver list is refused naming it. */
    public static Optional<ChatSettings> from(ServiceCredentials credentials) {
        return credentials.telegram().map(t -> new ChatSettings(t,
                new ChatAccess(t.chatId(), ChatAccess.parseApprovers(credentials.get("telegram.approvers").orElse("")))));
    }

    /** True when the chat is a group (negative ids): then only the listed approvers may decide. */
    public boolean group() {
        return telegram.chatId().strip().startsWith("-");
    }
}
