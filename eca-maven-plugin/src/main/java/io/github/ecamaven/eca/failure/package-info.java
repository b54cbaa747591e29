/**
 * The one error model of the plugin: every exception the Maven-free cores throw at a goal says who must act
 * ({@link io.github.ecamaven.eca.failure.Blame}), through {@link io.github.ecamaven.eca.failure.EcaFailure};
 * {@link io.github.ecamaven.eca.failure.Failures#blame} also places the exceptions of {@code eca-model} and the JDK.
 * The goals translate the answer in one place.
 */
package io.github.ecamaven.eca.failure;
