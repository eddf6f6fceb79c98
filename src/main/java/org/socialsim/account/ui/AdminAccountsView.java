package org.socialsim.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.socialsim.account.AccountService;
import org.socialsim.account.UserSummary;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.Notifications;

/** Administrators open accounts and reset forgotten passwords here. */
@Route(value = "admin/accounts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Menu(order = 30, icon = "vaadin:users", title = "nav.accounts")
public final class AdminAccountsView extends Main implements HasDynamicTitle {

    final Grid<UserSummary> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button newAccount = new Button();

    private final AccountService accountService;
    private List<UserSummary> accounts = List.of();

    AdminAccountsView(AccountService accountService) {
        this.accountService = accountService;
        addClassNames("list-view", "fill-view");

        filter.setPlaceholder(getTranslation("accounts.filter"));
        filter.setAriaLabel(getTranslation("accounts.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(change -> showFiltered());

        newAccount.setText(getTranslation("accounts.new"));
        newAccount.setIcon(VaadinIcon.PLUS.create());
        newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newAccount.addClickListener(click -> openNewAccountDialog());

        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("accounts.column.name"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("accounts.column.username"))
                .setSortable(true);
        grid.addColumn(user -> user.email() == null ? "" : user.email())
                .setHeader(getTranslation("accounts.column.email"))
                .setFlexGrow(3);
        grid.addComponentColumn(user -> roleBadge(user))
                .setHeader(getTranslation("accounts.column.role"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::resetButton)
                .setHeader(getTranslation("accounts.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.accounts"));

        HorizontalLayout toolbar = new HorizontalLayout(filter, newAccount);
        toolbar.addClassName("toolbar");
        add(toolbar, grid);
        refresh();
    }

    private Span roleBadge(UserSummary user) {
        Span badge = new Span(getTranslation("role." + user.role().name().toLowerCase(Locale.ROOT)));
        badge.getElement().getThemeList().add("badge pill");
        badge.addClassName("role-" + user.role().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private Button resetButton(UserSummary user) {
        Button reset = new Button(getTranslation("accounts.reset"), click -> confirmReset(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.setAriaLabel(getTranslation("accounts.reset.aria", user.displayName()));
        return reset;
    }

    private void refresh() {
        accounts = accountService.listAccounts();
        showFiltered();
    }

    private void showFiltered() {
        String wanted = filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(accounts.stream()
                .filter(user -> wanted.isEmpty()
                        || user.displayName().toLowerCase(Locale.ROOT).contains(wanted)
                        || user.username().toLowerCase(Locale.ROOT).contains(wanted)
                        || (user.email() != null && user.email().contains(wanted)))
                .toList());
    }

    private void openNewAccountDialog() {
        NewAccountDialog dialog = new NewAccountDialog();
        dialog.addCreateListener(create -> {
            try {
                UserSummary created = accountService.createAccount(create.request());
                dialog.close();
                refresh();
                Notifications.success(getTranslation("accounts.created", created.displayName(), created.username()));
            } catch (UserFacingException refused) {
                dialog.refuse(refused);
            }
        });
        dialog.open();
    }

    private void confirmReset(UserSummary user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("accounts.reset.confirm.title", user.displayName()));
        confirm.setText(getTranslation("accounts.reset.confirm.body"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("accounts.reset"));
        confirm.addConfirmListener(confirmed -> showTemporaryPassword(user, accountService.resetPassword(user.id())));
        confirm.open();
    }

    private void showTemporaryPassword(UserSummary user, String temporaryPassword) {
        Code password = new Code(temporaryPassword);
        password.addClassName("temporary-password");
        Dialog shown = new Dialog(
                new Paragraph(getTranslation("accounts.reset.done", user.displayName(), user.username())),
                password,
                new Paragraph(getTranslation("accounts.reset.once")));
        shown.setHeaderTitle(getTranslation("accounts.reset.done.title"));
        shown.getFooter().add(new Button(getTranslation("common.close"), click -> shown.close()));
        shown.setWidth("min(32rem, 95vw)");
        shown.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.page-title");
    }
}
