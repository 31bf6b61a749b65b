package com.revops.app.console;

import java.util.Optional;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The console's screens (SPEC §6), in sidebar order; the first nine have Cmd/Ctrl+1..9. */
public enum ScreenId {
    DASHBOARD("Dashboard", Feather.HOME),
    PIPELINE("Pipeline", Feather.FILTER),
    FORECAST("Forecast", Feather.TRENDING_UP),
    OFFERS("Offers", Feather.TAG),
    SOURCES("Sources & attribution", Feather.GLOBE),
    CREDITS("Credits", Feather.CPU),
    FUNNEL("Funnel phase", Feather.BAR_CHART_2),
    OUTREACH("Outreach queue", Feather.SEND),
    CONTACTS("Contacts", Feather.USERS),
    LOG_DEAL("Log deal", Feather.DOLLAR_SIGN),
    EXPERIMENTS("Experiments", Feather.ACTIVITY),
    ADS("Ads", Feather.TARGET),
    EMAIL("Email sequences", Feather.MAIL),
    ROUTINE("Daily routine", Feather.LIST),
    SORA("Sora jobs", Feather.FILM),
    JOBS("Jobs", Feather.CLOCK),
    SETTINGS("Settings", Feather.SETTINGS);

    private final String title;
    private final Ikon icon;

    ScreenId(String title, Ikon icon) {
        this.title = title;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** 1..9 for the first nine screens. */
    public Optional<Integer> shortcutDigit() {
        return ordinal() < 9 ? Optional.of(ordinal() + 1) : Optional.empty();
    }

    public static Optional<ScreenId> byName(String name) {
        for (ScreenId id : values()) {
            if (id.name().equals(name)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
