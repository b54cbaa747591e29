/** The sfdx project: the one reader and writer of sfdx-project.json, and the one finder of its ECA files. */
package io.github.ecamaven.eca.project;
