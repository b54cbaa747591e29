/** Salesforce's rules for single values (API names, namespace, version number, loopback, callbacks, scope tokens), shared by generate, validate and migrate. Maven-free. */
package io.github.ecamaven.eca.model.values;
