package com.revops.domain.alerts;

import java.util.Locale;

/** How loudly an alert speaks. */
public enum Severity {
    INFO, WARNING, URGENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
