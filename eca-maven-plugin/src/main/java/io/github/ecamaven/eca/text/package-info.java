/** Small text helpers: durations, the one "did you mean" policy, and the one rule for what is secret-like. */
package io.github.ecamaven.eca.text;
