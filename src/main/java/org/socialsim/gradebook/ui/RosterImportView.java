package org.socialsim.gradebook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.EnrolmentOutcome;
import org.socialsim.account.TemporaryCredential;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.Notifications;
import org.socialsim.gradebook.RosterImportService;
import org.socialsim.gradebook.RosterPreview;
import org.socialsim.gradebook.RosterProblem;
import org.socialsim.gradebook.RosterRow;
import org.socialsim.gradebook.RosterRowStatus;
import org.socialsim.gradebook.io.RosterLimits;
import org.socialsim.gradebook.io.TemporaryPasswordsCsv;

/**
 * Administrators upload a roster, read the preview with every row's problems, and commit it; the new accounts'
 * temporary passwords are shown once. Admin-only because opening accounts is (see the service).
 */
@Route(value = "admin/roster", layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Menu(order = 32, icon = "vaadin:upload", title = "nav.roster")
public final class RosterImportView extends Main implements HasDynamicTitle {

    final Upload upload;
    final Paragraph refusal = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Grid<RosterRow> preview = new Grid<>();
    final Button commit = new Button();
    final Div passwords = new Div();

    private final RosterImportService rosterImport;
    private @Nullable Uploaded previewed;

    RosterImportView(RosterImportService rosterImport) {
        this.rosterImport = rosterImport;
        addClassNames("list-view", "fill-view");

        // The upload request's thread does not hold the UI lock: the preview is shown through UI.access.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> showPreview(new Uploaded(metadata.fileName(), bytes))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) RosterLimits.DEFAULT.maxBytes());
        upload.setAcceptedFileTypes(
                ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setUploadButton(new Button(getTranslation("roster.upload")));
        upload.addFileRejectedListener(rejected ->
                showRefusal(getTranslation("roster.file.too-large", RosterLimits.DEFAULT.maxBytes() / (1024 * 1024))));

        refusal.addClassName("roster-refusal");
        refusal.setVisible(false);

        preview.addColumn(RosterRow::row)
                .setHeader(getTranslation("roster.column.row"))
                .setAutoWidth(true);
        preview.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("roster.column.status"))
                .setAutoWidth(true);
        preview.addColumn(RosterRow::name).setHeader(getTranslation("roster.column.name"));
        preview.addColumn(RosterRow::email).setHeader(getTranslation("roster.column.email"));
        preview.addColumn(RosterRow::studentId).setHeader(getTranslation("roster.column.student-id"));
        preview.addColumn(RosterRow::cohort).setHeader(getTranslation("roster.column.cohort"));
        preview.addColumn(this::problemsText)
                .setHeader(getTranslation("roster.column.problems"))
                .setFlexGrow(3);
        preview.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setAriaLabel(getTranslation("roster.page-title"));
        preview.setVisible(false);

        commit.setText(getTranslation("roster.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        // A button, not a bar: stretched across the page it read as a disabled banner.
        commit.getStyle().set("align-self", "flex-start");
        commit.addClickListener(click -> commitPreviewed());

        passwords.setVisible(false);
        add(new Paragraph(getTranslation("roster.intro")), upload, refusal, summary, commit, preview, passwords);
    }

    private void showPreview(Uploaded file) {
        previewed = null;
        commit.setEnabled(false);
        passwords.setVisible(false);
        try {
            RosterPreview result = rosterImport.preview(file.name(), file.content());
            refusal.setVisible(false);
            previewed = file;
            preview.setItems(result.rows());
            preview.setVisible(true);
            summary.setText(getTranslation(
                    "roster.summary",
                    result.fileName(),
                    result.count(RosterRowStatus.NEW),
                    result.count(RosterRowStatus.UPDATE),
                    result.count(RosterRowStatus.UNCHANGED),
                    result.count(RosterRowStatus.ERROR)));
            commit.setEnabled(result.committable());
            commit.setTooltipText(result.committable() ? null : getTranslation("roster.commit.blocked"));
        } catch (UserFacingException refused) {
            preview.setVisible(false);
            summary.setText("");
            showRefusal(getTranslation(refused.messageKey(), refused.arguments()));
        }
        upload.clearFileList();
    }

    private void commitPreviewed() {
        Uploaded file = previewed;
        if (file == null) {
            return;
        }
        try {
            EnrolmentOutcome outcome = rosterImport.commit(file.name(), file.content());
            previewed = null;
            commit.setEnabled(false);
            preview.setVisible(false);
            summary.setText(
                    getTranslation("roster.committed", outcome.created(), outcome.updated(), outcome.unchanged()));
            Notifications.success(summary.getText());
            showPasswords(outcome.credentials());
        } catch (UserFacingException refused) {
            showRefusal(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void showPasswords(List<TemporaryCredential> credentials) {
        passwords.removeAll();
        if (credentials.isEmpty()) {
            passwords.setVisible(false);
            return;
        }
        Grid<TemporaryCredential> grid = new Grid<>();
        grid.addColumn(TemporaryCredential::displayName).setHeader(getTranslation("roster.column.name"));
        grid.addColumn(TemporaryCredential::email).setHeader(getTranslation("roster.column.email"));
        grid.addColumn(TemporaryCredential::username).setHeader(getTranslation("roster.passwords.column.login"));
        grid.addColumn(TemporaryCredential::temporaryPassword)
                .setHeader(getTranslation("roster.passwords.column.password"));
        grid.setItems(credentials);
        grid.addClassName("temporary-passwords");
        grid.setAllRowsVisible(credentials.size() <= 20);
        byte[] csv = TemporaryPasswordsCsv.write(credentials).getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(csv), "temporary-passwords.csv", "text/csv", csv.length)),
                getTranslation("roster.passwords.download"));
        passwords.add(
                new H2(getTranslation("roster.passwords.title")),
                new Paragraph(getTranslation("roster.passwords.once")),
                download,
                grid);
        passwords.setVisible(true);
    }

    private void showRefusal(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
        Notifications.error(message);
    }

    private Span statusBadge(RosterRow row) {
        String text = switch (row.status()) {
            case NEW -> getTranslation("roster.status.new");
            case UPDATE -> getTranslation("roster.status.update");
            case UNCHANGED -> getTranslation("roster.status.unchanged");
            case ERROR -> getTranslation("roster.status.error");
        };
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(row.status() == RosterRowStatus.ERROR ? "badge error" : "badge");
        badge.addClassName("roster-status-" + row.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    String problemsText(RosterRow row) {
        return row.problems().stream().map(this::describe).collect(Collectors.joining(" "));
    }

    private String describe(RosterProblem problem) {
        return getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.page-title");
    }

    private record Uploaded(String name, byte[] content) {}
}
