package com.revops.app.console.ads;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.revops.app.console.ui.FieldValidation;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.integrations.ads.AdCampaign;
import com.revops.integrations.ads.AdCandidate;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Ads screen: candidates with "Propose campaign", campaigns with "Approve…" (confirmed in a dialog) and "Reject". */
public final class AdsView {
    static final String APPROVE = "Approve and start spending";

    private final AdsViewModel model;
    private final Supplier<java.time.ZoneId> zone;
    private final VBox root = new VBox();

    public AdsView(AdsViewModel model, Supplier<java.time.ZoneId> zone) {
        this.model = model;
        this.zone = zone;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "ads");
        Label title = Headings.title("Ads");
        Label summary = Headings.subtitle(model.summaryProperty());
        summary.setId("ads-summary");
        Label rules = new Label("Organic posts with engagement score ≥ 8.0 graduate to paid campaigns at $5–10 a day. A proposal spends "
                + "nothing: you approve each campaign, then it is created at Meta and runs once Meta confirms. Active campaigns pause "
                + "automatically — at Meta first — when CPA is above $10 after 48 h, or after $20 with no conversion.");
        rules.getStyleClass().add("hint");
        rules.setWrapText(true);
        rules.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label candidatesTitle = new Label("Candidates");
        candidatesTitle.getStyleClass().add("section-title");
        TableView<AdCandidate> candidates = TableExport.exportable(new TableView<>(model.candidates()), "ad-candidates");
        candidates.setId("ads-candidates");
        candidates.setPlaceholder(new Label("No organic post scores 8.0 or more without a campaign."));
        candidates.getColumns().addAll(List.<TableColumn<AdCandidate, ?>>of(
                TableColumns.text("Post", AdCandidate::postId),
                TableColumns.text("Platform", AdCandidate::platform),
                TableColumns.text("Offer", c -> c.offer().orElse("—")),
                TableColumns.decimal("Score", c -> Optional.of(c.score()), 1),
                TableColumns.count("Impressions", AdCandidate::impressions),
                TableColumns.count("Engagements", AdCandidate::engagements),
                TableColumns.count("Clicks", AdCandidate::clicks)));
        candidates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        candidates.setFixedCellSize(32);
        candidates.setPrefHeight(32 * 5 + 44);
        candidates.setMinHeight(candidates.getPrefHeight());
        model.selectedCandidateProperty().bind(candidates.getSelectionModel().selectedItemProperty());

        TextField budget = new TextField();
        budget.setId("ads-budget");
        budget.setPrefColumnCount(7);
        budget.textProperty().bindBidirectional(model.budgetProperty());
        Label budgetError = new Label();
        budgetError.setId("ads-budget-error");
        budgetError.getStyleClass().add("field-error");
        budgetError.textProperty().bind(model.budgetErrorProperty());
        new FieldValidation().field(budget, model.budgetErrorProperty());
        Button propose = new Button("Propose campaign");
        propose.setId("ads-propose");
        propose.disableProperty().bind(model.canProposeProperty().not());
        propose.setOnAction(e -> model.propose());
        HBox proposeRow = new HBox(10, new Label("Daily budget $"), budget, propose, budgetError);
        proposeRow.setAlignment(Pos.CENTER_LEFT);

        Label campaignsTitle = new Label("Campaigns");
        campaignsTitle.getStyleClass().add("section-title");
        TableView<AdCampaign> campaigns = TableExport.exportable(new TableView<>(model.campaigns()), "ad-campaigns");
        campaigns.setId("ads-campaigns");
        campaigns.setPlaceholder(new Label("No campaign yet: propose one from a candidate."));
        campaigns.getColumns().addAll(List.<TableColumn<AdCampaign, ?>>of(
                TableColumns.sized(TableColumns.text("Post", AdCampaign::postId), 100),
                TableColumns.sized(TableColumns.text("Status", AdCampaign::shownStatus), 90),
                TableColumns.sized(TableColumns.text("At Meta", c -> c.campaignId().map(id -> c.metaStatus().orElse("created")).orElse("—")), 80),
                TableColumns.sized(TableColumns.money("Budget/day", AdCampaign::dailyBudget), 90),
                TableColumns.sized(TableColumns.money("Spend", AdCampaign::spend), 80),
                TableColumns.sized(TableColumns.count("Conversions", AdCampaign::conversions), 100),
                TableColumns.sized(TableColumns.optionalMoney("CPA", AdCampaign::cpa), 75),
                TableColumns.sized(TableColumns.formatted("ROAS", c -> c.roas().orElse(null),
                        r -> r.setScale(2, java.math.RoundingMode.HALF_UP) + "×", "number"), 70),
                TableColumns.sized(TableColumns.time("Started", AdCampaign::startedAt, zone), 115),
                TableColumns.sized(TableColumns.wrapped("Paused reason / Meta", c -> c.metaError().or(c::pausedReason).orElse("")), 300)));
        campaigns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(campaigns, Priority.ALWAYS);
        model.selectedCampaignProperty().bind(campaigns.getSelectionModel().selectedItemProperty());

        Button approve = new Button("Approve…");
        approve.setId("ads-approve");
        approve.getStyleClass().add("accent");
        approve.disableProperty().bind(model.canDecideProperty().not());
        approve.setOnAction(e -> confirmApproval(model.selectedCampaignProperty().get()));
        Button reject = new Button("Reject");
        reject.setId("ads-reject");
        reject.disableProperty().bind(model.canDecideProperty().not());
        reject.setOnAction(e -> model.reject(model.selectedCampaignProperty().get()));
        Button retry = new Button("Retry launch at Meta");
        retry.setId("ads-retry-launch");
        retry.disableProperty().bind(model.canRetryLaunchProperty().not());
        retry.setOnAction(e -> model.retryLaunch(model.selectedCampaignProperty().get()));
        Button check = new Button("Check auto-pause now");
        check.setId("ads-check-pause");
        check.setOnAction(e -> model.checkAutoPause());
        Label result = new Label();
        result.setId("ads-action-result");
        result.setWrapText(true);
        result.textProperty().bind(model.actionResultProperty());
        result.visibleProperty().bind(Bindings.isNotEmpty(model.actionResultProperty()));
        HBox decide = new HBox(10, approve, reject, retry, check, result);
        decide.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(title, summary, rules, candidatesTitle, candidates, proposeRow, campaignsTitle, campaigns, decide);
    }

    /** Approval spends money: it is asked for explicitly, with the amount, and Cancel is the default. */
    private void confirmApproval(AdCampaign campaign) {
        if (campaign == null) {
            return;
        }
        ButtonType yes = new ButtonType(APPROVE, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, model.approvalQuestion(campaign), yes, no);
        ask.setTitle("Approve ad campaign");
        ask.setHeaderText("This campaign spends money");
        ask.getDialogPane().setId("ads-approve-dialog");
        ((Button) ask.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(no)).setDefaultButton(true);
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
        }
        ask.showAndWait().filter(yes::equals).ifPresent(b -> model.approve(campaign));
    }
}
