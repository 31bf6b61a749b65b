package com.revops.app;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The app's log, set up in code when the first logger is asked for: what {@code logback.xml} used to say,
 * without parsing XML at every start (about a second of a CLI call; docs/decisions/0067-lazy-start-up.md).
 * {@code <revops.log.dir>/revops.log}, owner-only ({@link OwnerOnlyLogAppender}), rolled daily and at 10 MB,
 * 14 days and 200 MB kept; libraries at WARN (the driver and Jdbi would log statements with their values
 * below that). A {@code logback-test.xml} on the class path or {@code -Dlogback.configurationFile} wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";
    private static final String[] QUIET = {"io.zonky", "org.flywaydb", "com.zaxxer.hikari", "org.postgresql", "org.jdbi", "org.quartz",
            "okhttp3"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, Path.of(System.getProperty("revops.log.dir", System.getProperty("java.io.tmpdir"))));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The app's log in {@code dir} for {@code context}: the file opens with the first message. */
    static void configure(LoggerContext context, Path dir) {
        FileOnFirstMessage file = new FileOnFirstMessage(dir.toString());
        file.setContext(context);
        file.setName("FILE");
        file.start();
        for (String quiet : QUIET) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }

    /**
     * The log file, opened when the first message arrives: libraries make their loggers when their classes
     * load (Jdbi does on every call), and a call that logs nothing should not pay for the rolling policy,
     * the pattern and the file.
     */
    static final class FileOnFirstMessage extends AppenderBase<ILoggingEvent> {
        private final String dir;
        private OwnerOnlyLogAppender<ILoggingEvent> file;

        FileOnFirstMessage(String dir) {
            this.dir = dir;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (file == null) {
                file = open();
            }
            file.doAppend(event);
        }

        private OwnerOnlyLogAppender<ILoggingEvent> open() {
            OwnerOnlyLogAppender<ILoggingEvent> appender = new OwnerOnlyLogAppender<>();
            appender.setContext(getContext());
            appender.setName("FILE");
            appender.setFile(dir + "/revops.log");
            SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
            rolling.setContext(getContext());
            rolling.setParent(appender);
            rolling.setFileNamePattern(dir + "/revops.%d{yyyy-MM-dd}.%i.log.gz");
            rolling.setMaxFileSize(FileSize.valueOf("10MB"));
            rolling.setMaxHistory(14);
            rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
            rolling.start();
            appender.setRollingPolicy(rolling);
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(getContext());
            encoder.setPattern(PATTERN);
            encoder.start();
            appender.setEncoder(encoder);
            appender.start();
            return appender;
        }

        @Override
        public void stop() {
            if (file != null) {
                file.stop();
            }
            super.stop();
        }
    }
}
