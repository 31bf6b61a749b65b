package com.revops.app.console.ads;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.ads.AdsRules;
import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.ads.AdAutoPause;
import com.revops.integrations.ads.AdCampaign;
import com.revops.integrations.ads.AdCampaigns;
import com.revops.integrations.ads.AdCandidate;
import com.revops.integrations.ads.MetaCampaignLaunch;
import com.revops.integrations.analytics.AnalyticsSources;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Ads (SPEC §4 "Ads graduation"): organic winners that may become campaigns, proposing one at a
 * daily budget of $5–10, and the operator's separate approval that starts the spending; the
 * campaigns with spend, CPA and ROAS, and why any was paused.
 */
public final class AdsViewModel extends ScreenModel {
    private final ConsoleContext context;
    private final ObservableList<AdCandidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<AdCampaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<AdCandidate> selectedCandidate = new SimpleObjectProperty<>();
    private final ObjectProperty<AdCampaign> selectedCampaign = new SimpleObjectProperty<>();
    private final StringProperty budget = new SimpleStringProperty("5.00");
    private final StringProperty budgetError = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty actionResult = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canPropose;
    private final BooleanBinding canDecide;
    private final BooleanBinding canRetryLaunch;

    public AdsViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
        budget.addListener((o, a, text) -> budgetError.set(budgetProblem(text)));
        canPropose = Bindings.createBooleanBinding(() -> selectedCandidate.get() != null && budgetError.get().isEmpty() && !busy.get(),
                selectedCandidate, budgetError, busy);
        canDecide = Bindings.createBooleanBinding(() -> selectedCampaign.get() != null && "proposed".equals(selectedCampaign.get().status())
                && !selectedCampaign.get().launching() && !busy.get(), selectedCampaign, busy);
        canRetryLaunch = Bindings.createBooleanBinding(() -> selectedCampaign.get() != null && selectedCampaign.get().launching() && !busy.get(),
                selectedCampaign, busy);
    }

    private static String budgetProblem(String text) {
        try {
            AdsRules.dailyBudget("daily budget", text);
            return "";
        } catch (InvalidInputException e) {
            return e.problem();
        }
    }

    @Override
    public void refresh() {
        load(() -> {
            AdCampaigns ads = context.services().stores().adCampaigns();
            return new Snapshot(ads.candidates(), ads.campaigns());
        }, this::apply);
    }

    private void apply(Snapshot s) {
        candidates.setAll(s.candidates());
        campaigns.setAll(s.campaigns());
        long proposed = s.campaigns().stream().filter(c -> "proposed".equals(c.status()) && !c.launching()).count();
        long launching = s.campaigns().stream().filter(AdCampaign::launching).count();
        long active = count(s.campaigns(), "active");
        long paused = count(s.campaigns(), "paused");
        BigDecimal spend = s.campaigns().stream().map(AdCampaign::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
        summary.set(s.candidates().size() + " candidate" + (s.candidates().size() == 1 ? "" : "s") + " · " + proposed
                + " waiting for approval · " + (launching == 0 ? "" : launching + " launching at Meta · ") + active + " active · "
                + paused + " paused · " + Formats.moneyCents(spend) + " spent in all");
    }

    private static long count(List<AdCampaign> campaigns, String status) {
        return campaigns.stream().filter(c -> status.equals(c.status())).count();
    }

    /** Proposes a campaign for the selected candidate; nothing is spent until it is approved. */
    public void propose() {
        AdCandidate post = selectedCandidate.get();
        budgetError.set(budgetProblem(budget.get()));
        if (post == null || !budgetError.get().isEmpty()) {
            return;
        }
        String amount = budget.get();
        Instant now = context.clock().instant();
        act(() -> {
            AdCampaign c = context.services().stores().adCampaigns().propose(post.postId(), amount, now);
            return "Proposed a campaign for " + c.postId() + " at " + Formats.moneyCents(c.dailyBudget()) + "/day. It spends nothing until you approve it.";
        });
    }

    /** What the confirmation dialog asks before {@link #approve}. */
    public String approvalQuestion(AdCampaign c) {
        return "Approve the campaign for " + c.label() + "? It starts spending money now: up to " + Formats.moneyCents(c.dailyBudget())
                + " a day on Meta until it is paused (automatically when CPA is above $10 after 48 h, or after $20 with no conversion).";
    }

    /** The operator approved (after confirming): the decision is recorded, then the campaign is created at Meta. */
    public void approve(AdCampaign campaign) {
        Instant now = context.clock().instant();
        act(() -> {
            AdCampaign approved = context.services().stores().adCampaigns().approve(campaign.id(), now);
            return "Approved " + approved.label() + ": " + launchAtMeta(approved, now);
        });
    }

    /** Starts again (or resumes) the launch at Meta of an approved campaign that is not running yet. */
    public void retryLaunch(AdCampaign campaign) {
        Instant now = context.clock().instant();
        act(() -> campaign.label() + ": " + launchAtMeta(campaign, now));
    }

    private String launchAtMeta(AdCampaign campaign, Instant now) {
        AnalyticsSources sources = context.services().sources();
        MetaCampaignLaunch.Outcome outcome = context.services().stores().metaCampaignLaunch(sources::metaCampaigns,
                sources::metaAudience).launch(campaign, now);
        return outcome.running() ? "active at " + Formats.moneyCents(outcome.campaign().dailyBudget()) + "/day, " + outcome.message() + "."
                : "not running yet — " + outcome.message() + ". It stays approved; the hourly ads job retries the launch.";
    }

    public void reject(AdCampaign campaign) {
        Instant now = context.clock().instant();
        act(() -> {
            AdCampaign c = context.services().stores().adCampaigns().reject(campaign.id(), now);
            return "Rejected the proposal for " + c.label() + ".";
        });
    }

    /** Applies the auto-pause rule now (the scheduler does it every hour). */
    public void checkAutoPause() {
        Instant now = context.clock().instant();
        act(() -> {
            AnalyticsSources sources = context.services().sources();
            List<AdCampaign> paused = new AdAutoPause(context.services().database(), context.services().notifier(), sources::metaCampaigns)
                    .run(now);
            return paused.isEmpty() ? "No active campaign breaks the auto-pause rule."
                    : "Paused " + String.join(", ", paused.stream().map(AdCampaign::label).toList()) + "; an ad_paused alert was raised.";
        });
    }

    private void act(Supplier<String> work) {
        busy.set(true);
        actionResult.set("");
        executor.background(work).whenComplete((message, error) -> executor.ui(() -> {
            busy.set(false);
            if (error == null) {
                actionResult.set(message);
                context.dataChanged();
                refresh();
            } else {
                actionResult.set("Not done: " + describe(error));
            }
        }));
    }

    public ObservableList<AdCandidate> candidates() {
        return candidates;
    }

    public ObservableList<AdCampaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<AdCandidate> selectedCandidateProperty() {
        return selectedCandidate;
    }

    public ObjectProperty<AdCampaign> selectedCampaignProperty() {
        return selectedCampaign;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public StringProperty budgetErrorProperty() {
        return budgetError;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty actionResultProperty() {
        return actionResult;
    }

    public BooleanBinding canProposeProperty() {
        return canPropose;
    }

    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    public BooleanBinding canRetryLaunchProperty() {
        return canRetryLaunch;
    }

    private record Snapshot(List<AdCandidate> candidates, List<AdCampaign> campaigns) {
    }
}
