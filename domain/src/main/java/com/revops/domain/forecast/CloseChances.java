package com.revops.domain.forecast;

import java.util.Arrays;
import java.util.List;

import com.revops.domain.common.Stage;

/**
 * The day-step probabilities of SPEC §4 under one set of {@link Hazards}.
 *
 * <p>A contact in open stage s at age a (whole days; the age bins' edges are whole days, so an age
 * in [a, a + 1) meets the same hazards): {@code S(0) = 1},
 * {@code p_k(u) = S(u−1)·(1 − e^{−λ(a+u−1)})·h_k/λ}, {@code S(u) = S(u−1)·e^{−λ(a+u−1)}}.
 * {@code F_s(x)}, the chance to reach closed_won within x days of entering s, is the convolution
 * from call_booked back to cold with {@code F_won = 1} and {@code F_lost = 0}: {@code F_s(x) = G(s,0,x)};
 * a move that skips stages lands in the later stage's F. A contact's chance to close within H:
 * {@code G(s,a,H) = Σ_{k≠lost} Σ_{u≤H} p_k(u)·F_k(H−u)}, a move during day u counting the mean of
 * F_k(H−u) and F_k(H−u+1) ({@link #leftAfterDay}).
 */
public final class CloseChances {
    private static final int STAGES = Stage.values().length;
    private static final int[][] AHEAD = new int[STAGES][];

    static {
        for (Stage s : Stage.OPEN) {
            AHEAD[s.ordinal()] = Outcomes.of(s).stream().filter(k -> k != Stage.CLOSED_LOST).mapToInt(Stage::ordinal).toArray();
        }
    }

    private final Hazards hazards;
    private final int maxDays;
    /** Per stage and bin: e^{−λ}, and per outcome (1 − e^{−λ})·h_k/λ — one day's step. */
    private final double[][] stay = new double[STAGES][AgeBins.COUNT];
    private final double[][][] leave = new double[STAGES][AgeBins.COUNT][STAGES];
    /** F[s][x] for x = 0..maxDays. */
    private final double[][] reach = new double[STAGES][];

    public CloseChances(Hazards hazards, int maxDays) {
        this.hazards = hazards;
        this.maxDays = maxDays;
        for (Stage s : Stage.OPEN) {
            for (int b = 0; b < AgeBins.COUNT; b++) {
                double lambda = hazards.total(s, b);
                stay[s.ordinal()][b] = Math.exp(-lambda);
                if (lambda > 0) {
                    for (Stage k : Outcomes.of(s)) {
                        leave[s.ordinal()][b][k.ordinal()] = (1 - stay[s.ordinal()][b]) * hazards.rate(s, b, k) / lambda;
                    }
                }
            }
        }
        double[] won = new double[maxDays + 1];
        Arrays.fill(won, 1);
        reach[Stage.CLOSED_WON.ordinal()] = won;
        reach[Stage.CLOSED_LOST.ordinal()] = new double[maxDays + 1];
        int[] every = new int[maxDays + 1];
        for (int x = 0; x <= maxDays; x++) {
            every[x] = x;
        }
        for (int i = Stage.OPEN.size() - 1; i >= 0; i--) {
            Stage s = Stage.OPEN.get(i);
            reach[s.ordinal()] = close(s, 0, every);
        }
    }

    /** F_s(x): the chance a contact entering {@code stage} now reaches closed_won within x days (x ≤ maxDays). */
    public double reach(Stage stage, int days) {
        if (days < 0 || days > maxDays) {
            throw new IllegalArgumentException("F is known for 0.." + maxDays + " days, not " + days);
        }
        return reach[stage.ordinal()][days];
    }

    /** G(s,a,H) for a contact {@code age} whole days into {@code stage}. */
    public double close(Stage stage, long age, int horizon) {
        return close(stage, age, new int[] {horizon})[0];
    }

    /**
     * G(s,a,H) for each horizon (each at most maxDays), from one walk of the day steps: each p_k(u) is
     * added, times F_k(H−u), to every horizon H ≥ u — with the move placed mid-day: F_k(H−u) is the mean of
     * F_k at H−u and H−u+1 days, see {@link #leftAfterDay}.
     */
    public double[] close(Stage stage, long age, int[] horizons) {
        if (!stage.isOpen()) {
            throw new IllegalArgumentException(stage + " is not an open stage");
        }
        int longest = 0;
        for (int h : horizons) {
            longest = Math.max(longest, h);
        }
        int s = stage.ordinal();
        int[] ahead = AHEAD[s];
        double[] g = new double[horizons.length];
        double survival = 1;
        for (int u = 1; u <= longest && survival > 0; u++) {
            int bin = AgeBins.of(age + u - 1);
            double[] share = leave[s][bin];
            for (int k : ahead) {
                double p = survival * share[k];
                if (p == 0) {
                    continue;
                }
                double[] f = reach[k];
                for (int i = 0; i < horizons.length; i++) {
                    if (u <= horizons[i]) {
                        g[i] += p * leftAfterDay(f, horizons[i] - u);
                    }
                }
            }
            survival *= stay[s][bin];
        }
        return g;
    }

    /**
     * F(x) for a move made during a day after which x whole days are left: the move lands anywhere in that day,
     * so between x and x + 1 days remain — the mean of F(x) and F(x + 1). (Taking F(x) alone, as if every move
     * happened at the day's last moment, loses half a day at each move: a contact needing five moves to close
     * would lose two and a half days of every horizon; docs/decisions/0030-forecast-hazard-model.md.)
     */
    static double leftAfterDay(double[] f, int x) {
        return 0.5 * (f[x] + f[x + 1]);
    }

    /** S(u) and p_k(u) for u = 1..days of a contact {@code age} whole days into {@code stage}. */
    public Steps steps(Stage stage, long age, int days) {
        if (!stage.isOpen()) {
            throw new IllegalArgumentException(stage + " is not an open stage");
        }
        double[] survival = new double[days + 1];
        double[][] p = new double[days + 1][STAGES];
        survival[0] = 1;
        List<Stage> outcomes = Outcomes.of(stage);
        for (int u = 1; u <= days; u++) {
            int bin = AgeBins.of(age + u - 1);
            for (Stage k : outcomes) {
                p[u][k.ordinal()] = survival[u - 1] * leave[stage.ordinal()][bin][k.ordinal()];
            }
            survival[u] = survival[u - 1] * stay[stage.ordinal()][bin];
        }
        return new Steps(survival, p);
    }

    /** The hazards these chances follow. */
    public Hazards hazards() {
        return hazards;
    }

    /** The day steps of one contact: {@code survival[u]} = S(u), {@code p[u][k.ordinal()]} = p_k(u). */
    public record Steps(double[] survival, double[][] p) {
        public double survival(int u) {
            return survival[u];
        }

        public double p(int u, Stage outcome) {
            return p[u][outcome.ordinal()];
        }
    }
}
