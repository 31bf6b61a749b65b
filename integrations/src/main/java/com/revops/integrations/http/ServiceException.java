package com.revops.integrations.http;

/**
 * The one unchecked root exception of the HTTP clients: which service, what went wrong in words
 * the operator can act on, and whether trying again later can help. Never carries a key or token.
 */
public class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String service;
    private final boolean retryable;

    public ServiceException(String service, String message, boolean retryable, Throwable cause) {
        super(service + ": " + message, cause);
        this.service = service;
        this.retryable = retryable;
    }

    public ServiceException(String service, String message, boolean retryable) {
        this(service, message, retryable, null);
    }

    public String service() {
        return service;
    }

    /** True when the service was down or busy (network, 5xx, 429): the work stays queued and is retried. */
    public boolean retryable() {
        return retryable;
    }
}
