package com.revops.domain.brief;

/** An open alert as the brief shows it: severity, what happened, what to do. */
public record BriefAlert(String severity, String message, String action) {
}
