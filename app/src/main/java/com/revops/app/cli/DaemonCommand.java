package com.revops.app.cli;

import java.util.concurrent.CountDownLatch;

import com.revops.app.App;
import com.revops.app.Formats;
import com.revops.scheduler.RevopsScheduler;

/** {@code --daemon}: the scheduler without a window (SPEC §8), until SIGTERM or Ctrl+C, then a clean stop. */
final class DaemonCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        App services = session.services();
        services.database();
        String instance = App.instanceId();
        RevopsScheduler scheduler = RevopsScheduler.start(services, instance);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            scheduler.close();
            services.close();
            stopped.countDown();
        }, "revops-daemon-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        session.out().printf("RevOps scheduler running as %s on %s, times in %s.%n", instance, services.database().description(),
                services.zone().getId());
        for (RevopsScheduler.JobState state : scheduler.states()) {
            session.out().printf("  %-20s %-18s next %s%n", state.job().label(), state.job().when(),
                    state.nextFire().map(t -> Formats.when(t, services.zone())).orElse("—"));
        }
        session.out().println("Stop with Ctrl+C or SIGTERM.");
        session.out().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }
}
