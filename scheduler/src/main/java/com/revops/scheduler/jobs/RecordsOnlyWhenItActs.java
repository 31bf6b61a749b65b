package com.revops.scheduler.jobs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A job that fires often (every 30 seconds) and records a run in {@code revops_job_runs} only when it did
 * something, so for it no record means "nothing to do yet". Every other job records each run. The job says so
 * itself, and the schedule ({@code ScheduledJob.recordsEveryRun}) reads it from here: one source, no cycle
 * between the schedule and the jobs (docs/decisions/0059-scheduler-without-cycles.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RecordsOnlyWhenItActs {
}
