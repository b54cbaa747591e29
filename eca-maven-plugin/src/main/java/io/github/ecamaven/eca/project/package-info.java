/**
 * The project and its files: the one reader and writer of sfdx-project.json, the one finder of its ECA files, and the
 * scanned project the rules read (ECA files, manifests, sfdx-project.json with positions, the app each file belongs
 * to).
 */
package io.github.ecamaven.eca.project;
