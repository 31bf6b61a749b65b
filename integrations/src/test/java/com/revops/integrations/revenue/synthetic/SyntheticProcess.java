package com.revops.integrations.revenue.synthetic;

/**
 * A known pipeline process to generate histories from (forecast backtests): leads arrive at a growing rate,
 * start in cold, awareness or consideration, and in each open stage wait for the first of three competing
 * exponential clocks — advance (sometimes skipping a stage), be marked lost, or go silent (stop moving and never
 * be marked lost). Each contact's advance rates are scaled by its own warmth (Gamma with mean 1), so a
 * stage's observed hazard falls with age. Won deals are worth the offer's catalog value, some with a discount,
 * some custom deals without an offer; some clients pay a monthly retainer until they churn.
 *
 * @param advancePerDay  per open stage (cold … call_booked), the rate of moving on (from call_booked: winning)
 * @param lostPerDay     per open stage, the rate of being marked closed_lost
 * @param silentPerDay   per open stage, the rate of going silent for good
 * @param warmthShape    shape of the Gamma(k, k) warmth: smaller is more varied (slow contacts fade)
 */
public record SyntheticProcess(long seed, int historyDays, double leadsPerDay, double leadGrowthPerDay, double[] startShares,
                               double[] advancePerDay, double[] lostPerDay, double[] silentPerDay, double skipShare,
                               double warmthShape, double discountShare, double discount, double customShare,
                               double retainerShare, double monthlyChurn) {

    /** The baseline process the tests vary. */
    public static SyntheticProcess baseline(long seed) {
        return new SyntheticProcess(seed, 270, 50, 0.003, new double[] {0.70, 0.20, 0.10},
                new double[] {0.10, 0.05, 0.045, 0.09, 0.16},
                new double[] {0.08, 0.06, 0.05, 0.05, 0.12},
                new double[] {0.04, 0.03, 0.02, 0.02, 0.01},
                0.08, 6.0, 0.15, 0.15, 0.10, 0.5, 0.06);
    }

    public SyntheticProcess withSeed(long newSeed) {
        return new SyntheticProcess(newSeed, historyDays, leadsPerDay, leadGrowthPerDay, startShares, advancePerDay, lostPerDay,
                silentPerDay, skipShare, warmthShape, discountShare, discount, customShare, retainerShare, monthlyChurn);
    }
}
