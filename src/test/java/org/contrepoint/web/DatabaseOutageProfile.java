package org.contrepoint.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.contrepoint.support.TcpProxy;

/**
 * The application reaches PostgreSQL through a relay the test can cut. The test flips a system property that the
 * relay watches, because test resources and tests are loaded by different class loaders (a string is the one
 * thing both sides share safely).
 */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    static final String CONTROL = "contrepoint.test.database-switch";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Relay.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "PT2S");
    }

    public static class Relay implements QuarkusTestResourceLifecycleManager {

        private TcpProxy proxy;

        @Override
        public Map<String, String> start() {
            if (!"postgresql".equals(System.getProperty("contrepoint.test.db-kind"))) {
                return Map.of();
            }
            proxy = new TcpProxy("127.0.0.1", 5432);
            System.setProperty(CONTROL, "open");
            Thread watcher = new Thread(() -> watch(proxy), "database-switch");
            watcher.setDaemon(true);
            watcher.start();
            String url = System.getProperty("contrepoint.test.db-url").replace("127.0.0.1:5432",
                    "127.0.0.1:" + proxy.port());
            return Map.of("contrepoint.test.db-url", url, "%test.quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.jdbc.url", url);
        }

        private static void watch(TcpProxy proxy) {
            String state = "open";
            while (System.getProperty(CONTROL) != null) {
                String wanted = System.getProperty(CONTROL);
                if (!wanted.equals(state)) {
                    if ("cut".equals(wanted)) {
                        proxy.cut();
                    } else {
                        proxy.restore();
                    }
                    state = wanted;
                    System.setProperty(CONTROL + ".done", state);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
            }
        }

        @Override
        public void stop() {
            if (proxy != null) {
                proxy.cut();
            }
            System.getProperties().remove(CONTROL);
        }
    }
}
