package de.buergernah.plattform.betrieb;

import de.buergernah.api.betrieb.Gesundheit;
import de.buergernah.plattform.workflow.Workflow;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Health of the database and the process engine, for the health endpoint and start.sh. */
@ApplicationScoped
public class Betriebszustand {

  @Resource(lookup = "java:jboss/datasources/BuergernahDS")
  DataSource datenquelle;

  @Inject Workflow workflow;

  public Gesundheit pruefen() {
    String db = datenbankErreichbar() ? "UP" : "DOWN";
    String engine = workflow.betriebsbereit() ? "UP" : "DOWN";
    return new Gesundheit(db.equals("UP") && engine.equals("UP") ? "UP" : "DOWN", db, engine);
  }

  private boolean datenbankErreichbar() {
    try (Connection c = datenquelle.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
