package org.contrepoint.reply;

import java.time.LocalDate;
import java.util.List;
import org.contrepoint.library.Template;
import org.contrepoint.library.TemplateVersion;
import org.contrepoint.taxonomy.Platform;

/**
 * The vetted template a reply starts from: its published version, and the text for the post's platform (the
 * platform's short variant when the template has one).
 */
public record ReplySource(Template template, TemplateVersion version, String text) {

    /** The template's published version, if it may still be used (not retired, not past its review date). */
    public static ReplySource usable(String templateId, Platform platform, LocalDate today) {
        Template template = templateId == null || templateId.isBlank() ? null : Template.findById(templateId);
        if (template == null || template.isRetired() || !template.isPublished()) {
            return null;
        }
        TemplateVersion version = template.current();
        if (version.isExpired(today)) {
            return null;
        }
        String variant = version.variants.get(platform.code());
        return new ReplySource(template, version, variant != null ? variant : version.body);
    }

    /** The template as it was when the reply was started (for the diff), even if it has been retired since. */
    public static ReplySource of(Reply reply) {
        if (reply.templateVersionId == null) {
            return null;
        }
        TemplateVersion version = TemplateVersion.findById(reply.templateVersionId);
        String variant = version.variants.get(reply.platform.code());
        return new ReplySource(Template.findById(reply.templateId), version, variant != null ? variant : version.body);
    }

    /** The text whose placeholders the composer asks for: the template's (if any) and those the author typed. */
    public static String askingFor(ReplySource source, String typed) {
        return source == null ? typed : source.text() + "\n" + typed;
    }

    /** The vetted text with these values filled in (what the departure is measured against); null for free text. */
    public static String baseline(ReplySource source, java.util.Map<String, String> values) {
        return source == null ? null : ReplyText.fill(source.text(), values);
    }

    public List<String> variables() {
        return ReplyText.variables(text);
    }
}
