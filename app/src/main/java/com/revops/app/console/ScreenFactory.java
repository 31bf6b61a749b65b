package com.revops.app.console;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.revops.app.console.dashboard.DashboardView;
import com.revops.app.console.dashboard.DashboardViewModel;

/** Builds each screen the first time it is shown, and keeps it (its data stays visible between visits). */
public final class ScreenFactory {
    private final ConsoleContext context;
    private final Navigator navigator;
    private final Map<ScreenId, Screen> screens = new EnumMap<>(ScreenId.class);

    public ScreenFactory(ConsoleContext context, Navigator navigator) {
        this.context = context;
        this.navigator = navigator;
    }

    public Screen get(ScreenId id) {
        return screens.computeIfAbsent(id, this::create);
    }

    public Optional<Screen> existing(ScreenId id) {
        return Optional.ofNullable(screens.get(id));
    }

    private Screen create(ScreenId id) {
        return switch (id) {
            case DASHBOARD -> {
                DashboardViewModel model = new DashboardViewModel(context);
                yield new SimpleScreen(id, model, new DashboardView(model, navigator).root());
            }
            case PIPELINE -> com.revops.app.console.pipeline.PipelineScreen.create(context, navigator);
            case FORECAST -> com.revops.app.console.forecast.ForecastScreen.create(context, navigator);
            case OFFERS -> com.revops.app.console.offers.OffersScreen.create(context, navigator);
            case SOURCES -> com.revops.app.console.sources.SourcesScreen.create(context, navigator);
            case CREDITS -> com.revops.app.console.credits.CreditsScreen.create(context, navigator);
            case FUNNEL -> com.revops.app.console.funnel.FunnelScreen.create(context, navigator);
            case OUTREACH -> com.revops.app.console.outreach.OutreachScreen.create(context, navigator);
            case CONTACTS -> com.revops.app.console.contacts.ContactsScreen.create(context, navigator);
            case LOG_DEAL -> com.revops.app.console.logdeal.LogDealScreen.create(context, navigator);
            case EXPERIMENTS -> com.revops.app.console.experiments.ExperimentsScreen.create(context, navigator);
            case ADS -> com.revops.app.console.ads.AdsScreen.create(context, navigator);
            case EMAIL -> com.revops.app.console.email.EmailScreen.create(context, navigator);
            case ROUTINE -> com.revops.app.console.routine.RoutineScreen.create(context);
            case SORA -> com.revops.app.console.sora.SoraScreen.create(context);
            case JOBS -> com.revops.app.console.jobs.JobsScreen.create(context, navigator);
            case SETTINGS -> com.revops.app.console.settings.SettingsScreen.create(context, navigator);
        };
    }
}
