/** Small text helpers (edit distance for suggestions). */
package io.github.ecamaven.eca.text;
