package com.laca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.sql.DataSourceDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The connection pool's declaration")
class LacaDataSourceTest {

    @Test
    @DisplayName("gives every setting a default at deployment, the same as the embedded configuration's")
    void defaultsMatchTheConfiguration() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        DataSourceDefinition pool = LacaDataSource.class.getAnnotation(DataSourceDefinition.class);
        assertThat(pool.url()).isEqualTo("${MPCONFIG=laca.db.url:" + config.getProperty("laca.db.url") + "}");
        assertThat(pool.user()).isEqualTo("${MPCONFIG=laca.db.user:" + config.getProperty("laca.db.user") + "}");
        assertThat(pool.password())
                .isEqualTo("${MPCONFIG=laca.db.password:" + config.getProperty("laca.db.password") + "}");
        assertThat(pool.className()).as("no default: Payara would keep it, even on PostgreSQL")
                .isEqualTo("${MPCONFIG=laca.db.datasource-class}");
    }
}
