package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.contrepoint.audit.AuditMessages;
import org.junit.jupiter.api.Test;

/** Every French text has its English translation, and the English files hold no stale keys. */
class TranslationsTest {

    static final List<Class<?>> BUNDLES = List.of(AppMessages.class, AuditMessages.class,
            org.contrepoint.notification.NotificationMessages.class,
            // library
            org.contrepoint.library.LibraryMessages.class,
            org.contrepoint.queue.QueueMessages.class,
            org.contrepoint.discussion.DiscussionMessages.class,
            // replies and sign-off
            org.contrepoint.reply.ReplyMessages.class,
            org.contrepoint.reply.suggestion.SuggestionMessages.class,
            org.contrepoint.signoff.SignoffMessages.class,
            // dashboard and the home page's summaries
            org.contrepoint.dashboard.DashboardMessages.class);


    @Test
    void everyBundleIsCompleteInEnglish() throws IOException {
        for (Class<?> bundle : BUNDLES) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Set<String> keys = Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Properties english = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/" + name + "_en.properties")) {
                assertTrue(in != null, "missing messages/" + name + "_en.properties");
                english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertEquals(keys, new TreeSet<>(english.stringPropertyNames()), "keys of bundle " + name);
            english.forEach((key, value) -> assertTrue(!value.toString().isBlank(), name + "." + key + " is empty"));
        }
    }
}
