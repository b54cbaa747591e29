/** Small text helpers: durations, and the one "did you mean" policy. */
package io.github.ecamaven.eca.text;
