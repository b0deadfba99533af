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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** ADMIN's pages in headless Chromium: audit trail and device credentials. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerwaltungBrowserIT {

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

  @Test
  void dasProtokollSiehtNurDieAdministrationUndNurIhrenMandanten() {
    String nummer = Server.neuerVorgang();
    Browser.anmelden(browser, "sachbearbeitung", Server.DEMO_PASSWORT);
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    assertTrue(
        browser.findElements(By.id("navigation:protokoll")).isEmpty(), "kein Menüpunkt ohne Recht");
    browser.get(Server.BASIS + "/admin/protokoll.xhtml");
    assertEquals("Kein Zugriff", browser.findElement(By.tagName("h1")).getText());

    browser.manage().deleteAllCookies();
    Browser.anmelden(browser, "admin", Server.DEMO_PASSWORT);
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    browser.findElement(By.id("navigation:protokoll")).click();
    Browser.warten(browser).until(ExpectedConditions.urlContains("/admin/protokoll.xhtml"));
    Browser.feld(browser, "Vorgang").sendKeys(nummer);
    Browser.schaltflaeche(browser, "Filtern").click();
    Browser.warten(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("filter:eintraege"), nummer));
    String zeilen = browser.findElement(By.id("filter:eintraege")).getText();
    assertTrue(zeilen.contains("ANLEGEN") && zeilen.contains("sachbearbeitung"), zeilen);
    assertTrue(
        zeilen.matches("(?s).*\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}.*"),
        "Datum als dd.MM.yyyy: " + zeilen);

    browser.manage().deleteAllCookies();
    Browser.anmelden(browser, "nachbar.admin", Server.DEMO_PASSWORT);
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    browser.get(Server.BASIS + "/admin/protokoll.xhtml");
    assertFalse(
        browser.findElement(By.id("filter:eintraege")).getText().contains(nummer),
        "fremder Mandant");
  }

  @Test
  void adminLegtEinGeraetAnSiehtDenZugangNurEinmalUndWiderruftIhn() {
    String bezeichnung = Server.eindeutig("Terminal UI-");
    Browser.anmelden(browser, "admin", Server.DEMO_PASSWORT);
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    browser.findElement(By.id("navigation:geraete")).click();
    Browser.warten(browser).until(ExpectedConditions.urlContains("/admin/geraete.xhtml"));
    Browser.feld(browser, "Bezeichnung").sendKeys(bezeichnung);
    Browser.schaltflaeche(browser, "Gerät anlegen").click();
    String token =
        Browser.warten(browser)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("neuer-zugang")))
            .getText()
            .trim();
    assertTrue(token.startsWith("bn1."), token);
    String anlegen =
        "{\"verfahren\":\"ALLGEMEIN\",\"fachbereich\":\"steueramt\",\"kanal\":\"TERMINAL\"}";
    HttpResponse<String> mitZugang =
        Server.postJson("/api/v1/vorgaenge", Server.bearer(token), anlegen);
    assertEquals(201, mitZugang.statusCode(), mitZugang.body());

    browser.get(Server.BASIS + "/admin/geraete.xhtml");
    assertFalse(browser.getPageSource().contains(token), "der Zugang wird nur einmal gezeigt");
    String zeile = "//tr[td[normalize-space()='" + bezeichnung + "']]";
    browser.findElement(By.xpath(zeile + "//button")).click();
    Browser.warten(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(zeile), "widerrufen"));
    assertEquals(
        401, Server.postJson("/api/v1/vorgaenge", Server.bearer(token), anlegen).statusCode());
  }
}
