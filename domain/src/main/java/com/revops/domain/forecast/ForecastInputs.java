package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.revops.domain.revenue.ConversionRates;
import com.revops.domain.revenue.OfferCatalog;

/**
 * Everything the three forecast methods need at one as_of, as SQL aggregates (SPEC §4, §10): the open
 * contacts by stage × offer × age (with the stage_velocity counts), the spell table's cells, the
 * conversion rates, deal_won per offer, the leads of the trailing 28 days, deal_won of the trailing 90
 * days, and the recurring streams.
 */
public record ForecastInputs(Instant asOf, OfferCatalog catalog, List<OpenGroup> open, ConversionRates rates, List<SpellCell> spells,
                             List<OfferDeals> won, List<LeadArrivals> leads, BigDecimal wonTrailing90, RecurringHistory recurring) {
    public ForecastInputs {
        open = List.copyOf(open);
        spells = List.copyOf(spells);
        won = List.copyOf(won);
        leads = List.copyOf(leads);
    }
}
