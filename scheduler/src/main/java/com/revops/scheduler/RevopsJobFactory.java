package com.revops.scheduler;

import com.revops.scheduler.context.SchedulerContext;

import java.lang.reflect.InvocationTargetException;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Builds each job with the app's {@link SchedulerContext} (Quartz would otherwise call a no-argument constructor). */
final class RevopsJobFactory implements JobFactory {
    private final SchedulerContext context;

    RevopsJobFactory(SchedulerContext context) {
        this.context = context;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        try {
            return type.getConstructor(SchedulerContext.class).newInstance(context);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new SchedulerException("Cannot create job " + type.getSimpleName(), e);
        }
    }
}
