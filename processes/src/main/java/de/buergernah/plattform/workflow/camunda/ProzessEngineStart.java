package de.buergernah.plattform.workflow.camunda;

import de.buergernah.plattform.betrieb.Einstellungen;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.TransactionManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Starts the embedded Camunda 7 engine on the application's PostgreSQL datasource inside the
 * container's JTA transactions, registers it with the runtime container (so the REST API and CDI
 * find it) and deploys the project's processes. Camunda creates and updates its own tables.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ProzessEngineStart {

  /** Lists the BPMN/DMN resources to deploy; a unit test keeps it complete. */
  static final String INDEX = "verfahren/index.txt";

  static final String ENGINE_NAME = "default";

  private static final Logger LOG = Logger.getLogger(ProzessEngineStart.class.getName());

  @Resource(lookup = "java:jboss/datasources/BuergernahDS")
  DataSource datenquelle;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transaktionen;

  private ProcessEngine engine;

  @PostConstruct
  void starten() {
    CdiJtaProcessEngineConfiguration konfiguration = new CdiJtaProcessEngineConfiguration();
    konfiguration.setProcessEngineName(ENGINE_NAME);
    konfiguration.setDataSource(datenquelle);
    konfiguration.setTransactionManager(transaktionen);
    konfiguration.setTransactionsExternallyManaged(true);
    konfiguration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    konfiguration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    // every process must carry its own history time to live; this is only the safety net
    konfiguration.setHistoryTimeToLive(
        Einstellungen.text("buergernah.camunda.history-ttl", "P180D"));
    konfiguration.setJobExecutorActivate(true);
    konfiguration.setJobExecutorDeploymentAware(false);
    konfiguration.setAuthorizationEnabled(false);
    konfiguration.setMetricsEnabled(false);
    engine = konfiguration.buildProcessEngine();
    RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
    bereitstellen();
    LOG.info("Prozess-Engine gestartet.");
  }

  private void bereitstellen() {
    List<String> ressourcen = ressourcen();
    if (ressourcen.isEmpty()) {
      return;
    }
    DeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("buergernah")
            .source("buergernah")
            .enableDuplicateFiltering(true);
    ClassLoader cl = ProzessEngineStart.class.getClassLoader();
    for (String r : ressourcen) {
      try (InputStream in = cl.getResourceAsStream(r)) {
        if (in == null) {
          throw new IllegalStateException("Prozessressource fehlt: " + r);
        }
        deployment.addInputStream(r, new java.io.ByteArrayInputStream(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    deployment.deploy();
  }

  static List<String> ressourcen() {
    InputStream in = ProzessEngineStart.class.getClassLoader().getResourceAsStream(INDEX);
    if (in == null) {
      throw new IllegalStateException(INDEX + " fehlt");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void beenden() {
    if (engine != null) {
      RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
      engine.close();
    }
  }

  public ProcessEngine engine() {
    return engine;
  }
}
