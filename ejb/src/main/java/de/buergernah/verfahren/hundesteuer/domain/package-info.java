/** The dog-tax computation: pure functions over a statute and the dogs of a household. */
package de.buergernah.verfahren.hundesteuer.domain;
