package com.revops.domain.forecast;

import java.util.SplittableRandom;

/**
 * The random draws of the forecast's Monte Carlo range, from one seeded {@link SplittableRandom} so
 * that the same seed always gives the same numbers: uniform, normal (Box–Muller), Gamma
 * (Marsaglia–Tsang) and Poisson (multiplication for small means, PTRS above).
 */
final class Sampler {
    private final SplittableRandom random;
    private double spareNormal = Double.NaN;

    Sampler(long seed) {
        this.random = new SplittableRandom(seed);
    }

    double uniform() {
        return random.nextDouble();
    }

    double normal() {
        if (!Double.isNaN(spareNormal)) {
            double z = spareNormal;
            spareNormal = Double.NaN;
            return z;
        }
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        double r = Math.sqrt(-2 * Math.log(u1));
        spareNormal = r * Math.sin(2 * Math.PI * u2);
        return r * Math.cos(2 * Math.PI * u2);
    }

    /** A draw from Gamma(shape, rate) (mean shape ÷ rate); 0 when the shape is 0. */
    double gamma(double shape, double rate) {
        if (shape <= 0) {
            return 0;
        }
        if (shape < 1) {
            // Gamma(a) = Gamma(a + 1) · U^(1/a)
            return gamma(shape + 1, rate) * Math.pow(1 - uniform(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1 - uniform();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    /** A draw from Poisson(mean). */
    long poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) {
            double limit = Math.exp(-mean);
            double product = uniform();
            long n = 0;
            while (product > limit) {
                product *= uniform();
                n++;
            }
            return n;
        }
        return poissonPtrs(mean);
    }

    /** Hörmann's transformed rejection with squeeze (PTRS), for means of 30 and more. */
    private long poissonPtrs(double mean) {
        double slam = Math.sqrt(mean);
        double loglam = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = uniform() - 0.5;
            double v = uniform();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logFactorial(k)) {
                return k;
            }
        }
    }

    private static double logFactorial(long k) {
        if (k < 2) {
            return 0;
        }
        // Stirling series, exact enough for k ≥ 2 at double precision
        double x = k + 1;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
