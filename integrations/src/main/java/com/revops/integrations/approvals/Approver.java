package com.revops.integrations.approvals;

/** Who pressed or replied: their Telegram user id and name, and whether the chat is a group. */
record Approver(String userId, String name, boolean group) {
    /** The actor of their decisions in the approval audit log. */
    String actor() {
        return "telegram:" + userId;
    }

    /** " by Ada" in a group, where several may decide; nothing in a private chat. */
    String by() {
        return group && !name.isBlank() ? " by " + name : "";
    }
}
