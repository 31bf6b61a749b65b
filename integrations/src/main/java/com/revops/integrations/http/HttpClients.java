package com.revops.integrations.http;

import java.time.Duration;

import okhttp3.OkHttpClient;

/** The shared OkHttp client: one connection pool for every service client. */
public final class HttpClients {
    private static final OkHttpClient SHARED = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(60))
            .writeTimeout(Duration.ofSeconds(30))
            .callTimeout(Duration.ofSeconds(120))
            .retryOnConnectionFailure(true)
            .build();

    private HttpClients() {
    }

    public static OkHttpClient shared() {
        return SHARED;
    }
}
