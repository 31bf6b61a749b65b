package com.revops.domain.forecast;

import java.util.Optional;

import com.revops.domain.common.Stage;

/** Contacts first seen in the trailing {@value LeadFlow#WINDOW_DAYS} days, by the stage they started in and their offer (SQL aggregate). */
public record LeadArrivals(Stage firstStage, Optional<String> offerTag, long contacts) {
}
