package com.revops.integrations.revenue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import com.revops.domain.common.Stage;

/**
 * One open contact as the forecast explains it (SPEC §5 {@code contacts}): who (its external id, else its
 * uuid, as {@code --log-deal} takes it, and its name), where it sits and for how long, its chance to close
 * within 30 days and what that is worth.
 */
public record ForecastContact(UUID id, String contact, String name, Stage stage, Optional<String> offer, BigDecimal ageDays,
                              double pClose30, BigDecimal expected30) {
}
