package org.socialsim.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.socialsim.base.io.Problem;

/**
 * A raw YAML editor for scenarios and rubrics: a monospace text area that reports the text a moment after the author
 * stops typing, and beside it the list of problems, each as "line L, column C: path: message". Choosing a problem
 * selects its line in the text, so the author lands where the fix goes.
 */
public final class YamlEditor extends Composite<Div> {

    /** How long typing must pause before the text is checked; short enough to feel live, long enough not to flood. */
    static final int CHECK_DELAY_MILLIS = 400;

    private final TextArea text = new TextArea();
    private final ProblemList problems = new ProblemList();
    private final Paragraph status = new Paragraph();

    public YamlEditor(String label) {
        text.setLabel(label);
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(CHECK_DELAY_MILLIS);
        text.addClassName("yaml-text");
        text.setWidthFull();
        text.getElement().setAttribute("spellcheck", "false");

        H3 heading = new H3(getTranslation("editor.problems"));
        problems.onChoose(problem -> selectLine(problem.line()));
        status.addClassName("editor-status");
        status.getElement().setAttribute("role", "status");
        Div side = new Div(heading, status, problems);
        side.addClassName("yaml-problems");

        getContent().addClassName("yaml-editor");
        getContent().add(text, side);
    }

    /** Replaces the text (e.g. after the structured form rewrote it); listeners hear it as a change. */
    public void setText(String yaml) {
        text.setValue(yaml);
    }

    /** The text as it stands in the editor, checked or not. */
    public String getText() {
        return text.getValue();
    }

    /** Called with the text each time the author pauses typing, and after {@link #setText}. */
    public void addTextListener(Consumer<String> listener) {
        text.addValueChangeListener(change -> listener.accept(change.getValue()));
    }

    /** Shows the problems of the current text; none means the text is valid. */
    public void showProblems(List<Problem> found) {
        problems.show(found);
        // A marked border rather than the field's invalid state, whose tinted background makes long YAML harder to
        // read.
        text.setClassName("has-problems", !found.isEmpty());
        if (found.isEmpty()) {
            status.setText(getTranslation("editor.valid"));
            status.removeClassName("invalid");
        } else {
            status.setText(getTranslation("editor.problem-count", found.size()));
            status.addClassName("invalid");
        }
    }

    /** The problems as shown, one sentence each, in order. */
    public List<String> shownProblems() {
        return problems.shown();
    }

    /** The text area, for tests that type into it. */
    public TextArea textArea() {
        return text;
    }

    private void selectLine(int line) {
        if (line <= 0) {
            return;
        }
        String value = text.getValue();
        int start = 0;
        for (int current = 1; current < line && start >= 0; current++) {
            int next = value.indexOf('\n', start);
            start = next < 0 ? -1 : next + 1;
        }
        if (start < 0) {
            return;
        }
        int end = value.indexOf('\n', start);
        int lineEnd = end < 0 ? value.length() : end;
        // Select the line and scroll it into view; the text area has no server-side selection API.
        text.getElement()
                .executeJs(
                        "const area = this.inputElement; area.focus(); area.setSelectionRange($0, $1);"
                                + "const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;"
                                + "area.scrollTop = Math.max(0, ($2 - 3) * lineHeight);",
                        start,
                        lineEnd,
                        line);
    }
}
