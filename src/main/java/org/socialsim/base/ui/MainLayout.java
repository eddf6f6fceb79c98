package org.socialsim.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.socialsim.account.AccountService;
import org.socialsim.account.CurrentUser;
import org.socialsim.account.SignedInUser;

/**
 * The frame around every signed-in view: the navigation lists only the views the user's role may open (each view
 * declares its own menu entry with {@code @Menu}), and the user panel offers the password change and sign-out.
 */
@PermitAll
public final class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    /** Where anyone holding a temporary password is sent until they replace it. */
    public static final String CHANGE_PASSWORD_PATH = "account/password";

    private final AccountService accountService;
    private final H1 viewTitle = new H1();

    MainLayout(CurrentUser currentUser, AccountService accountService, AuthenticationContext authentication) {
        this.accountService = accountService;
        SignedInUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        viewTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, "view-title");
        // Landmarks (header, nav, footer) so screen-reader users can jump between the parts of the page.
        Header header = new Header(toggle, viewTitle);
        header.addClassName("navbar");
        addToNavbar(header);

        Div brand = new Div(new Span("SocialSim"));
        brand.addClassName("brand");
        SideNav navigation = navigation();
        Nav drawer = new Nav(brand, new Scroller(navigation));
        drawer.addClassName("drawer");
        drawer.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        addToDrawer(drawer, userPanel(user, authentication));
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        // Only entries whose views the current user may open: the menu is as role-aware as the routes.
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String title = getTranslation(entry.title());
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(title, entry.path())
                    : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    /** Who is signed in, and the two things anyone can do about their own account. */
    private Component userPanel(SignedInUser user, AuthenticationContext authentication) {
        Avatar avatar = new Avatar(user.displayName());
        Span name = new Span(user.displayName());
        name.addClassName("who-name");
        Span role = new Span(getTranslation("role." + user.role().name().toLowerCase(Locale.ROOT)));
        role.addClassName("who-role");
        Div who = new Div(avatar, new Div(name, role));
        who.addClassName("who");

        Button changePassword = new Button(getTranslation("layout.change-password"), VaadinIcon.KEY.create());
        changePassword.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CHANGE_PASSWORD_PATH)));
        Button signOut = new Button(getTranslation("layout.sign-out"), VaadinIcon.SIGN_OUT.create());
        signOut.addClickListener(click -> authentication.logout());
        for (Button button : new Button[] {changePassword, signOut}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        Footer panel = new Footer(who, new Div(changePassword, signOut));
        panel.addClassName("user-panel");
        return panel;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean goingToPasswordChange = event.getLocation().getPath().equals(CHANGE_PASSWORD_PATH);
        if (!goingToPasswordChange && accountService.mustChangeOwnPassword()) {
            event.forwardTo(CHANGE_PASSWORD_PATH);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        HasElement content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "SocialSim");
    }
}
