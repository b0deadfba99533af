package de.buergernah.plattform.betrieb;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs at deployment: migrates the application schema with Flyway (Camunda manages its own tables)
 * and, when {@code buergernah.demo=true}, seeds the demo data idempotently.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Plattformstart {

  private static final Logger LOG = Logger.getLogger(Plattformstart.class.getName());

  @Resource(lookup = "java:jboss/datasources/BuergernahDS")
  DataSource datenquelle;

  @Inject DemoDaten demo;

  @PostConstruct
  void starten() {
    Flyway flyway =
        Flyway.configure(Plattformstart.class.getClassLoader())
            .dataSource(datenquelle)
            .locations("classpath:db/migration")
            .table("flyway_schema_history")
            // Camunda may create its ACT_* tables first (no start order between the two beans):
            // a non-empty schema without history is then baselined at 0 and V1 still runs
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load();
    var ergebnis = flyway.migrate();
    var stand = flyway.info().current();
    LOG.info(
        () ->
            "Schema migriert: "
                + ergebnis.migrationsExecuted
                + " neue Migration(en), Stand "
                + (stand == null ? "leer" : stand.getVersion()));
    if (Einstellungen.schalter("buergernah.demo")) {
      demo.anlegenFallsNoetig();
    }
  }
}
