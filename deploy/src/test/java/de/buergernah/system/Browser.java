package de.buergernah.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium through Selenium, offline (no Selenium Manager downloads). */
final class Browser {

  static final String CHROMIUM = System.getProperty("chromium.pfad", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("chromedriver.pfad", "/usr/bin/chromedriver");

  private Browser() {}

  static WebDriver starten() {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser-Tests brauchen Chromium und ChromeDriver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "). "
              + "Installieren: sudo apt-get install -y chromium chromium-driver – "
              + "oder ausdrücklich überspringen mit ./mvnw verify -Dbrowser.skip=true");
    }
    try {
      ChromeOptions o = new ChromeOptions();
      o.setBinary(CHROMIUM);
      o.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=1280,900",
          "--lang=de-DE",
          "--user-data-dir=" + Files.createTempDirectory("chromium-test"));
      ChromeDriverService dienst =
          new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
      WebDriver d = new ChromeDriver(dienst, o);
      d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WebDriverWait warten(WebDriver d) {
    return new WebDriverWait(d, Duration.ofSeconds(20));
  }

  /** The form field labelled with {@code text} (by its label, as a user finds it). */
  static WebElement feld(WebDriver d, String text) {
    WebElement label =
        d.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + text + "')]"));
    return d.findElement(By.id(label.getAttribute("for")));
  }

  static WebElement schaltflaeche(WebDriver d, String text) {
    return d.findElement(
        By.xpath(
            "//button[normalize-space(.)='"
                + text
                + "'] | //a[normalize-space(.)='"
                + text
                + "']"));
  }

  static void anmelden(WebDriver d, String benutzer, String passwort) {
    d.get(Server.BASIS + "/login.xhtml");
    feld(d, "Benutzername").sendKeys(benutzer);
    feld(d, "Passwort").sendKeys(passwort);
    schaltflaeche(d, "Anmelden").click();
  }
}
