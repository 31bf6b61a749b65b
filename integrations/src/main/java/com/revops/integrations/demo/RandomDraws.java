package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/** The draws the demo makes from its seeded generators. */
final class RandomDraws {
    private RandomDraws() {
    }

    static <T> T one(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of {@code values}, each as likely as its weight. */
    static <T> T weighted(Random random, List<T> values, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < values.size(); i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    static double between(Random random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    static int between(Random random, int low, int highInclusive) {
        return low + random.nextInt(highInclusive - low + 1);
    }

    /** An exponential duration in days with the given mean, kept between a tenth of a day and four means. */
    static double exponentialDays(Random random, double mean) {
        double days = -mean * Math.log(1 - random.nextDouble());
        return Math.max(0.1, Math.min(4 * mean, days));
    }

    static BigDecimal dollars(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal fraction(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
