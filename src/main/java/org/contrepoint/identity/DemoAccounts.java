package org.contrepoint.identity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.contrepoint.audit.Actor;
import org.contrepoint.audit.AuditLog;

/**
 * The demo accounts of embedded mode, created at start when missing. Their bcrypt hashes live in
 * {@code identity/demo-accounts.csv}; the shared password is shown on the demo sign-in page only.
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "demo";
    private static final String RESOURCE = "identity/demo-accounts.csv";

    /** One line of the file: username;display name;roles separated by commas;bcrypt hash. */
    public record Account(String username, String displayName, List<String> roles, String passwordHash) {
    }

    @Inject
    IdentityConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private List<Account> accounts = List.of();

    @Transactional
    void seed(@Observes StartupEvent start) {
        if (!config.embedded() || !config.demoAccounts()) {
            return;
        }
        accounts = read();
        for (Account account : accounts) {
            if (Person.findEmbedded(account.username()).isEmpty()) {
                Person person = Person.create(Person.EMBEDDED_ISSUER, account.username(), account.username(),
                        account.displayName(), clock.instant());
                person.passwordHash = account.passwordHash();
                person.email = account.username() + "@demo.contrepoint.invalid";
                person.assignRoles(account.roles());
                person.persist();
                audit.recordAs(Actor.system(), "person.created", "person", String.valueOf(person.id),
                        "demo account " + account.username());
            }
        }
    }

    public List<Account> listed() {
        return accounts;
    }

    private static List<Account> read() {
        List<Account> result = new ArrayList<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(";", 4);
                result.add(new Account(parts[0], parts[1], List.of(parts[2].split(",")), parts[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return List.copyOf(result);
    }
}
