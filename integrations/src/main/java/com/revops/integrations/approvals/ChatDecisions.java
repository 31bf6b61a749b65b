package com.revops.integrations.approvals;

import java.time.Instant;
import java.util.Optional;

import com.revops.domain.approvals.CallbackData;
import com.revops.domain.approvals.CallbackSigner;
import com.revops.domain.approvals.ChatAction;
import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.telegram.TelegramUpdate;

/**
 * Decides what a press or a reply in the approval chat does (decision 0050): first who may decide
 * there (the configured chat; in a group, the listed approvers), then whether the button is one this
 * install signed and still valid, then the action itself — each refusal with its reason, changing
 * nothing.
 */
final class ChatDecisions {
    private final ChatSettings settings;
    private final CallbackSigner signer;
    private final ChatDesk desk;
    private final OutreachButtons outreach;
    private final EditButtons edits;
    private final DigestButtons digests;
    private final AdButtons ads;

    ChatDecisions(ChatSettings settings, CallbackSigner signer, ChatDesk desk, AdButtons ads) {
        this.settings = settings;
        this.signer = signer;
        this.desk = desk;
        this.outreach = new OutreachButtons(desk);
        this.edits = new EditButtons(desk);
        this.digests = new DigestButtons(desk);
        this.ads = ads;
    }

    ChatReply press(TelegramUpdate.Press press, Instant now) {
        Optional<String> refusal = settings.access().refusal(press.chatId().orElse(null), press.chatType().orElse(""), press.userId());
        if (refusal.isPresent()) {
            return ChatReply.refused(refusal.get());
        }
        CallbackSigner.Verdict verdict = signer.verify(press.data().orElse(""), now);
        if (verdict instanceof CallbackSigner.Verdict.Refused refused) {
            return ChatReply.refused(refused.reason());
        }
        if (verdict instanceof CallbackSigner.Verdict.Expired expired) {
            return ChatReply.refused(expired(expired.data()));
        }
        CallbackData data = ((CallbackSigner.Verdict.Accepted) verdict).data();
        Approver who = new Approver(press.userId(), press.userName(), settings.group());
        try {
            return act(who, press.chatId().orElseThrow(), data, now);
        } catch (InvalidInputException e) {
            return ChatReply.refused(e.problem());
        }
    }

    /** A message: the reply to an edit prompt is taken (or refused, said why); any other message is none of ours. */
    Optional<ChatReply> message(TelegramUpdate.Message message, Instant now) {
        if (message.replyTo().isEmpty()) {
            return Optional.empty();
        }
        Optional<EditRequests.Request> request = desk.edits.byPrompt(message.chatId(), message.replyTo().get());
        if (request.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> refusal = settings.access().refusal(message.chatId(), message.chatType(), message.userId());
        if (refusal.isPresent()) {
            return Optional.of(ChatReply.refused(refusal.get()));
        }
        Approver who = new Approver(message.userId(), message.userName(), settings.group());
        return Optional.of(edits.reply(who, request.get(), message.text(), now));
    }

    private ChatReply act(Approver who, String chatId, CallbackData data, Instant now) {
        return switch (data.action()) {
            case APPROVE -> outreach.approve(who, data, now);
            case REJECT -> outreach.reject(who, data, now);
            case EDIT -> outreach.edit(who, chatId, data, now);
            case UNDO -> outreach.undo(who, data, now);
            case EDIT_APPROVE -> edits.confirm(who, data, true, now);
            case EDIT_SAVE -> edits.confirm(who, data, false, now);
            case EDIT_CANCEL -> edits.cancel(who, data, now);
            case ALL_ASK -> digests.ask(data, now);
            case ALL_CONFIRM -> digests.confirm(who, data, now);
            case ALL_CANCEL -> digests.cancel(data, now);
            case ALL_UNDO -> digests.undo(who, data, now);
            case AD_ASK -> ads.ask(data, now);
            case AD_LAUNCH -> ads.launch(who, data, now);
            case AD_REJECT -> ads.reject(who, data, now);
            case AD_CANCEL -> ads.cancel(data, now);
        };
    }

    private String expired(CallbackData data) {
        if (data.action() == ChatAction.UNDO || data.action() == ChatAction.ALL_UNDO) {
            return "Undo works for 5 minutes after a decision; re-open the item in the console instead";
        }
        return "this button expired " + desk.time(data.expires(), data.expires()) + " (buttons work for 48 hours) — send the digest again";
    }
}
