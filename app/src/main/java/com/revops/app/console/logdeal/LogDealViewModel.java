package com.revops.app.console.logdeal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.alerts.Alert;
import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Money;
import com.revops.domain.common.RevenueEventType;
import com.revops.domain.common.Stage;
import com.revops.integrations.contacts.ContactSummary;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.revenue.DealRecorder;
import com.revops.integrations.revenue.DuplicateDealException;
import com.revops.integrations.settings.CatalogOffer;
import com.revops.integrations.settings.OfferCatalogRepository;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Log deal (SPEC §6 "form with validation"): the fields of {@code --log-deal}, each with its own
 * message, checked as the operator types. Save records the deal through the same DealRecorder
 * request as the CLI, raises the deal_closed alert, delivers it when Telegram is configured, and
 * tells every screen that the numbers changed.
 */
public final class LogDealViewModel extends ScreenModel {
    public static final List<String> EVENT_TYPES = List.of("deal_won", "upsell", "recurring_payment", "churn");

    private final ConsoleContext context;
    private final ContactPicker contact;
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty offer = new SimpleStringProperty();
    private final StringProperty eventType = new SimpleStringProperty("deal_won");
    private final StringProperty platform = new SimpleStringProperty("");
    private final StringProperty niche = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty contactError = new SimpleStringProperty("");
    private final StringProperty amountError = new SimpleStringProperty("");
    private final StringProperty offerError = new SimpleStringProperty("");
    private final StringProperty eventTypeError = new SimpleStringProperty("");
    private final StringProperty closedAtError = new SimpleStringProperty("");
    private final StringProperty success = new SimpleStringProperty("");
    /** Set when the deal repeats one recorded within 24 hours: the earlier deal, awaiting the operator's yes or no. */
    private final StringProperty duplicate = new SimpleStringProperty("");
    private DealRecorder.DealRequest awaitingConfirmation;
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ObservableList<String> offers = FXCollections.observableArrayList();
    private final BooleanBinding canSave;

    public LogDealViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
        this.contact = new ContactPicker(context);
        contact.textProperty().addListener((o, a, b) -> checkContact());
        contact.pickedProperty().addListener((o, a, picked) -> prefill(picked));
        amount.addListener((o, a, b) -> checkAmount());
        offer.addListener((o, a, b) -> offerError.set(""));
        eventType.addListener((o, a, b) -> checkEventType());
        for (StringProperty field : List.of(contact.textProperty(), amount, offer, eventType, platform, niche, notes)) {
            field.addListener((o, a, b) -> {
                success.set("");
                closedAtError.set("");
                cancelDuplicate();
            });
        }
        canSave = Bindings.createBooleanBinding(() -> !saving.get() && !contact.reference().isEmpty() && !blank(amount.get())
                        && !blank(offer.get()) && contactError.get().isEmpty() && amountError.get().isEmpty() && offerError.get().isEmpty()
                        && eventTypeError.get().isEmpty() && duplicate.get().isEmpty(),
                saving, contact.textProperty(), contact.pickedProperty(), amount, offer, contactError, amountError, offerError,
                eventTypeError, duplicate);
    }

    /** Loads the offer catalog for the offer choice; the form keeps what the operator typed. */
    @Override
    public void refresh() {
        load(() -> context.services().stores().offerCatalog().offers().stream()
                .filter(CatalogOffer::active).map(CatalogOffer::tag).toList(), active -> {
                    if (!offers.equals(active)) {
                        offers.setAll(active); // replacing the items would clear the offer the operator chose
                    }
                });
    }

    private void checkContact() {
        ContactSummary picked = contact.pickedProperty().get();
        if (picked != null && picked.stage() == Stage.CLOSED_LOST) {
            contactError.set(ContactPicker.display(picked) + " is closed_lost; re-open the contact before logging a deal");
        } else {
            contactError.set("");
        }
    }

    private void checkAmount() {
        amountError.set(blank(amount.get()) ? "" : problem(() -> Money.parsePositive("AMOUNT", amount.get())));
    }

    private void checkEventType() {
        eventTypeError.set(problem(() -> RevenueEventType.parse("--event-type", eventType.get())));
    }

    private void prefill(ContactSummary picked) {
        if (picked == null) {
            return;
        }
        platform.set(picked.platform().orElse(""));
        niche.set(picked.niche().orElse(""));
        if (blank(offer.get())) {
            picked.offer().filter(offers::contains).ifPresent(offer::set);
        }
        checkContact();
    }

    /** Checks every field, showing "is required" where something is missing; true when the form can be saved. */
    public boolean validate() {
        checkContact();
        checkAmount();
        checkEventType();
        if (contact.reference().isEmpty()) {
            contactError.set("is required: type a name and choose the contact, or type its id");
        }
        if (blank(amount.get())) {
            amountError.set("is required, e.g. 3500 or $3,500.00");
        }
        if (blank(offer.get())) {
            offerError.set("is required: choose the offer sold");
        }
        return canSave.get();
    }

    /** Records the deal off the FX thread; on success shows the banner, clears the form and refreshes every screen. */
    public void save() {
        if (!validate()) {
            return;
        }
        submit(new DealRecorder.DealRequest(contact.reference(), amount.get().strip(), offer.get().strip(),
                Optional.of(eventType.get()), optional(platform.get()), optional(niche.get()), optional(notes.get()), false));
    }

    /** The operator confirmed that the deal is not a duplicate of the earlier one: it is logged. */
    public void confirmDuplicate() {
        DealRecorder.DealRequest request = awaitingConfirmation;
        if (request != null) {
            cancelDuplicate();
            submit(request.withDuplicateAllowed());
        }
    }

    /** The operator said no (or changed the form): nothing is logged, the form keeps what was typed. */
    public void cancelDuplicate() {
        awaitingConfirmation = null;
        duplicate.set("");
    }

    private void submit(DealRecorder.DealRequest request) {
        Instant at = context.clock().instant();
        saving.set(true);
        success.set("");
        executor.background(() -> record(request, at)).whenComplete((message, error) -> executor.ui(() -> {
            saving.set(false);
            if (error == null) {
                success.set(message);
                clearForm();
                context.dataChanged();
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause instanceof DuplicateDealException dup) {
                    awaitingConfirmation = request;
                    duplicate.set(dup.contactName() + " already has " + DuplicateDealException.describe(dup.earlier()) + ", closed "
                            + Formats.when(dup.earlier().closedAt(), context.zone()) + ". Log this one as another deal?");
                } else {
                    refuse(cause);
                }
            }
        }));
    }

    private String record(DealRecorder.DealRequest request, Instant at) {
        var services = context.services();
        DealRecorder.RecordedDeal deal = services.stores().dealRecorder().record(request, at, services.wallClock().instant());
        Alert alert = deal.alert();
        Notifier notifier = services.notifier();
        notifier.raise(List.of(alert), at);
        String delivery = com.revops.app.console.ui.TelegramDeliveryText.of(
                notifier.deliver(at, Notifier.alertKey(alert, at.atZone(context.zone()).toLocalDate())));
        return "Logged " + deal.type().code() + ": " + deal.contactName() + " — " + Formats.moneyCents(deal.amount()) + " (" + deal.offer() + ")"
                + deal.movedFrom().map(from -> ". Moved from " + from + " to closed_won").orElse("")
                + ". deal_closed alert " + delivery + ".";
    }

    private void refuse(Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            StringProperty field = switch (invalid.field()) {
                case "CONTACT" -> contactError;
                case "AMOUNT" -> amountError;
                case "OFFER" -> offerError;
                case "--event-type" -> eventTypeError;
                default -> closedAtError;
            };
            field.set(invalid.problem());
        } else {
            closedAtError.set("Not saved: " + describe(error));
        }
    }

    private void clearForm() {
        String message = success.get();
        contact.clear();
        amount.set("");
        offer.set(null);
        eventType.set("deal_won");
        platform.set("");
        niche.set("");
        notes.set("");
        for (StringProperty error : List.of(contactError, amountError, offerError, eventTypeError, closedAtError)) {
            error.set("");
        }
        success.set(message);
    }

    private static String problem(Runnable check) {
        try {
            check.run();
            return "";
        } catch (InvalidInputException e) {
            return e.problem();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<String> optional(String text) {
        return blank(text) ? Optional.empty() : Optional.of(text.strip());
    }

    public ContactPicker contact() {
        return contact;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty offerProperty() {
        return offer;
    }

    public StringProperty eventTypeProperty() {
        return eventType;
    }

    public StringProperty platformProperty() {
        return platform;
    }

    public StringProperty nicheProperty() {
        return niche;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty contactErrorProperty() {
        return contactError;
    }

    public StringProperty amountErrorProperty() {
        return amountError;
    }

    public StringProperty offerErrorProperty() {
        return offerError;
    }

    public StringProperty eventTypeErrorProperty() {
        return eventTypeError;
    }

    public StringProperty closedAtErrorProperty() {
        return closedAtError;
    }

    /** The earlier deal this one seems to repeat, with the question; empty when there is nothing to confirm. */
    public StringProperty duplicateProperty() {
        return duplicate;
    }

    public StringProperty successProperty() {
        return success;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ObservableList<String> offers() {
        return offers;
    }
}
