package com.revops.integrations.http;

/**
 * The one unchecked root exception of the HTTP clients: which service, what went wrong in words
 * the operator can act on, and whether trying again later can help. Never carries a key or token.
 */
public class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String service;
    private final boolean retryable;
    private final boolean configuration;

    public ServiceException(String service, String message, boolean retryable, Throwable cause) {
        this(service, message, retryable, false, cause);
    }

    public ServiceException(String service, String message, boolean retryable) {
        this(service, message, retryable, null);
    }

    private ServiceException(String service, String message, boolean retryable, boolean configuration, Throwable cause) {
        super(service + ": " + message, cause);
        this.service = service;
        this.retryable = retryable;
        this.configuration = configuration;
    }

    /**
     * The request cannot succeed until the operator fixes the settings (a base URL that is no URL, a
     * token or chat the service does not know): the work waits, it is neither failed nor retried with
     * backoff. Retryable, for callers that only ask whether the work stays queued.
     */
    public static ServiceException misconfigured(String service, String message, Throwable cause) {
        return new ServiceException(service, message, true, true, cause);
    }

    public String service() {
        return service;
    }

    /** True when the service was down or busy (network, 5xx, 429): the work stays queued and is retried. */
    public boolean retryable() {
        return retryable;
    }

    /** True when the settings are wrong (see {@link #misconfigured}): nothing will succeed until they are fixed. */
    public boolean configuration() {
        return configuration;
    }
}
