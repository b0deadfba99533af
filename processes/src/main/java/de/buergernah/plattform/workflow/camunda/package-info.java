/**
 * The Camunda 7 adapter: starts the embedded engine (JTA, job executor, full history), deploys the
 * project's BPMN/DMN and implements the {@link de.buergernah.plattform.workflow.Workflow} port. The
 * only package whose code uses the engine API.
 */
package de.buergernah.plattform.workflow.camunda;
