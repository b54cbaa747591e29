/**
 * The plugin's configuration vocabulary: every goal parameter's property name ({@code PropertyNames}) and the strict
 * reading of values Maven would otherwise take loosely (booleans).
 */
package io.github.ecamaven.eca.config;
