package com.revops.integrations.demo;

/** Drafts of personalized outreach, in the voice the worker's drafts use, and the operator's edits of them. */
final class OutreachMessages {
    private OutreachMessages() {
    }

    static String draft(String action, DemoContact contact) {
        ContactProfile p = contact.profile();
        boolean alternate = contact.number() % 2 == 0;
        return switch (action) {
            case "linkedin_connect" -> alternate
                    ? "Hi " + p.firstName() + " — I work with " + PitchWording.audience(p.niche()) + " on "
                    + PitchWording.pitch(p.offerTag()) + ". Your post on " + PitchWording.topic(p.niche())
                    + " was spot on; would love to connect."
                    : "Hi " + p.firstName() + ", fellow " + p.niche() + " nerd here. I've been writing about "
                    + PitchWording.topic(p.niche()) + " and thought you'd find it useful. Happy to connect!";
            case "linkedin_message" -> "Thanks for connecting, " + p.firstName() + ". We recently helped "
                    + PitchWording.oneOf(p.niche()) + " " + PitchWording.result(p.niche())
                    + ". Worth a 15-minute call next week to see if the same works for you?";
            default -> alternate
                    ? "Hey " + p.firstName() + "! Loved your " + PitchWording.platformName(p.platform()) + " post about "
                    + PitchWording.topic(p.niche()) + ". I put together a quick breakdown of how "
                    + PitchWording.audience(p.niche()) + " use " + PitchWording.pitch(p.offerTag()) + ". Want me to send it over?"
                    : "Hi " + p.firstName() + ", quick one: we just helped " + PitchWording.oneOf(p.niche()) + " "
                    + PitchWording.result(p.niche()) + ". Curious if " + PitchWording.topic(p.niche())
                    + " is on your list this quarter?";
        };
    }

    /** The operator's edit: keeps the opening sentence, ends with a softer ask. */
    static String edited(String message) {
        int end = message.indexOf(". ");
        String opening = end > 0 ? message.substring(0, end + 1) : message;
        return opening + " No pitch, just curious: open to a quick chat this week?";
    }
}
