package com.revops.app.cli;

/** One command of the CLI; returns its exit code. */
@FunctionalInterface
public interface CliAction {
    int run(CliSession session);
}
