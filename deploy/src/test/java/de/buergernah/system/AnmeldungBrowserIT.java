package de.buergernah.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A clerk's first steps in the UI, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnmeldungBrowserIT {

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
  void sachbearbeitungMeldetSichAnUndSiehtDenPosteingangAufDeutsch() {
    Browser.anmelden(browser, "meldestelle", Server.DEMO_PASSWORT);
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Posteingang", browser.findElement(By.tagName("h1")).getText());
    assertTrue(
        browser
            .findElement(By.id("posteingang:aufgaben"))
            .getText()
            .contains("Keine offenen Aufgaben."));
    assertTrue(browser.findElement(By.id("angemeldet-als")).getText().contains("Moritz Muster"));

    Browser.schaltflaeche(browser, "Abmelden").click();
    Browser.warten(browser).until(ExpectedConditions.urlContains("/login.xhtml"));
    assertTrue(
        browser.findElement(By.id("abgemeldet")).getText().contains("Sie wurden abgemeldet."));
    browser.get(Server.BASIS + "/posteingang.xhtml");
    assertTrue(
        browser.getCurrentUrl().contains("/login.xhtml"),
        "nach dem Abmelden kein Posteingang mehr");
  }

  @Test
  void eineNeueAufgabeLandetNurImPosteingangDesZustaendigenFachbereichs() {
    String nummer = Server.neuerVorgang();
    Browser.anmelden(browser, "sachbearbeitung", Server.DEMO_PASSWORT);
    Browser.warten(browser).until(ExpectedConditions.urlContains("/posteingang.xhtml"));
    String posteingang = browser.findElement(By.id("posteingang:aufgaben")).getText();
    assertTrue(posteingang.contains(nummer), posteingang);
    assertTrue(posteingang.contains("Vorgang bearbeiten"), posteingang);
  }

  @Test
  void falschesPasswortZeigtEineDeutscheFehlermeldung() {
    Browser.anmelden(browser, "sachbearbeitung", "ganz-falsch-123");
    String meldung =
        Browser.warten(browser)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("meldungen")))
            .getText();
    assertTrue(meldung.contains("Benutzername oder Passwort ist falsch."), meldung);
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));
    assertEquals(
        "",
        Browser.feld(browser, "Passwort").getAttribute("value"),
        "das Passwort wird nicht wieder angezeigt");
  }
}
