package org.socialsim.attempt.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.scenario.definition.Pillar;

/**
 * Content preferences as a ranked list: a checkbox per pillar says whether the persona likes it, and "move up" /
 * "move down" buttons order the liked ones, most preferred first. Plain buttons and checkboxes, so it works by keyboard
 * and screen reader without drag and drop.
 */
final class PillarRanking extends Composite<Div> {

    /** Every pillar in display order: the chosen ones first, in preference order, then the rest. */
    private final List<Pillar> order = new ArrayList<>();

    private final List<Pillar> chosen = new ArrayList<>();
    private final Map<Pillar, Checkbox> boxes = new EnumMap<>(Pillar.class);
    private final Map<Pillar, Button> ups = new EnumMap<>(Pillar.class);
    private final Map<Pillar, Button> downs = new EnumMap<>(Pillar.class);
    private final Div rows = new Div();
    private final Consumer<List<Pillar>> changed;
    private final boolean editable;

    PillarRanking(String label, List<Pillar> preferences, boolean editable, Consumer<List<Pillar>> changed) {
        this.changed = changed;
        this.editable = editable;
        chosen.addAll(preferences);
        order.addAll(preferences);
        for (Pillar pillar : Pillar.values()) {
            if (!order.contains(pillar)) {
                order.add(pillar);
            }
        }
        Span legend = new Span(label);
        legend.addClassName("field-label");
        Div root = getContent();
        root.addClassName("pillar-ranking");
        root.getElement().setAttribute("role", "group");
        root.getElement().setAttribute("aria-label", label);
        rows.addClassName("pillar-rows");
        root.add(legend, rows);
        showRows();
    }

    /** The liked pillars, most preferred first. */
    List<Pillar> value() {
        return List.copyOf(chosen);
    }

    Checkbox checkbox(Pillar pillar) {
        return boxes.get(pillar);
    }

    /** Moves a liked pillar one place up (towards most preferred); does nothing at the top or for unliked ones. */
    void moveUp(Pillar pillar) {
        int at = chosen.indexOf(pillar);
        if (at > 0) {
            chosen.set(at, chosen.get(at - 1));
            chosen.set(at - 1, pillar);
            reorder();
            keepFocus(pillar, ups, downs);
        }
    }

    void moveDown(Pillar pillar) {
        int at = chosen.indexOf(pillar);
        if (at >= 0 && at < chosen.size() - 1) {
            chosen.set(at, chosen.get(at + 1));
            chosen.set(at + 1, pillar);
            reorder();
            keepFocus(pillar, downs, ups);
        }
    }

    /** The rows are rebuilt, so the keyboard user's focus moves to the same pillar's button (or its other one). */
    private void keepFocus(Pillar pillar, Map<Pillar, Button> pressed, Map<Pillar, Button> other) {
        Button same = pressed.get(pillar);
        if (same != null && same.isEnabled()) {
            same.focus();
        } else if (other.get(pillar) != null) {
            other.get(pillar).focus();
        }
    }

    private void toggle(Pillar pillar, boolean liked) {
        chosen.remove(pillar);
        if (liked) {
            chosen.add(pillar);
        }
        reorder();
        boxes.get(pillar).focus();
    }

    private void reorder() {
        order.clear();
        order.addAll(chosen);
        for (Pillar pillar : Pillar.values()) {
            if (!order.contains(pillar)) {
                order.add(pillar);
            }
        }
        showRows();
        changed.accept(value());
    }

    private void showRows() {
        rows.removeAll();
        boxes.clear();
        ups.clear();
        downs.clear();
        for (Pillar pillar : order) {
            String name = getTranslation(AttemptKeys.label(pillar));
            int rank = chosen.indexOf(pillar);
            Checkbox box = new Checkbox(
                    rank >= 0 ? getTranslation("personas.preference.ranked", rank + 1, name) : name, rank >= 0);
            box.setReadOnly(!editable);
            box.addValueChangeListener(change -> toggle(pillar, change.getValue()));
            boxes.put(pillar, box);
            Div row = new Div(box);
            row.addClassName("pillar-row");
            if (editable && rank >= 0) {
                Button up = arrow(
                        VaadinIcon.ARROW_UP,
                        getTranslation("personas.preference.up", name),
                        rank > 0,
                        () -> moveUp(pillar));
                Button down = arrow(
                        VaadinIcon.ARROW_DOWN,
                        getTranslation("personas.preference.down", name),
                        rank < chosen.size() - 1,
                        () -> moveDown(pillar));
                ups.put(pillar, up);
                downs.put(pillar, down);
                row.add(up, down);
            }
            rows.add(row);
        }
    }

    private static Button arrow(VaadinIcon icon, String label, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.getElement().setAttribute("aria-label", label);
        button.setTooltipText(label);
        button.setEnabled(enabled);
        return button;
    }
}
