/** The scanned project the rules read: ECA files, manifests, sfdx-project.json with positions. */
package io.github.ecamaven.eca.validate.project;
