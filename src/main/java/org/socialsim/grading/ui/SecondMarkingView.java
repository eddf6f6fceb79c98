package org.socialsim.grading.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.GradingService.SecondMarking;
import org.socialsim.grading.MarkerRole;
import org.socialsim.grading.SheetStatus;

/** The submissions other tutors asked the signed-in tutor to second-mark, blind, with a link to each mark sheet. */
@Route(value = SecondMarkingView.PATH, layout = MainLayout.class)
// Only tutors can be named second markers, so administrators have nothing to see here.
@RolesAllowed("TUTOR")
@Menu(order = 42, icon = "vaadin:clipboard-check", title = "marking.second-marking.menu")
public final class SecondMarkingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "tutor/second-marking";

    final Grid<SecondMarking> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    private final GradingService grading;

    SecondMarkingView(GradingService grading) {
        this.grading = grading;
        addClassName("list-view");
        Paragraph intro = new Paragraph(getTranslation("marking.second-marking.intro"));
        intro.addClassName("muted");
        grid.addColumn(SecondMarking::studentName)
                .setHeader(getTranslation("marking.second-marking.column.student"))
                .setFlexGrow(1);
        grid.addColumn(SecondMarking::assignmentTitle)
                .setHeader(getTranslation("marking.second-marking.column.assignment"))
                .setFlexGrow(2);
        grid.addComponentColumn(row -> {
                    Span status = new Span(MarkingLabels.status(this, row.status()));
                    status.getElement()
                            .getThemeList()
                            .add(row.status() == SheetStatus.COMPLETE ? "badge success" : "badge");
                    return status;
                })
                .setHeader(getTranslation("marking.second-marking.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> {
                    Anchor mark = new Anchor(
                            MarkingView.path(row.attemptId(), MarkerRole.SECOND), getTranslation("marking.queue.mark"));
                    mark.getElement().setAttribute("router-link", true);
                    mark.getElement()
                            .setAttribute("aria-label", getTranslation("marking.queue.mark.label", row.studentName()));
                    mark.setId("second-marking-mark-" + row.attemptId());
                    return mark;
                })
                .setHeader(getTranslation("marking.queue.column.mark"))
                .setKey("mark")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("marking.second-marking.title"));
        grid.setId("second-marking-grid");
        empty.setText(getTranslation("marking.second-marking.none"));
        empty.addClassName("empty-state");
        add(intro, grid, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<SecondMarking> rows = grading.mySecondMarking();
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marking.second-marking.title");
    }
}
