/** The sfdx project: the one reader and writer of sfdx-project.json, and the one finder of its ECA files;
 * the recovery of a write into it that a kill interrupted. */
package io.github.ecamaven.eca.project;
