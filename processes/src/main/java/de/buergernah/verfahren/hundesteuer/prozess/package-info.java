/**
 * Delegates of the Hundesteuer processes, referenced by name ({@code ${hundesteuerFestsetzen}})
 * from the BPMN and from the element templates in processes/element-templates/. Renaming a bean
 * breaks running process instances.
 */
package de.buergernah.verfahren.hundesteuer.prozess;
