package com.revops.app.cli;

/** A command could not finish because an external service is down; its work is queued (exit 3). */
public class ServiceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
