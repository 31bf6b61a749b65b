package com.revops.domain.alerts;

/**
 * One alert: its type, severity, subject (what it is about — "pipeline", a contact, "daily"),
 * what happened and what to do. The same type + subject is raised at most once a day.
 */
public record Alert(AlertType type, Severity severity, String subject, String message, String action) {
}
