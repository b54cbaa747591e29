/** The logging interface the Maven-free core writes to. */
package io.github.ecamaven.eca.log;
