package com.revops.integrations.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read: {@code REVOPS_HOME} and the log folder (700), the log
 * and the server log (600). They hold contact data and the database. An existing folder or file is
 * tightened too, so an install made before this rule is fixed on its next start. Where the file
 * system has no POSIX permissions (Windows) nothing changes.
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final int STICKY = 01000;

    private OwnerOnly() {
    }

    /**
     * Creates {@code dir} (and missing parents) and makes it {@code rwx------}. An existing folder is
     * tightened only when it is the user's own and not a shared one (sticky, like {@code /tmp}): a
     * {@code REVOPS_HOME} pointed at such a folder is left as it is.
     */
    public static Path folder(Path dir) throws IOException {
        boolean existed = Files.isDirectory(dir);
        Files.createDirectories(dir);
        if (posix() && (!existed || ownedAndNotShared(dir))) {
            Files.setPosixFilePermissions(dir, FOLDER);
        }
        return dir;
    }

    private static boolean ownedAndNotShared(Path dir) throws IOException {
        boolean mine = Files.getOwner(dir).getName().equals(System.getProperty("user.name"));
        int mode = (Integer) Files.getAttribute(dir, "unix:mode");
        return mine && (mode & STICKY) == 0;
    }

    /** Creates {@code file} empty when missing and makes it {@code rw-------}. */
    public static Path file(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        if (posix()) {
            Files.setPosixFilePermissions(file, FILE);
        }
        return file;
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
