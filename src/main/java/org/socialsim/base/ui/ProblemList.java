package org.socialsim.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.socialsim.base.io.Problem;

/**
 * The problems of a scenario or rubric text, one per line as "line L, column C: path: message", in file order.
 * Choosing one tells the listener, so an editor can jump to it.
 */
public final class ProblemList extends Composite<UnorderedList> {

    private final List<String> shown = new ArrayList<>();
    private Consumer<Problem> onChoose = problem -> {};

    public ProblemList() {
        getContent().addClassName("problem-list");
    }

    /** Tells {@code listener} which problem the author chose, replacing any earlier listener. */
    public void onChoose(Consumer<Problem> listener) {
        this.onChoose = listener;
    }

    /** Replaces the list with {@code problems}, in the order given; none leaves it empty. */
    public void show(List<Problem> problems) {
        getContent().removeAll();
        shown.clear();
        for (Problem problem : problems) {
            String sentence = describe(problem);
            shown.add(sentence);
            // A native button wraps a long message over several lines, where a Vaadin button would cut it off.
            NativeButton locate = new NativeButton(sentence, click -> onChoose.accept(problem));
            locate.addClassName("problem");
            getContent().add(new ListItem(locate));
        }
    }

    /** The problems as shown, in order. */
    public List<String> shown() {
        return List.copyOf(shown);
    }

    private String describe(Problem problem) {
        if (problem.line() == 0) {
            return getTranslation("editor.problem.whole-file", problem.message());
        }
        if (problem.path().isEmpty()) {
            return getTranslation("editor.problem.no-path", problem.line(), problem.column(), problem.message());
        }
        return getTranslation("editor.problem", problem.line(), problem.column(), problem.path(), problem.message());
    }
}
