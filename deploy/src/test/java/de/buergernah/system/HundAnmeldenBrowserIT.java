package de.buergernah.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A Steueramt clerk works a dog registration from the terminal through the UI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HundAnmeldenBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Server.ear();
  }

  private WebDriver browser;

  @BeforeEach
  void browserStarten() {
    browser = Browser.starten();
  }

  @AfterEach
  void browserBeenden() {
    if (browser != null) {
      browser.quit();
    }
  }

  private WebElement zeile(String nummer) {
    return browser.findElement(By.xpath("//table//tr[td//a[normalize-space()='" + nummer + "']]"));
  }

  @Test
  void steueramtUebernimmtPrueftSiehtDenAnhangUndGibtDenBescheidFrei() {
    HttpResponse<String> eingang =
        HundAnmeldenIT.einreichen(
            Server.bearer(Server.TERMINAL), Server.eindeutig("b-"), HundAnmeldenIT.ANTRAG);
    assertEquals(201, eingang.statusCode(), eingang.body());
    String nummer = Server.json(eingang).get("vorgang").asText();
    assertEquals(
        201,
        DokumentIT.hochladenMit(
                Server.bearer(Server.TERMINAL), nummer, "antrag.pdf", DokumentIT.PDF)
            .statusCode());

    Browser.anmelden(browser, "sachbearbeitung", Server.DEMO_PASSWORT);
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    assertTrue(browser.findElement(By.id("anzahl")).getText().matches("\\d+ offene Aufgaben"));
    zeile(nummer).findElement(By.xpath(".//button[normalize-space()='Übernehmen']")).click();
    Browser.warten(browser).until(d -> zeile(nummer).getText().contains("sachbearbeitung"));

    zeile(nummer).findElement(By.linkText(nummer)).click();
    Browser.warten(browser).until(ExpectedConditions.urlContains("/aufgabe.xhtml"));
    assertEquals("Antrag prüfen – " + nummer, browser.findElement(By.tagName("h1")).getText());
    assertEquals("Erika Mustermann", browser.findElement(By.id("halter")).getText());
    assertTrue(browser.findElement(By.id("aufgabe:hunde")).getText().contains("Bello"));
    assertTrue(browser.findElement(By.id("aufgabe:dokumente")).getText().contains("antrag.pdf"));
    String quelle = browser.findElement(By.id("dokumentansicht")).getAttribute("src");
    assertTrue(quelle.endsWith("?inline=true"), quelle);
    Object antwort =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const fertig = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => fertig(r.status + ' ' + r.headers.get('content-type')));",
                quelle);
    assertEquals("200 application/pdf", antwort, "der Anhang wird in der Seite angezeigt");

    Browser.schaltflaeche(browser, "Unterlagen vollständig").click();
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    assertTrue(browser.findElement(By.id("erledigt")).getText().contains(nummer));
    Browser.warten(browser).until(d -> zeile(nummer).getText().contains("Bescheid freigeben"));
    zeile(nummer).findElement(By.linkText(nummer)).click();
    Browser.warten(browser).until(ExpectedConditions.urlContains("/aufgabe.xhtml"));
    assertEquals(
        "54,00 €", browser.findElement(By.id("jahresbetrag")).getText().replace('\u00a0', ' '));
    Browser.schaltflaeche(browser, "Bescheid freigeben").click();
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    assertFalse(browser.findElement(By.id("posteingang:aufgaben")).getText().contains(nummer));
    assertEquals("ABGESCHLOSSEN", HundAnmeldenIT.status(nummer));

    // the case view: data, the released notice to download, the history of steps
    browser.findElement(By.id("zum-vorgang")).click();
    Browser.warten(browser).until(ExpectedConditions.urlContains("/vorgang.xhtml"));
    assertEquals("ABGESCHLOSSEN", browser.findElement(By.id("status")).getText());
    assertEquals(
        "54,00 €", browser.findElement(By.id("jahresbetrag")).getText().replace('\u00a0', ' '));
    WebElement bescheid = browser.findElement(By.partialLinkText("Steuerbescheid-" + nummer));
    Object pdf =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const fertig = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => fertig(r.status + ' ' + r.headers.get('content-type') + ' '"
                    + " + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))));",
                bescheid.getAttribute("href"));
    assertEquals("200 application/pdf %PDF-", pdf, "der Bescheid lässt sich herunterladen");
    String verlauf = browser.findElement(By.id("verlauf")).getText();
    assertTrue(
        verlauf.contains("system:prozess")
            && verlauf.contains("sachbearbeitung")
            && verlauf.contains("HOCHLADEN"),
        verlauf);
  }

  @Test
  void eineSachbearbeiterinDerMeldestelleSiehtDieAufgabeNicht() {
    HttpResponse<String> eingang =
        HundAnmeldenIT.einreichen(
            Server.bearer(Server.TERMINAL), Server.eindeutig("m-"), HundAnmeldenIT.ANTRAG);
    String nummer = Server.json(eingang).get("vorgang").asText();
    String aufgabe = HundAnmeldenIT.aufgabe("sachbearbeitung", nummer).get("id").asText();

    Browser.anmelden(browser, "meldestelle", Server.DEMO_PASSWORT);
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    assertFalse(browser.findElement(By.id("posteingang:aufgaben")).getText().contains(nummer));
    browser.get(Server.BASIS + "/aufgabe.xhtml?id=" + aufgabe);
    assertEquals("Seite nicht gefunden", browser.findElement(By.tagName("h1")).getText());
    assertFalse(browser.getPageSource().contains("Mustermann"));
    browser.get(Server.BASIS + "/vorgang.xhtml?nummer=" + nummer);
    assertEquals("Seite nicht gefunden", browser.findElement(By.tagName("h1")).getText());
    assertFalse(browser.getPageSource().contains("Mustermann"));
  }

  @Test
  void amSchalterLegtDieSachbearbeitungEinenAntragMitScanAn() throws Exception {
    java.nio.file.Path scan = java.nio.file.Files.createTempFile("scan-", ".pdf");
    java.nio.file.Files.write(scan, DokumentIT.PDF);
    Browser.anmelden(browser, "sachbearbeitung", Server.DEMO_PASSWORT);
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    browser.findElement(By.id("navigation:neu")).click();
    Browser.warten(browser)
        .until(ExpectedConditions.urlContains("/verfahren/hundesteuer/neu.xhtml"));
    Browser.feld(browser, "Familienname").sendKeys("Mustermann");
    Browser.feld(browser, "Vornamen").sendKeys("Erika");
    Browser.feld(browser, "Name des Hundes").sendKeys("Rex");
    WebElement ab = Browser.feld(browser, "Gehalten ab");
    ab.sendKeys("20.06.2026");
    ab.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    browser.findElement(By.cssSelector("input[type=file]")).sendKeys(scan.toString());
    Browser.schaltflaeche(browser, "Antrag anlegen").click();
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    String meldung = browser.findElement(By.id("erledigt")).getText();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("HST-\\d{4}-\\d{6}").matcher(meldung);
    assertTrue(m.find(), meldung);
    String nummer = m.group();
    assertTrue(browser.findElement(By.id("posteingang:aufgaben")).getText().contains(nummer));
    com.fasterxml.jackson.databind.JsonNode vorgang =
        Server.json(Server.get("/api/v1/vorgaenge/" + nummer, Server.demo("sachbearbeitung")));
    assertEquals("BUERGERBUERO", vorgang.get("kanal").asText());
    com.fasterxml.jackson.databind.JsonNode dokumente =
        Server.json(
            Server.get(
                "/api/v1/vorgaenge/" + nummer + "/dokumente", Server.demo("sachbearbeitung")));
    assertEquals(1, dokumente.size());
    assertEquals("application/pdf", dokumente.get(0).get("medientyp").asText());
  }
}
