package org.contrepoint.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.contrepoint.support.TcpProxy;
import org.h2.tools.Server;

/**
 * The application reaches its database (PostgreSQL, or H2 served over TCP) through a relay the test can cut. The test flips a system property that the
 * relay watches ({@link TcpProxy#switchedBy}).
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
        private Server h2;

        @Override
        public Map<String, String> start() {
            String url;
            if ("postgresql".equals(System.getProperty("contrepoint.test.db-kind"))) {
                proxy = new TcpProxy("127.0.0.1", 5432).switchedBy(CONTROL);
                url = System.getProperty("contrepoint.test.db-url").replace("127.0.0.1:5432",
                        "127.0.0.1:" + proxy.port());
            } else {
                // H2 in memory has no link to cut: serve it over TCP, in this JVM, for the relay to stand in.
                try {
                    h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot start the H2 TCP server", e);
                }
                proxy = new TcpProxy("127.0.0.1", h2.getPort()).switchedBy(CONTROL);
                url = "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:contrepoint-outage;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            }
            return Map.of("contrepoint.test.db-url", url, "%test.quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.jdbc.url", url);
        }

        @Override
        public void stop() {
            if (proxy != null) {
                proxy.cut();
            }
            if (h2 != null) {
                h2.stop();
            }
            System.getProperties().remove(CONTROL);
        }
    }
}
