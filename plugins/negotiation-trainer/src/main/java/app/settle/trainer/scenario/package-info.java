/**
 * Training scenarios: the text format of {@code training-content/} (see its README), the parser that reads it
 * with line numbers, the validator of the dialogue graph and the rubric, and the model both produce. Pure JDK:
 * no database, no Vaadin, so every rule here is tested without the host.
 */
package app.settle.trainer.scenario;
