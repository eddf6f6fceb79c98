package org.socialsim.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.BudgetSummary;
import org.socialsim.attempt.work.CalendarReview;
import org.socialsim.attempt.work.CalendarReview.PlatformLoad;
import org.socialsim.attempt.work.CalendarReview.Warning;
import org.socialsim.attempt.work.CalendarReview.WeekReview;
import org.socialsim.attempt.work.PlanEdits;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;

/**
 * Step 5: the content calendar, one week at a time as a week × day grid. Posts are added, changed, copied and moved
 * through a dialog (every action has a button; dragging a card to another day is a shortcut), and each action saves
 * at once. Beside the grid the week is summarised against each platform's posting sweet spot, with warnings for the
 * obvious mistakes. Weeks that have run are history: shown, never changed.
 */
@Route(value = AttemptStep.PREFIX + "calendar", layout = AttemptLayout.class)
@RolesAllowed({"STUDENT", "TUTOR", "ADMIN"})
public final class CalendarView extends AttemptStepView {

    /** A new post goes out at noon unless the student says otherwise. */
    private static final int DEFAULT_HOUR = 12;

    private static final int EXCERPT_LENGTH = 70;

    final Tabs weeks = new Tabs();
    final Button addPost = new Button();
    final Paragraph frozen = new Paragraph();
    final UnorderedList warnings = new UnorderedList();
    final Div grid = new Div();
    final Div summary = new Div();
    final Div weekContent = new Div();

    @Nullable
    PostDialog postDialog;

    @Nullable
    PlacementDialog placementDialog;

    private int week = 1;

    /** Set while the tabs are rebuilt, so selecting a tab in code does not count as the student choosing a week. */
    private boolean updatingTabs;

    CalendarView(AttemptService attempts) {
        super(attempts, AttemptStep.CALENDAR);
        weeks.addSelectedChangeListener(change -> {
            Tab selected = change.getSelectedTab();
            if (updatingTabs || selected == null) {
                return;
            }
            int chosen = weeks.indexOf(selected) + 1;
            if (chosen != week) {
                week = chosen;
                showWeek();
            }
        });
        addPost.addClickListener(click -> openNew(DayOfWeek.MONDAY));
    }

    @Override
    protected void render(AttemptState state) {
        week = Math.min(state.firstOpenWeek(), state.totalWeeks());
        updatingTabs = true;
        weeks.removeAll();
        updatingTabs = false;
        weekContent.removeAll();
        H3 heading = new H3(getTranslation("calendar.title"));
        Paragraph intro = new Paragraph(getTranslation("calendar.intro"));
        intro.addClassName("muted");

        weeks.setId("calendar-weeks");
        weeks.addClassName("calendar-weeks");
        weeks.getElement().setAttribute("aria-label", getTranslation("calendar.weeks"));
        addPost.setId("calendar-add-post");
        addPost.setText(getTranslation("calendar.add"));
        addPost.setIcon(VaadinIcon.PLUS.create());
        addPost.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        frozen.setId("calendar-frozen");
        frozen.addClassName("calendar-frozen");
        Div toolbar = new Div(addPost, frozen);
        toolbar.addClassName("calendar-toolbar");

        warnings.setId("calendar-warnings");
        warnings.addClassName("calendar-warnings");
        grid.setId("calendar-grid");
        grid.addClassName("calendar-grid");
        summary.setId("calendar-summary");
        summary.addClassName("calendar-summary");
        weekContent.addClassName("calendar-week");
        weekContent.add(toolbar, warnings, grid, summary);
        add(heading, intro, weeks, weekContent);
        showWeeks();
        showWeek();
    }

    /** The week tabs: each says how many posts it holds and whether it has run. */
    private void showWeeks() {
        AttemptState state = state();
        Map<Integer, Integer> counts = CalendarReview.postsPerWeek(state.scenario(), state.plan());
        updatingTabs = true;
        boolean first = weeks.getComponentCount() == 0;
        for (int w = 1; w <= state.totalWeeks(); w++) {
            String label = state.weekHasRun(w)
                    ? getTranslation("calendar.week.ran", w, counts.get(w))
                    : getTranslation("calendar.week.open", w, counts.get(w));
            if (first) {
                Tab tab = new Tab(label);
                tab.setId("calendar-week-" + w);
                if (state.weekHasRun(w)) {
                    tab.addClassName("ran");
                }
                weeks.add(tab);
            } else {
                Tab tab = (Tab) weeks.getTabAt(w - 1);
                tab.setLabel(label);
            }
        }
        weeks.setSelectedIndex(week - 1);
        updatingTabs = false;
    }

    private void showWeek() {
        AttemptState state = state();
        boolean weekOpen = editable() && !state.weekHasRun(week);
        addPost.setVisible(weekOpen);
        addPost.setText(getTranslation("calendar.add.week", week));
        if (!editable()) {
            frozen.setText(getTranslation("calendar.read-only"));
        } else if (state.weekHasRun(week)) {
            frozen.setText(getTranslation("calendar.frozen", week));
        } else {
            frozen.setText("");
        }
        frozen.setVisible(!frozen.getText().isEmpty());
        weekContent.getElement().getClassList().set("ran", state.weekHasRun(week));

        WeekReview review = CalendarReview.week(state.scenario(), state.plan(), week);
        showWarnings(review);
        showGrid(review, weekOpen);
        showSummary(review);
    }

    private void showWarnings(WeekReview review) {
        warnings.removeAll();
        warnings.setVisible(!review.warnings().isEmpty());
        warnings.getElement().setAttribute("aria-label", getTranslation("calendar.warnings"));
        for (Warning warning : review.warnings()) {
            ListItem item = new ListItem(warningText(warning, review));
            item.addClassName("warning-" + AttemptKeys.kebab(warning.kind()));
            warnings.add(item);
        }
    }

    private String warningText(Warning warning, WeekReview review) {
        BudgetSummary budget = budget();
        return switch (warning.kind()) {
            case EMPTY_WEEK -> getTranslation("calendar.warning.empty-week", review.week());
            case OBJECTIVE_PLATFORM_EMPTY ->
                getTranslation(
                        "calendar.warning.objective-platform",
                        label(java.util.Objects.requireNonNull(warning.platform())),
                        warning.count());
            case ALL_PROMOTIONAL -> getTranslation("calendar.warning.all-promotional");
            case MOSTLY_PROMOTIONAL ->
                getTranslation("calendar.warning.mostly-promotional", warning.count(), review.posts());
            case NIGHT_POSTS -> getTranslation("calendar.warning.night", warning.count());
            case NO_PERSONA -> getTranslation("calendar.warning.no-persona", warning.count());
            case BOOSTS_OVER_BUDGET ->
                getTranslation(
                        "calendar.warning.boosts-over-budget", money(budget.boosts()), money(budget.adsBudget()));
            case ADS_OVER_BUDGET ->
                getTranslation(
                        "calendar.warning.ads-over-budget", money(budget.adsCommitted()), money(budget.adsBudget()));
        };
    }

    private void showGrid(WeekReview review, boolean weekOpen) {
        grid.removeAll();
        Set<String> flagged = new HashSet<>();
        for (Warning warning : review.warnings()) {
            flagged.addAll(warning.postIds());
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            Div column = new Div();
            column.setId("calendar-day-" + day.name().toLowerCase(Locale.ROOT));
            column.addClassName("calendar-day");
            // Narrow columns (1024 px beside the menu) show "Wed"; the full name stays for screen readers.
            Span longName = new Span(label(day));
            longName.addClassName("day-long");
            Span shortName = new Span(day.getDisplayName(TextStyle.SHORT, getLocale()));
            shortName.addClassName("day-short");
            shortName.getElement().setAttribute("aria-hidden", "true");
            H4 name = new H4(longName, shortName);
            Div header = new Div(name);
            header.addClassName("calendar-day-header");
            if (weekOpen) {
                Button add = new Button(VaadinIcon.PLUS.create(), click -> openNew(day));
                add.setId("calendar-add-" + day.name().toLowerCase(Locale.ROOT));
                add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
                add.getElement().setAttribute("aria-label", getTranslation("calendar.add.day", label(day)));
                add.setTooltipText(getTranslation("calendar.add.day", label(day)));
                header.add(add);
                DropTarget<Div> target = DropTarget.create(column);
                target.setDropEffect(DropEffect.MOVE);
                target.addDropListener(drop -> drop.getDragData()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .ifPresent(postId -> moveTo(postId, week, day)));
            }
            column.add(header);
            List<Post> posts = CalendarReview.postsOn(state().plan(), week, day);
            for (Post post : posts) {
                column.add(card(post, flagged.contains(post.id()), weekOpen));
            }
            if (posts.isEmpty()) {
                Span none = new Span(getTranslation("calendar.day.empty"));
                none.addClassName("calendar-day-empty");
                column.add(none);
            }
            grid.add(column);
        }
    }

    /** A post as a card: time, platform, format, pillar and the start of its caption. Opening it shows everything. */
    private Component card(Post post, boolean flagged, boolean movable) {
        NativeButton card = new NativeButton();
        card.setId("post-" + post.id());
        card.addClassNames(
                "post-card",
                "platform-" + AttemptKeys.kebab(post.platform()),
                "pillar-" + AttemptKeys.kebab(post.pillar()));
        if (flagged) {
            card.addClassName("flagged");
        }
        Span time = new Span(PostDialog.hourLabel(post.hour()));
        time.addClassName("post-time");
        Span where = new Span(label(post.platform()));
        where.addClassName("post-platform");
        Span what = new Span(label(post.format()) + " · " + label(post.pillar()));
        what.addClassName("post-what");
        Span caption = new Span(excerpt(post.caption()));
        caption.addClassName("post-caption");
        Div top = new Div(time, where);
        top.addClassName("post-top");
        card.add(top, what, caption);
        if (post.boost() > 0) {
            Span boost = new Span(getTranslation("calendar.card.boost", money(post.boost())));
            boost.addClassName("post-boost");
            card.add(boost);
        }
        card.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "calendar.card.label",
                                PostDialog.hourLabel(post.hour()),
                                label(post.platform()),
                                label(post.format()),
                                label(post.pillar()),
                                excerpt(post.caption())));
        card.addClickListener(click -> openExisting(post));
        if (movable) {
            DragSource<NativeButton> drag = DragSource.create(card);
            drag.setDragData(post.id());
        }
        return card;
    }

    private void showSummary(WeekReview review) {
        summary.removeAll();
        Div platforms = box(getTranslation("calendar.summary.platforms"));
        UnorderedList platformList = new UnorderedList();
        for (PlatformLoad load : review.platforms()) {
            String platform = label(load.platform());
            int min = (int) load.sweetSpot().min();
            int max = (int) load.sweetSpot().max();
            ListItem item = new ListItem(
                    switch (load.load()) {
                        case BELOW ->
                            getTranslation("calendar.summary.platform.below", platform, load.posts(), min, max);
                        case WITHIN ->
                            getTranslation("calendar.summary.platform.within", platform, load.posts(), min, max);
                        case ABOVE ->
                            getTranslation("calendar.summary.platform.above", platform, load.posts(), min, max);
                    });
            item.addClassName("load-" + load.load().name().toLowerCase(Locale.ROOT));
            platformList.add(item);
        }
        platforms.add(platformList);

        Div pillars = box(getTranslation("calendar.summary.pillars"));
        UnorderedList pillarList = new UnorderedList();
        for (Pillar pillar : Pillar.values()) {
            pillarList.add(new ListItem(getTranslation(
                    "calendar.summary.count", label(pillar), review.pillars().get(pillar))));
        }
        pillars.add(pillarList);

        Div funnel = box(getTranslation("calendar.summary.funnel"));
        UnorderedList stageList = new UnorderedList();
        for (FunnelStage stage : FunnelStage.values()) {
            ListItem item = new ListItem(getTranslation(
                    "calendar.summary.count", label(stage), review.stages().get(stage)));
            if (review.stages().get(stage) == 0) {
                item.addClassName("missing");
            }
            stageList.add(item);
        }
        funnel.add(stageList);
        if (!review.missingStages().isEmpty() && review.posts() > 0) {
            Paragraph missing = new Paragraph(getTranslation(
                    "calendar.summary.funnel-missing",
                    String.join(
                            ", ",
                            review.missingStages().stream().map(this::label).toList())));
            missing.addClassName("muted");
            funnel.add(missing);
        }

        BudgetSummary budget = budget();
        Div money = box(getTranslation("calendar.summary.budget"));
        Paragraph boosts = new Paragraph(getTranslation("calendar.summary.boosts", money(review.boosts())));
        Paragraph left = new Paragraph(
                budget.adsOver()
                        ? getTranslation(
                                "calendar.summary.ads-over", money(-budget.adsRemaining()), money(budget.adsBudget()))
                        : getTranslation(
                                "calendar.summary.ads-left", money(budget.adsRemaining()), money(budget.adsBudget())));
        left.setId("calendar-ads-left");
        if (budget.adsOver()) {
            left.addClassName("over-budget");
        }
        money.add(boosts, left);
        summary.add(platforms, pillars, funnel, money);
    }

    private Div box(String title) {
        Div box = new Div(new H4(title));
        box.addClassName("calendar-summary-box");
        return box;
    }

    private void openNew(DayOfWeek day) {
        AttemptState state = state();
        Plan plan = state.plan();
        Platform platform = state.scenario().platforms().keySet().iterator().next();
        String persona =
                plan.personas().isEmpty() ? null : plan.personas().getFirst().id();
        Post fresh = new Post(
                PlanEdits.nextPostId(plan, week),
                week,
                day,
                DEFAULT_HOUR,
                platform,
                state.scenario()
                        .platform(platform)
                        .formats()
                        .keySet()
                        .iterator()
                        .next(),
                Pillar.EDUCATIONAL,
                persona,
                FunnelStage.AWARENESS,
                CallToAction.NONE,
                null,
                "",
                List.of(),
                0);
        open(fresh, true, false);
    }

    private void openExisting(Post post) {
        boolean readOnly = !editable() || state().weekHasRun(post.week());
        open(post, false, readOnly);
    }

    private void open(Post post, boolean isNew, boolean readOnly) {
        AttemptState state = state();
        List<Persona> personas = state.plan().personas();
        PostDialog dialog = new PostDialog(
                state.scenario(),
                personas,
                post,
                isNew,
                state().openWeeks(),
                readOnly,
                editable() && !state().openWeeks().isEmpty(),
                new PostDialog.Actions() {
                    @Override
                    public void apply(Post edited) {
                        String id = isNew ? PlanEdits.nextPostId(state().plan(), edited.week()) : edited.id();
                        Post stored = PlanEdits.placed(edited, id, edited.week(), edited.day());
                        if (saved(PlanEdits.withPost(state().plan(), stored))) {
                            closeDialog();
                            week = stored.week();
                            refresh();
                            focus("post-" + stored.id());
                        }
                    }

                    @Override
                    public void delete(Post original) {
                        if (saved(PlanEdits.withoutPost(state().plan(), original.id()))) {
                            closeDialog();
                            refresh();
                            focus("calendar-add-post");
                        }
                    }

                    @Override
                    public void copy(Post original) {
                        place(original, true);
                    }

                    @Override
                    public void move(Post original) {
                        place(original, false);
                    }
                });
        postDialog = dialog;
        dialog.open();
    }

    /**
     * Puts the keyboard focus on the element with {@code id} once the grid is redrawn: the dialog's opener was replaced
     * by the redraw, so without this a keyboard user would be sent back to the top of the page.
     */
    private void focus(String id) {
        getElement().executeJs("const target = document.getElementById($0); if (target) { target.focus(); }", id);
    }

    /** Asks where to copy or move {@code post}, then does it. */
    private void place(Post post, boolean copying) {
        String what = getTranslation(
                "calendar.card.label",
                PostDialog.hourLabel(post.hour()),
                label(post.platform()),
                label(post.format()),
                label(post.pillar()),
                excerpt(post.caption()));
        int suggestedWeek = copying && state().openWeeks().contains(post.week() + 1) ? post.week() + 1 : post.week();
        PlacementDialog dialog =
                new PlacementDialog(copying, what, state().openWeeks(), suggestedWeek, post.day(), (toWeek, toDay) -> {
                    boolean done = copying ? copyTo(post, toWeek, toDay) : moveTo(post.id(), toWeek, toDay);
                    if (done && placementDialog != null) {
                        placementDialog.close();
                    }
                });
        placementDialog = dialog;
        dialog.open();
    }

    private boolean copyTo(Post post, int toWeek, DayOfWeek toDay) {
        Plan plan = state().plan();
        Post copy = PlanEdits.placed(post, PlanEdits.nextPostId(plan, toWeek), toWeek, toDay);
        if (!saved(PlanEdits.withPost(plan, copy))) {
            return false;
        }
        closeDialog();
        week = toWeek;
        refresh();
        return true;
    }

    private boolean moveTo(String postId, int toWeek, DayOfWeek toDay) {
        Plan plan = state().plan();
        Post post = plan.posts().stream()
                .filter(p -> p.id().equals(postId))
                .findFirst()
                .orElse(null);
        if (post == null || (post.week() == toWeek && post.day() == toDay)) {
            return post != null;
        }
        if (!saved(PlanEdits.withPost(plan, PlanEdits.placed(post, post.id(), toWeek, toDay)))) {
            return false;
        }
        closeDialog();
        week = toWeek;
        refresh();
        return true;
    }

    private boolean saved(Plan next) {
        return save((id, version) -> attempts.savePlan(id, version, next));
    }

    private void closeDialog() {
        if (postDialog != null) {
            postDialog.close();
        }
    }

    private void refresh() {
        showWeeks();
        showWeek();
    }

    private BudgetSummary budget() {
        return BudgetSummary.of(state().scenario().budget(), state().plan());
    }

    private static String excerpt(String caption) {
        String flat = caption.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT_LENGTH
                ? flat
                : flat.substring(0, EXCERPT_LENGTH - 1).strip() + "…";
    }
}
