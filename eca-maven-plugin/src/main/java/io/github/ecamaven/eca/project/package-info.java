/** The sfdx project: reading and writing sfdx-project.json. */
package io.github.ecamaven.eca.project;
