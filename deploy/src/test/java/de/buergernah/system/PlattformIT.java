package de.buergernah.system;

import static de.buergernah.system.Server.basic;
import static de.buergernah.system.Server.demo;
import static de.buergernah.system.Server.get;
import static de.buergernah.system.Server.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Engine on PostgreSQL, health, OpenAPI, and Camunda Modeler's deployment path through
 * /engine-rest.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlattformIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Server.ear();
  }

  @Test
  void gesundheitMeldetDatenbankUndEngineUndDieEngineTabellenLiegenInPostgres() throws Exception {
    HttpResponse<String> r = get("/api/v1/health", null);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode g = json(r);
    assertEquals("UP", g.get("datenbank").asText());
    assertEquals("UP", g.get("prozessEngine").asText());
    try (Connection c = Server.datenbank();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select value_ from act_ge_property where name_ = 'historyLevel'")) {
      assertTrue(rs.next(), "Camunda-Tabellen fehlen in PostgreSQL");
      assertEquals("3", rs.getString(1), "History-Level full");
    }
    try (Connection c = Server.datenbank();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history where success")) {
      assertTrue(rs.next() && rs.getInt(1) >= 1, "Flyway-Migrationen gelaufen");
    }
  }

  @Test
  void openApiBeschreibtDieEigeneApiUndNichtCamundas() {
    HttpResponse<String> r = get("/openapi", null);
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("/api/v1/vorgaenge"), r.body());
    assertTrue(r.body().contains("/api/v1/vorgaenge/{nummer}/dokumente"));
    assertTrue(
        !r.body().contains("/engine-rest"), "Camundas REST gehört nicht in unser OpenAPI-Dokument");
  }

  @Test
  void prozessdesignStelltWieCamundaModelerBereitUndDerProzessLaeuft() {
    String schluessel = Server.eindeutig("Prozess_ModelerTest_");
    HttpRequest bereitstellen = deploymentCreate(schluessel, demo("prozessdesign"));

    HttpResponse<String> ohne = Server.senden(deploymentCreate(schluessel, null));
    assertEquals(401, ohne.statusCode());
    assertTrue(ohne.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(
        401,
        Server.senden(deploymentCreate(schluessel, basic("prozessdesign", "falsch-falsch")))
            .statusCode());
    HttpResponse<String> falscheRolle =
        Server.senden(deploymentCreate(schluessel, demo("sachbearbeitung")));
    assertEquals(403, falscheRolle.statusCode());
    assertTrue(
        falscheRolle
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertEquals(
        0,
        json(get("/engine-rest/process-definition/count?key=" + schluessel, demo("prozessdesign")))
            .get("count")
            .asInt(),
        "abgewiesene Anfragen haben nichts bereitgestellt");

    HttpResponse<String> r = Server.senden(bereitstellen);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(json(r).get("deployedProcessDefinitions").toString().contains(schluessel));

    HttpResponse<String> start =
        Server.postJson(
            "/engine-rest/process-definition/key/" + schluessel + "/start",
            demo("prozessdesign"),
            "{\"businessKey\":\"MODELER-1\"}");
    assertEquals(200, start.statusCode(), start.body());
    String instanz = json(start).get("id").asText();
    try (Connection c = Server.datenbank();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select state_, business_key_ from act_hi_procinst where id_ = '"
                    + instanz
                    + "'")) {
      assertTrue(rs.next(), "Instanz in der Historie");
      assertEquals("COMPLETED", rs.getString(1));
      assertEquals("MODELER-1", rs.getString(2));
    } catch (java.sql.SQLException ex) {
      throw new IllegalStateException(ex);
    }
    // everything beyond deploying and starting stays closed: it holds data of all Mandanten
    assertEquals(
        403,
        get("/engine-rest/history/process-instance/" + instanz, demo("prozessdesign"))
            .statusCode());
    assertEquals(403, get("/engine-rest/task", demo("admin")).statusCode());
    assertEquals(
        403,
        Server.senden(
                Server.anfrage("/engine-rest/process-instance/" + instanz, demo("admin"))
                    .DELETE()
                    .build())
            .statusCode());

    // ADMIN may use it too; the deployment is in the audit trail
    assertEquals(200, get("/engine-rest/engine", demo("admin")).statusCode());
    assertTrue(
        get("/api/v1/audit?aktion=PROZESS_BEREITSTELLEN", demo("admin"))
            .body()
            .contains("prozessdesign"));
  }

  /** The multipart request Camunda Modeler sends to deploy a diagram. */
  private static HttpRequest deploymentCreate(String schluessel, String authorization) {
    String bpmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Test" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Start_Test"><bpmn:outgoing>Flow_Test</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_Test" sourceRef="Start_Test" targetRef="Ende_Test"/>
            <bpmn:endEvent id="Ende_Test"><bpmn:incoming>Flow_Test</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(schluessel);
    String grenze = "----ModelerGrenze" + System.nanoTime();
    List<String> teile = new ArrayList<>();
    teile.add(feld(grenze, "deployment-name", "modeler-test"));
    teile.add(feld(grenze, "deployment-source", "Camunda Modeler"));
    teile.add(feld(grenze, "deploy-changed-only", "true"));
    teile.add(
        "--"
            + grenze
            + "\r\nContent-Disposition: form-data; name=\"diagram.bpmn\"; filename=\"diagram.bpmn\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + bpmn
            + "\r\n");
    String inhalt = String.join("", teile) + "--" + grenze + "--\r\n";
    return Server.anfrage("/engine-rest/deployment/create", authorization)
        .header("Content-Type", "multipart/form-data; boundary=" + grenze)
        .POST(HttpRequest.BodyPublishers.ofString(inhalt, StandardCharsets.UTF_8))
        .build();
  }

  private static String feld(String grenze, String name, String wert) {
    return "--"
        + grenze
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\n\r\n"
        + wert
        + "\r\n";
  }
}
