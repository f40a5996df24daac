package org.contrepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    @Test
    void productionStartNamesEveryMissingSettingAtOnce() {
        List<String> missing = ProductionSettings.missing(Map.of(), new Properties());
        assertEquals(6, missing.size());
        String message = ProductionSettings.message(missing);
        assertTrue(message.contains("CONTREPOINT_DB_URL"), message);
        assertTrue(message.contains("CONTREPOINT_OIDC_SERVER_URL"), message);
        assertTrue(message.contains("CONTREPOINT_SECRET"), message);
    }

    @Test
    void environmentVariablesOrPropertiesSatisfyTheCheck() {
        Map<String, String> env = new HashMap<>();
        for (ProductionSettings.Required required : ProductionSettings.REQUIRED) {
            env.put(required.variable(), "set");
        }
        env.remove("CONTREPOINT_SECRET");
        Properties properties = new Properties();
        properties.setProperty("contrepoint.web.secret", "from-a-system-property");
        assertEquals(List.of(), ProductionSettings.missing(env, properties));
    }

    @Test
    void demoStartNeedsNothing() {
        Properties properties = new Properties();
        properties.setProperty("quarkus.profile", "demo");
        assertEquals(List.of(), ProductionSettings.missing(Map.of(), properties));
        assertEquals(List.of(), ProductionSettings.missing(Map.of("QUARKUS_PROFILE", "demo"), new Properties()));
    }

    @Test
    void aPackageRunsOnlyInTheModeItWasBuiltFor() {
        Properties demo = new Properties();
        demo.setProperty("quarkus.profile", "demo");
        assertTrue(ProductionSettings.profileMismatch(Map.of(), demo, "prod").contains("built for production"));
        assertTrue(ProductionSettings.profileMismatch(Map.of(), new Properties(), "demo").contains("built for the demo"));
        assertEquals(null, ProductionSettings.profileMismatch(Map.of(), demo, "demo"));
        assertEquals(null, ProductionSettings.profileMismatch(Map.of(), new Properties(), "prod"));
    }
}
