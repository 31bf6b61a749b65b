package com.revops.integrations.settings;

import java.math.BigDecimal;
import java.util.Optional;

/** An offer of the catalog as Settings edits it, with how many contacts carry its tag. */
public record CatalogOffer(String tag, String name, BigDecimal avgDealValue, Optional<String> targetStage, boolean active, long contacts) {
}
