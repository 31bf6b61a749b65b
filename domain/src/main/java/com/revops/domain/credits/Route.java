package com.revops.domain.credits;

/** A row of the routing table: which model a task type uses, and whether it is critical (never suspended). */
public record Route(String taskType, String model, boolean critical) {
}
