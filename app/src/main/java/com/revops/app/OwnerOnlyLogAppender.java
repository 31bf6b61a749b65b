package com.revops.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.revops.integrations.config.OwnerOnly;

import ch.qos.logback.core.rolling.RollingFileAppender;

/**
 * The log file appender of {@link LogConfiguration}: a rolling file that only its owner may read
 * ({@code rw-------}), and so are the archives it rolls over into — a log may name contacts. Logback
 * itself creates files with the process's umask (usually readable by everyone).
 */
public final class OwnerOnlyLogAppender<E> extends RollingFileAppender<E> {

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName).toAbsolutePath();
        OwnerOnly.folder(file.getParent());
        OwnerOnly.file(file);
        super.openFile(fileName);
        // archives rolled over until now (gzip writes them with the umask)
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(file.getParent(), "*.log.gz")) {
            for (Path archive : archives) {
                OwnerOnly.file(archive);
            }
        }
    }
}
