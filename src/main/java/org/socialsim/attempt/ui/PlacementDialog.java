package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.socialsim.attempt.AttemptKeys;

/** Where to copy or move a post: a week that has not run and a day. Keyboard-friendly twin of drag and drop. */
final class PlacementDialog extends Dialog {

    final Select<Integer> week = new Select<>();
    final Select<DayOfWeek> day = new Select<>();
    final Button apply = new Button();
    final Button cancel = new Button();

    /**
     * @param copying whether the post is copied (a new post) or moved (the same post, elsewhere)
     * @param placed called with the chosen week and day
     */
    PlacementDialog(
            boolean copying,
            String postSummary,
            List<Integer> openWeeks,
            int suggestedWeek,
            DayOfWeek suggestedDay,
            BiConsumer<Integer, DayOfWeek> placed) {
        setId("placement-dialog");
        setHeaderTitle((copying ? getTranslation("calendar.copy.title") : getTranslation("calendar.move.title")));
        add(new Paragraph(postSummary));
        week.setId("placement-week");
        week.setLabel(getTranslation("calendar.post.week"));
        week.setItems(openWeeks);
        week.setItemLabelGenerator(w -> getTranslation("calendar.week", w));
        week.setValue(openWeeks.contains(suggestedWeek) ? suggestedWeek : openWeeks.getFirst());
        day.setId("placement-day");
        day.setLabel(getTranslation("calendar.post.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> getTranslation(AttemptKeys.label(d)));
        day.setValue(suggestedDay);
        add(new HorizontalLayout(week, day));
        apply.setId("placement-apply");
        apply.setText((copying ? getTranslation("calendar.copy.apply") : getTranslation("calendar.move.apply")));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click ->
                placed.accept(Objects.requireNonNull(week.getValue()), Objects.requireNonNull(day.getValue())));
        cancel.setId("placement-cancel");
        cancel.setText(getTranslation("calendar.post.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, apply);
    }
}
