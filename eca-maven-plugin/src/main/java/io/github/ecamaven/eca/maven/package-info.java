/** The thin mojos: read parameters, call the Maven-free core once; {@code Verdicts} translates every failure. */
package io.github.ecamaven.eca.maven;
