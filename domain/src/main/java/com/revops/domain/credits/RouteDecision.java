package com.revops.domain.credits;

import java.util.Optional;

/** The governor's answer for a task type: the model to use, or suspended with the reason. */
public record RouteDecision(String taskType, String model, boolean suspended, Optional<String> reason) {
}
