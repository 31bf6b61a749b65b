package com.revops.domain.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** How a ratio such as ROI or ROAS is written everywhere (console, CLI, brief, report): "7.3×", "-1.0×", or "n/a". */
public final class Ratios {
    private Ratios() {
    }

    public static String times(BigDecimal ratio) {
        return ratio.setScale(1, RoundingMode.HALF_UP).toPlainString() + "×";
    }

    public static String times(Optional<BigDecimal> ratio) {
        return ratio.map(Ratios::times).orElse("n/a");
    }
}
