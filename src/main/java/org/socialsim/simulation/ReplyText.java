package org.socialsim.simulation;

import java.util.Locale;
import org.socialsim.scenario.definition.MessageKind;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.ReplyQuality;

/**
 * What a reply says, read with simple English keyword cues: whether it does what the template's
 * good reply asks (apologise, answer, resolve…), whether it is personal and empathetic, and whether
 * it turns a conversation into an advert. A transparent heuristic, not language understanding: the
 * tutor reads the actual replies.
 */
final class ReplyText {

    private ReplyText() {}

    /** The reply's score in [0, 1]: 50% the good-reply qualities it shows, 20% personal, 15% empathy, 15% no hard sell. */
    static double score(String reply, MessageTemplate template) {
        String text = reply.toLowerCase(Locale.ROOT);
        if (text.isBlank()) {
            return 0;
        }
        double covered = 1;
        if (!template.goodReply().isEmpty()) {
            int hits = 0;
            for (ReplyQuality quality : template.goodReply()) {
                if (shows(text, quality, template)) {
                    hits++;
                }
            }
            covered = (double) hits / template.goodReply().size();
        }
        boolean personal = shows(text, ReplyQuality.PERSONALISE, template);
        boolean empathy = shows(text, ReplyQuality.EMPATHISE, template);
        boolean needsEmpathy = template.kind() == MessageKind.COMPLAINT;
        double brevity = text.length() < 20 ? 0.5 : 1;
        return brevity
                * (0.5 * covered
                        + 0.2 * (personal ? 1 : 0)
                        + 0.15 * (empathy || !needsEmpathy ? 1 : 0)
                        + 0.15 * (overPromotes(text) ? 0 : 1));
    }

    static boolean shows(String text, ReplyQuality quality, MessageTemplate template) {
        return switch (quality) {
            case ACKNOWLEDGE ->
                any(text, "thanks for", "thank you for", "we hear", "we see", "noted", "got it", "understand");
            case APOLOGISE -> any(text, "sorry", "apolog");
            case ANSWER -> text.length() >= 40;
            case PERSONALISE -> text.contains(firstName(template.author())) || any(text, " you", "your", "you ");
            case EMPATHISE -> any(text, "understand", "frustrat", "sorry", "must be", "hear that", "feel");
            case RESOLVE ->
                any(text, "refund", "replace", "fixed", "sort", "send", "resolve", "arrang", "dm", "message");
            case THANK -> any(text, "thank");
            case CORRECT_FACTS ->
                any(text, "fact", "actually", "in fact", "correct", "not true", "to be clear", "confirm");
            case SIGNPOST -> any(text, "http", "www", "link", "visit", "see our", "check", "page", "faq");
            case OFFER_COMPENSATION -> any(text, "refund", "voucher", "free", "compensat", "on us", "credit");
            case INVITE_CONTENT -> any(text, "share", "tag", "post", "show us", "photo", "feature");
            case STAY_CALM -> !text.contains("!!") && !any(text, "stupid", "idiot", "liar", "shut up");
        };
    }

    /** Discount codes, "buy now" and links in a complaint thread read as an advert. */
    static boolean overPromotes(String text) {
        return any(text, "% off", "discount", "promo code", "use code", "buy now", "shop now", "order now", "sale");
    }

    private static String firstName(String author) {
        String name = author.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        int space = name.indexOf(' ');
        String first = space > 0 ? name.substring(0, space) : name;
        return first.length() >= 3 ? first : "\u0000";
    }

    private static boolean any(String text, String... cues) {
        for (String cue : cues) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
