package org.socialsim.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;

/**
 * The root address sends each user to their own home: the first menu entry their role may open (student home,
 * tutor home, or the admin's accounts), so the shell needs no list of roles and homes of its own.
 */
@Route("")
@PermitAll
public final class HomeRedirect extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MenuConfiguration.getMenuEntries().stream()
                .findFirst()
                .ifPresentOrElse(
                        home -> event.forwardTo(home.path()), () -> event.forwardTo(MainLayout.CHANGE_PASSWORD_PATH));
    }
}
