package de.buergernah.kern;

/** Roles of users; each grants only what its work needs. */
public enum Rolle {
  /** Clerk, bound to departments: works on their cases. */
  SACHBEARBEITUNG,
  /** Field clerk with a Bürgerkoffer. */
  AUSSENDIENST,
  /** Manager: aggregated figures, no case content. */
  LEITUNG,
  /** Process designer: deploys BPMN/DMN through the engine REST API. */
  PROZESSDESIGN,
  /** Administrator of a Mandant: users, devices, audit trail; no case content. */
  ADMIN
}
