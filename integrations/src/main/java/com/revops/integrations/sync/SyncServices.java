package com.revops.integrations.sync;

import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.analytics.Configured;
import com.revops.integrations.http.Pause;
import com.revops.integrations.resend.ResendClient;
import com.revops.integrations.resend.ResendSettings;
import com.revops.integrations.secrets.ServiceCredentials;
import com.revops.integrations.stripe.StripeClient;
import com.revops.integrations.stripe.StripeSettings;

import okhttp3.OkHttpClient;

/** The pullable services as configured now: environment first, then Settings (SPEC §7). */
public final class SyncServices {
    private final ServiceCredentials credentials;
    private final OkHttpClient http;
    private final Pause pause;

    public SyncServices(ServiceCredentials credentials, OkHttpClient http, Pause pause) {
        this.credentials = credentials;
        this.http = http;
        this.pause = pause;
    }

    public AnalyticsSources analytics() {
        return new AnalyticsSources(credentials, http);
    }

    /** Nothing configured (a scheduler context without settings). */
    public static SyncServices unconfigured() {
        return new SyncServices(ServiceCredentials.none(), com.revops.integrations.http.HttpClients.shared(), Pause.REAL);
    }

    public Configured<ResendClient> resend() {
        Configured<ResendSettings> settings = ResendSettings.from(credentials);
        return settings.client().<Configured<ResendClient>>map(s -> Configured.of(new ResendClient(http, s, pause)))
                .orElseGet(() -> Configured.missing(settings.missing()));
    }

    public Configured<StripeClient> stripe() {
        Configured<StripeSettings> settings = StripeSettings.from(credentials);
        return settings.client().<Configured<StripeClient>>map(s -> Configured.of(new StripeClient(http, s, pause)))
                .orElseGet(() -> Configured.missing(settings.missing()));
    }
}
