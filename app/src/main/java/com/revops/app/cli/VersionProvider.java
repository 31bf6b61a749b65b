package com.revops.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set from the POM). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RevopsCommand.class.getPackage().getImplementationVersion();
        return new String[] {"RevOps Console " + (version == null ? "development build" : version)};
    }
}
