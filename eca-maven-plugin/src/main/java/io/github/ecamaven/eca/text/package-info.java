/**
 * Small text helpers: durations, the one "did you mean" policy, the one rule for what is secret-like, and the one way a
 * long value is shortened in a message.
 */
package io.github.ecamaven.eca.text;
