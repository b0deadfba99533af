/**
 * The workflow port: how the rest of the code talks to the process engine. Implemented in the
 * processes module with Camunda 7; nothing outside that module imports engine types.
 */
package de.buergernah.plattform.workflow;
