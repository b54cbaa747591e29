/** Maven adapters of the core interfaces (logging). */
package io.github.ecamaven.eca.maven.internal;
