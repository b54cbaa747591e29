/** The thin mojos: read parameters, call the Maven-free core once, translate its exceptions. */
package io.github.ecamaven.eca.maven;
