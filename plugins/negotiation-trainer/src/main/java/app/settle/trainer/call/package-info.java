/**
 * A call in progress and its result: the simulation that walks a scenario's branches (self-paced mode), the
 * transcript's turns, the moments that earn or lose rubric items, and the scorecard computed from them. Pure JDK.
 */
package app.settle.trainer.call;
