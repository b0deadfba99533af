package de.buergernah.plattform.sicherheit;

import de.buergernah.kern.Fachbereich;
import de.buergernah.kern.Mandant;
import de.buergernah.kern.Rolle;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A user (clerk, field clerk, manager, process designer, administrator) of one Mandant. */
@Entity
public class Mitarbeiter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  private Mandant mandant;

  private String benutzername;
  private String anzeigename;
  private String passwortHash;
  private boolean aktiv = true;
  private int fehlversuche;
  private Instant gesperrtBis;
  private Instant letzteAnmeldung;
  private Instant angelegtAm = Instant.now();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mitarbeiter_rolle", joinColumns = @JoinColumn(name = "mitarbeiter_id"))
  @Column(name = "rolle")
  @Enumerated(EnumType.STRING)
  private Set<Rolle> rollen = EnumSet.noneOf(Rolle.class);

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "mitarbeiter_fachbereich",
      joinColumns = @JoinColumn(name = "mitarbeiter_id"),
      inverseJoinColumns = @JoinColumn(name = "fachbereich_id"))
  private Set<Fachbereich> fachbereiche = new HashSet<>();

  protected Mitarbeiter() {}

  public Mitarbeiter(
      Mandant mandant,
      String benutzername,
      String anzeigename,
      String passwortHash,
      Set<Rolle> rollen,
      Set<Fachbereich> fachbereiche) {
    this.mandant = mandant;
    this.benutzername = benutzername;
    this.anzeigename = anzeigename;
    this.passwortHash = passwortHash;
    this.rollen = EnumSet.copyOf(rollen);
    this.fachbereiche = new HashSet<>(fachbereiche);
  }

  /** True while a lock-out after repeated failures is in force. */
  public boolean istGesperrt(Instant jetzt) {
    return gesperrtBis != null && jetzt.isBefore(gesperrtBis);
  }

  void erfolgreichAngemeldet(Instant jetzt) {
    fehlversuche = 0;
    gesperrtBis = null;
    letzteAnmeldung = jetzt;
  }

  public Long getId() {
    return id;
  }

  public Mandant getMandant() {
    return mandant;
  }

  public String getBenutzername() {
    return benutzername;
  }

  public String getAnzeigename() {
    return anzeigename;
  }

  String getPasswortHash() {
    return passwortHash;
  }

  public boolean isAktiv() {
    return aktiv;
  }

  public Instant getGesperrtBis() {
    return gesperrtBis;
  }

  public Set<Rolle> getRollen() {
    return rollen;
  }

  public Set<Fachbereich> getFachbereiche() {
    return fachbereiche;
  }
}
