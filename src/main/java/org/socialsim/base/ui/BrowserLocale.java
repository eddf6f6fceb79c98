package org.socialsim.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dates, times and numbers follow the browser's English variant (25/11/2026 for en-GB, 11/25/2026
 * for en-US). English is the only bundled language, so a browser asking for anything else gets
 * British English, the course's home, rather than the server's default locale.
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    static final Locale FALLBACK = Locale.UK;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            init.getUI().setLocale(localeFor(request == null ? null : request.getLocale()));
        });
    }

    static Locale localeFor(@Nullable Locale requested) {
        boolean englishWithRegion = requested != null
                && requested.getLanguage().equals("en")
                && !requested.getCountry().isEmpty();
        return englishWithRegion ? requested : FALLBACK;
    }
}
