package de.buergernah.verfahren.hundesteuer.prozess;

import de.buergernah.kern.vorgang.Vorgang;
import de.buergernah.kern.vorgang.VorgangService;
import de.buergernah.plattform.betrieb.Einstellungen;
import de.buergernah.verfahren.hundesteuer.application.HundeanmeldungSchritte;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The automatic steps of "Hund anmelden"; each is a thin bridge to {@link HundeanmeldungSchritte}.
 */
public final class HundesteuerDelegates {

  /** Process variable: how long the citizen has to send missing documents (ISO-8601 duration). */
  static final String VAR_NACHFORDERUNGSFRIST = "nachforderungsfrist";

  /** Process variable set by the computation: the annual amount as a decimal string. */
  static final String VAR_JAHRESBETRAG = "jahresbetrag";

  /** Process variable: id of the stored Steuerbescheid document. */
  static final String VAR_BESCHEID_DOKUMENT = "bescheidDokument";

  private HundesteuerDelegates() {}

  static long vorgangId(DelegateExecution e) {
    return ((Number) e.getVariable(VorgangService.VAR_VORGANG_ID)).longValue();
  }

  @Named("hundesteuerFestsetzen")
  @ApplicationScoped
  public static class Festsetzen implements JavaDelegate {
    @Inject HundeanmeldungSchritte schritte;

    @Override
    public void execute(DelegateExecution e) {
      e.setVariable(
          VAR_JAHRESBETRAG, schritte.festsetzen(vorgangId(e)).jahresbetrag().toPlainString());
    }
  }

  @Named("unterlagenNachfordern")
  @ApplicationScoped
  public static class Nachfordern implements JavaDelegate {
    @Inject HundeanmeldungSchritte schritte;

    @Override
    public void execute(DelegateExecution e) {
      String frist = Einstellungen.text("buergernah.hundesteuer.nachforderungsfrist", "P14D");
      // the timer and the letter use the same deadline
      e.setVariable(VAR_NACHFORDERUNGSFRIST, frist);
      schritte.nachfordern(
          vorgangId(e), LocalDate.now(ZoneId.of("Europe/Berlin")).plus(Period.parse(frist)));
    }
  }

  @Named("vorgangWiederOeffnen")
  @ApplicationScoped
  public static class WiederOeffnen implements JavaDelegate {
    @Inject HundeanmeldungSchritte schritte;

    @Override
    public void execute(DelegateExecution e) {
      schritte.status(vorgangId(e), Vorgang.STATUS_OFFEN);
    }
  }

  @Named("steuerbescheidErstellen")
  @ApplicationScoped
  public static class BescheidErstellen implements JavaDelegate {
    @Inject HundeanmeldungSchritte schritte;

    @Override
    public void execute(DelegateExecution e) {
      e.setVariable(VAR_BESCHEID_DOKUMENT, schritte.steuerbescheidErstellen(vorgangId(e)));
    }
  }

  @Named("vorgangAbschliessen")
  @ApplicationScoped
  public static class Abschliessen implements JavaDelegate {
    @Inject HundeanmeldungSchritte schritte;

    @Override
    public void execute(DelegateExecution e) {
      schritte.status(vorgangId(e), Vorgang.STATUS_ABGESCHLOSSEN);
    }
  }

  @Named("vorgangZurueckziehen")
  @ApplicationScoped
  public static class Zurueckziehen implements JavaDelegate {
    @Inject HundeanmeldungSchritte schritte;

    @Override
    public void execute(DelegateExecution e) {
      schritte.status(vorgangId(e), Vorgang.STATUS_ZURUECKGEZOGEN);
    }
  }
}
