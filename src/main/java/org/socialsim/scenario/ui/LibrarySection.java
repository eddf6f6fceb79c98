package org.socialsim.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.ContentText;
import org.socialsim.base.content.LibraryEntry;
import org.socialsim.base.content.SaveOutcome;
import org.socialsim.base.content.VersionSummary;
import org.socialsim.base.content.VersionText;
import org.socialsim.base.io.Problem;
import org.socialsim.base.ui.Notifications;
import org.socialsim.base.ui.ProblemList;

/**
 * One half of the library: the scenarios or the rubrics, each with its versions, and the ways to add one (new from a
 * template, clone, upload) or open it in the editor. Which half it is comes in as a {@link Kind}.
 */
final class LibrarySection extends Composite<Section> {

    /** Starts a new scenario or rubric from an existing one under a new id and title. */
    @FunctionalInterface
    interface Creator {
        SaveOutcome create(String templateId, String newId, String newTitle);
    }

    /**
     * What differs between the scenario and the rubric half.
     *
     * @param editorPath the editor's route; the id is appended
     */
    record Kind(
            String heading,
            String newLabel,
            String editorPath,
            Supplier<List<LibraryEntry>> library,
            Function<String, VersionText> latest,
            BiFunction<String, String, SaveOutcome> upload,
            Creator creator) {}

    final Grid<LibraryEntry> grid = new Grid<>();
    final Upload upload;
    final Button newButton = new Button();
    final ProblemList uploadProblems = new ProblemList();
    final Paragraph uploadVerdict = new Paragraph();

    private final Kind kind;
    private final DateTimeFormatter dates;

    LibrarySection(Kind kind, ZoneId zone) {
        this.kind = kind;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);

        newButton.setText(kind.newLabel());
        newButton.setIcon(VaadinIcon.PLUS.create());
        newButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newButton.addClickListener(click -> openNewDialog(null));

        upload = new Upload(uploadHandler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ContentText.MAX_BYTES);
        upload.setAcceptedFileTypes(".yaml", ".yml");
        Button uploadButton = new Button(getTranslation("library.upload"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(uploadButton);
        upload.setDropLabel(new Span(getTranslation("library.upload.drop")));
        upload.addFileRejectedListener(rejected -> showUploadRefusal(
                getTranslation("library.upload.rejected", rejected.getFileName(), ContentText.MAX_BYTES / 1000)));
        upload.addClassName("library-upload");

        HorizontalLayout toolbar = new HorizontalLayout(newButton, upload);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("toolbar");

        // Title and id share one column, the id beneath in small type: both matter and neither should be cut off.
        // Likewise who saved and when share one, so the grid fits beside the menu on a 1024-pixel screen.
        grid.addComponentColumn(this::titleAndId)
                .setHeader(getTranslation("library.column.title"))
                .setWidth("12rem")
                .setFlexGrow(3);
        grid.addColumn(entry ->
                        getTranslation("library.latest-version", entry.latest().number(), entry.versionCount()))
                .setHeader(getTranslation("library.column.latest"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(entry -> twoLines(
                        savedBy(entry.latest()), dates.format(entry.latest().createdAt())))
                .setHeader(getTranslation("library.column.saved"))
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("library.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::history));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(kind.heading());

        uploadVerdict.addClassName("upload-verdict");
        uploadVerdict.setVisible(false);
        uploadProblems.setVisible(false);
        Div uploadReport = new Div(uploadVerdict, uploadProblems);
        uploadReport.getElement().setAttribute("role", "status");

        getContent().addClassName("library-section");
        getContent().add(new H2(kind.heading()), toolbar, uploadReport, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(kind.library().get());
    }

    private Component titleAndId(LibraryEntry entry) {
        Div cell = twoLines(entry.title(), entry.contentId());
        cell.addClassName("library-title-cell");
        return cell;
    }

    private static Div twoLines(String main, String beneath) {
        Span first = new Span(main);
        first.addClassName("library-main");
        Span second = new Span(beneath);
        second.addClassName("library-beneath");
        Div cell = new Div(first, second);
        cell.addClassName("library-cell");
        return cell;
    }

    private Component actions(LibraryEntry entry) {
        Button edit = new Button(
                getTranslation("library.edit"),
                VaadinIcon.EDIT.create(),
                click -> UI.getCurrent().navigate(kind.editorPath() + "/" + entry.contentId()));
        edit.setAriaLabel(getTranslation("library.edit.aria", entry.title()));
        Button clone =
                new Button(getTranslation("library.clone"), VaadinIcon.COPY.create(), click -> openNewDialog(entry));
        clone.setAriaLabel(getTranslation("library.clone.aria", entry.title()));
        Anchor download = new Anchor(downloadHandler(entry.contentId()), "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("library.download")));
        download.getElement().setAttribute("aria-label", getTranslation("library.download.aria", entry.title()));
        download.addClassName("download");
        for (Button button : new Button[] {edit, clone}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(edit, clone, download);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setSpacing(false);
        return actions;
    }

    private Component history(LibraryEntry entry) {
        UnorderedList versions = new UnorderedList();
        for (VersionSummary version : entry.versions()) {
            versions.add(new ListItem(getTranslation(
                    "library.history-line",
                    version.number(),
                    version.title(),
                    source(version.source()),
                    savedBy(version),
                    dates.format(version.createdAt()))));
        }
        versions.addClassName("version-history");
        return versions;
    }

    private String savedBy(VersionSummary version) {
        String author = version.createdBy();
        return author == null ? getTranslation("library.saved-by.file") : author;
    }

    private String source(ContentSource source) {
        return switch (source) {
            case FILE -> getTranslation("library.source.file");
            case BROWSER -> getTranslation("library.source.browser");
            case UPLOAD -> getTranslation("library.source.upload");
        };
    }

    private DownloadHandler downloadHandler(String contentId) {
        return DownloadHandler.fromInputStream(event -> {
            VersionText latest = kind.latest().apply(contentId);
            byte[] bytes = latest.yaml().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), latest.fileName(), "application/yaml", bytes.length);
        });
    }

    private UploadHandler uploadHandler() {
        return event -> {
            String fileName = event.getFileName();
            // Read one byte past the cap, so an oversized file is refused without reading all of it.
            byte[] bytes = event.getInputStream().readNBytes(ContentText.MAX_BYTES + 1);
            event.getUI().access(() -> received(fileName, bytes));
        };
    }

    void received(String fileName, byte[] bytes) {
        if (bytes.length > ContentText.MAX_BYTES) {
            showUploadRefusal(getTranslation("library.upload.rejected", fileName, ContentText.MAX_BYTES / 1000));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            showUploadRefusal(getTranslation("library.upload.not-utf8", fileName));
            return;
        }
        try {
            switch (kind.upload().apply(fileName, text)) {
                case SaveOutcome.Saved(VersionSummary version) -> {
                    clearUploadReport();
                    refresh();
                    Notifications.success(
                            getTranslation("library.upload.saved", fileName, version.number(), version.contentId()));
                }
                case SaveOutcome.Unchanged(VersionSummary existing) -> {
                    clearUploadReport();
                    Notifications.success(getTranslation(
                            "library.upload.unchanged", fileName, existing.number(), existing.contentId()));
                }
                case SaveOutcome.Invalid(List<Problem> problems) -> {
                    uploadVerdict.setText(getTranslation("library.upload.invalid", fileName, problems.size()));
                    uploadVerdict.setVisible(true);
                    uploadProblems.show(problems);
                    uploadProblems.setVisible(true);
                }
                case SaveOutcome.Stale stale -> throw new IllegalStateException("an upload has no base version");
            }
        } catch (UserFacingException refused) {
            showUploadRefusal(getTranslation(refused.messageKey(), refused.arguments()));
        }
        upload.clearFileList();
    }

    private void showUploadRefusal(String message) {
        uploadVerdict.setText(message);
        uploadVerdict.setVisible(true);
        uploadProblems.show(List.of());
        uploadProblems.setVisible(false);
    }

    private void clearUploadReport() {
        uploadVerdict.setVisible(false);
        uploadProblems.setVisible(false);
    }

    private void openNewDialog(@org.jspecify.annotations.Nullable LibraryEntry template) {
        NewFromTemplateDialog dialog =
                new NewFromTemplateDialog(kind, kind.library().get(), template);
        dialog.open();
    }
}
