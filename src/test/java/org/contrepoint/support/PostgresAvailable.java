package org.contrepoint.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When the suite is asked to run on PostgreSQL ({@code -Ppostgresql}) and no PostgreSQL answers, a developer's
 * run reports every test skipped with the reason; under CI ({@code CI=true}) the tests run and fail, because a
 * missing database there is a broken machine, not a choice. Registered for all tests through
 * junit-platform.properties (extension auto-detection).
 */
public class PostgresAvailable implements ExecutionCondition {

    private static volatile ConditionEvaluationResult cached;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgresql".equals(System.getProperty("contrepoint.test.db-kind"))) {
            return ConditionEvaluationResult.enabled("tests run on H2");
        }
        if (cached == null) {
            cached = probe(System.getProperty("contrepoint.test.db-url"));
        }
        return cached;
    }

    private static ConditionEvaluationResult probe(String url) {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getProperty("contrepoint.test.db-user", "postgres"));
        credentials.setProperty("password", System.getProperty("contrepoint.test.db-password", ""));
        credentials.setProperty("connectTimeout", "3");
        try (Connection ignored = DriverManager.getConnection(url, credentials)) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("CI=true: PostgreSQL is required at " + url);
            }
            return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + url
                    + " (" + e.getMessage() + "); start it or run .ci/run, which installs and starts it");
        }
    }
}
